/**
 * The optional host script: paste it once in a page template and every kit iframe
 * (`<iframe data-coalition-widgets>`) takes the height of its content. Messages are believed only
 * from the window and origin of the iframe they claim to size.
 */

const installed = Symbol.for('coalition-widgets.embed-host');
const page = window as unknown as Record<symbol, boolean>;

if (!page[installed]) {
  page[installed] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const height = heightFrom(event.data);
    if (height === undefined) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-coalition-widgets]')) {
      if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
        frame.height = String(height);
      }
    }
  });
}

function heightFrom(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  const isSizeMessage = type === 'coalition-widgets:embed-size';
  return isSizeMessage && typeof height === 'number' && height >= 0 && height < 100_000 ? Math.ceil(height) : undefined;
}
