import { expect } from '@open-wc/testing';
import { closePages, describeWidget, hasRendered, loadPage, widgetsIn } from '../support/pages.js';
import { nextPaint } from '../support/waiting.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Opens one of the kit's pages, scrolled through so that lazy widgets render, and checks they all did. */
async function openPage(url: string): Promise<HTMLIFrameElement> {
  const { iframe, document: page } = await loadPage(url, {
    width: 1100,
    height: 900,
    recorder: false,
    scrollThrough: true,
    settleTimeout: 8000,
  });
  const widgets = widgetsIn(page);
  expect(widgets.length, `widgets on ${url}`).to.be.greaterThan(0);
  expect(
    widgets.filter((widget) => !hasRendered(widget)).map(describeWidget),
    'widgets that did not render',
  ).to.deep.equal([]);
  return iframe;
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
  afterEach(closePages);

  it('passes an axe check', async () => {
    const frame = await openPage('/demo/index.html');

    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('loads nothing from outside the kit', async () => {
    const frame = await openPage('/demo/index.html');

    expect(requestedOrigins(frame)).to.deep.equal([location.origin]);
  });

  it('fits phone widths without scrolling sideways (320 and 390 px)', async () => {
    const frame = await openPage('/demo/index.html');
    for (const width of [320, 390]) {
      frame.width = String(width);
      await nextPaint(frame.contentWindow!);
      const page = frame.contentDocument!.documentElement;

      expect(page.scrollWidth, `the page's width at ${width} px`).to.be.at.most(page.clientWidth);
    }
  });
});

describe('the embed page', () => {
  afterEach(closePages);

  for (const query of [
    'widget=coalition-summary&theme=dark',
    'widget=quote-card&quote=nauditt-post',
    'widget=satellite-compare&highlight=UK&theme=auto',
  ]) {
    it(`passes an axe check and loads nothing from outside the kit: ${query}`, async () => {
      const frame = await openPage(`/dist/embed.html?${query}`);

      expect(requestedOrigins(frame)).to.deep.equal([location.origin]);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }
});
