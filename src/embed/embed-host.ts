/**
 * The optional host script: paste it once in a page template and every kit iframe
 * (`<iframe data-coalition-widgets>`) takes the height of its content, wherever it is: in the page,
 * inside an open shadow root, sandboxed (with `allow-scripts`), under a theme rule that sets every
 * iframe's height. Messages are believed only from the window of the iframe they size, and from
 * its origin (a sandboxed iframe without `allow-same-origin` has none: its messages come from "null").
 *
 * What it cannot do: size an iframe inside a closed shadow root (the page cannot see it), or one
 * whose page cannot run scripts (a sandbox without `allow-scripts`).
 */

const installed = Symbol.for('coalition-widgets.embed-host');
const page = window as unknown as Record<symbol, boolean>;

if (!page[installed]) {
  page[installed] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const height = heightFrom(event.data);
    if (height === undefined || !event.source) return;
    const frame = findFrame(document, event.source);
    if (frame && event.origin === originOf(frame)) {
      frame.height = String(height);
      // An inline !important height wins over any theme rule for iframes.
      frame.style.setProperty('height', `${height}px`, 'important');
    }
  });
}

const SELECTOR = 'iframe[data-coalition-widgets]';

/** The kit iframe showing `source`, in the page or in any open shadow root below it. */
function findFrame(root: Document | ShadowRoot, source: MessageEventSource): HTMLIFrameElement | undefined {
  const own = [...root.querySelectorAll<HTMLIFrameElement>(SELECTOR)].find((frame) => frame.contentWindow === source);
  if (own) return own;
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot && findFrame(element.shadowRoot, source);
    if (found) return found;
  }
  return undefined;
}

/** The origin its messages come from: its URL's, or "null" when a sandbox gives it none. */
function originOf(frame: HTMLIFrameElement): string {
  if (frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin')) return 'null';
  return new URL(frame.src, location.href).origin;
}

/** A size message's height: a positive, finite number of pixels below 100,000, rounded up. */
function heightFrom(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  const isSizeMessage = type === 'coalition-widgets:embed-size';
  // `> 0` also refuses -0 and NaN: a widget never has no height, and 0 would hide it.
  return isSizeMessage && typeof height === 'number' && height > 0 && height < 100_000 ? Math.ceil(height) : undefined;
}
