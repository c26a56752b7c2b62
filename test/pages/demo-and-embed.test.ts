import { expect, waitUntil } from '@open-wc/testing';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Opens one of the kit's pages in an iframe and waits until its widgets have rendered. */
async function openPage(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // Widgets with loading="lazy" render as a reader scrolls near them: scroll through the page.
  const win = frame.contentWindow!;
  for (let y = 0; y < frame.contentDocument!.documentElement.scrollHeight; y += win.innerHeight) {
    win.scrollTo(0, y);
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 50)));
  }
  win.scrollTo(0, 0);
  await waitUntil(
    () => {
      const widgets = [...frame.contentDocument!.querySelectorAll('coalition-summary, quote-card, satellite-compare')];
      return widgets.length > 0 && widgets.every((widget) => (widget as { hasUpdated?: boolean }).hasUpdated);
    },
    `the widgets of ${url} did not render`,
    { timeout: 8000 },
  );
  return frame;
}

async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const script = frame.contentDocument!.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  frame.contentDocument!.head.append(script);
  await loaded;
  const axe = (frame.contentWindow as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
  const results = await axe.run(frame.contentDocument!);
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

function requestedOrigins(frame: HTMLIFrameElement): string[] {
  const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return [...new Set(entries.map((entry) => new URL(entry.name).origin))];
}

describe('the demo page', () => {
  it('passes an axe check', async () => {
    const frame = await openPage('/demo/index.html');

    expect(await axeViolations(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('loads nothing from outside the kit', async () => {
    const frame = await openPage('/demo/index.html');

    expect(requestedOrigins(frame)).to.deep.equal([location.origin]);
    frame.remove();
  });

  it('fits phone widths without scrolling sideways (320 and 390 px)', async () => {
    const frame = await openPage('/demo/index.html');
    for (const width of [320, 390]) {
      frame.width = String(width);
      await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve)));
      const page = frame.contentDocument!.documentElement;

      expect(page.scrollWidth, `the page's width at ${width} px`).to.be.at.most(page.clientWidth);
    }
    frame.remove();
  });
});

describe('the embed page', () => {
  for (const query of [
    'widget=coalition-summary&theme=dark',
    'widget=quote-card&quote=nauditt-post',
    'widget=satellite-compare&highlight=UK&theme=auto',
  ]) {
    it(`passes an axe check and loads nothing from outside the kit: ${query}`, async () => {
      const frame = await openPage(`/dist/embed.html?${query}`);

      expect(requestedOrigins(frame)).to.deep.equal([location.origin]);
      expect(await axeViolations(frame)).to.deep.equal([]);
      frame.remove();
    });
  }
});
