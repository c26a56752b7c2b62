/**
 * Makes every kit iframe (`<iframe data-coalition-widgets>`) take the height of its content,
 * wherever it is: in the page, inside an open shadow root, sandboxed (with `allow-scripts`), under a
 * theme rule that sets every iframe's height. Messages are believed only from the window of the
 * iframe they size, and from its origin (a sandboxed iframe without `allow-same-origin` has none:
 * its messages come from "null"). Running it again, from another pasted snippet or from
 * embed-host.js, adds nothing: one listener serves every iframe on the page.
 *
 * It refers to nothing outside itself: the iframe snippet carries its source text inline
 * (`<script>(${sizeKitIframes})()</script>`), for pages whose template an editor cannot change.
 *
 * What it cannot do: size an iframe inside a closed shadow root (the page cannot see it), or one
 * whose page cannot run scripts (a sandbox without `allow-scripts`).
 */
export function sizeKitIframes(): void {
  const installed = Symbol.for('coalition-widgets.embed-host');
  const page = window as unknown as Record<symbol, boolean>;
  if (page[installed]) return;
  page[installed] = true;

  const selector = 'iframe[data-coalition-widgets]';

  /** The kit iframe showing `source`, in the page or in any open shadow root below it. */
  const findFrame = (root: Document | ShadowRoot, source: MessageEventSource): HTMLIFrameElement | undefined => {
    const own = [...root.querySelectorAll<HTMLIFrameElement>(selector)].find((frame) => frame.contentWindow === source);
    if (own) return own;
    for (const element of root.querySelectorAll('*')) {
      const found = element.shadowRoot && findFrame(element.shadowRoot, source);
      if (found) return found;
    }
    return undefined;
  };

  /** The origin its messages come from: its URL's, or "null" when a sandbox gives it none. */
  const originOf = (frame: HTMLIFrameElement): string =>
    frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin')
      ? 'null'
      : new URL(frame.src, location.href).origin;

  window.addEventListener('message', (event: MessageEvent) => {
    const { type, height } = (event.data ?? {}) as { type?: unknown; height?: unknown };
    // `> 0` also refuses -0 and NaN: a widget never has no height, and 0 would hide it.
    const isSize = type === 'coalition-widgets:embed-size' && typeof height === 'number' && height > 0 && height < 1e5;
    if (!isSize || !event.source) return;
    const frame = findFrame(document, event.source);
    if (frame && event.origin === originOf(frame)) {
      const pixels = Math.ceil(height);
      frame.height = String(pixels);
      // An inline !important height wins over any theme rule for iframes.
      frame.style.setProperty('height', `${pixels}px`, 'important');
    }
  });
}
