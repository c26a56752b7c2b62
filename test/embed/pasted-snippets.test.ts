// The builder's snippets as an editor pastes them: into an article on another origin than the kit,
// with nothing added to the site's template, on a phone, a small phone and a desktop. Every widget
// and every variant that changes its height, both kinds of snippet, with JavaScript on and off.
import { expect } from '@open-wc/testing';
import { defaultStory } from '../../src/story/index.js';
import { iframeSnippet, scriptSnippet } from '../../src/builder/snippets.js';
import type { EmbedOptions } from '../../src/embed/embed-options.js';
import { heightVariants } from '../../src/embed/widget-catalog.js';
import { closePages, describeWidget, loadPage, widgetsIn, WIDGET_TAGS } from '../support/pages.js';
import { isVisible, shownText } from '../support/reading.js';
import { delay } from '../support/waiting.js';

const WIDTHS = [320, 390, 1280];

const EMBEDS: EmbedOptions[] = WIDGET_TAGS.flatMap((widget) =>
  heightVariants(widget, defaultStory).map((attributes) => ({ widget, attributes, background: 'plain' as const })),
);

/** A fact the embed's text must hold, with JavaScript or without: a figure, or who said the quote. */
function factOf({ widget, attributes }: EmbedOptions): string {
  if (widget === 'coalition-summary') return '30';
  if (widget === 'satellite-compare') return '249';
  const { quotes } = defaultStory;
  return (quotes.find(({ id }) => id === attributes.quote) ?? quotes[0]).speaker;
}

/** A newspaper-like article (19 px serif, 680 px column) with the snippets pasted between paragraphs. */
function article(snippets: string[]): string {
  const paragraph = '<p>Defence ministers met at NATO Headquarters in Brussels on Thursday.</p>';
  return `<style>
      body { margin: 0; font: 19px/1.6 Georgia, 'Liberation Serif', serif; }
      article { max-width: 680px; margin: 0 auto; padding: 0 16px; }
    </style>
    <article><h1>Coalition of the Willing</h1>${paragraph}${snippets.map((snippet) => `${snippet}${paragraph}`).join('')}</article>`;
}

const iframesOf = (doc: Document) => [...doc.querySelectorAll('iframe')];
const queryOf = (frame: HTMLIFrameElement) => new URL(frame.src).search;

/** How tall the embed page's content is at `width`, measured in a same-origin copy of it. */
async function contentHeight(query: string, width: number): Promise<number> {
  const { iframe, document: page } = await loadPage(`/dist/embed.html${query}`, {
    width,
    height: 50,
    recorder: false,
  });
  // No scrollbar to narrow the text (Firefox draws one in a 50 px frame); the full height, margins and all.
  // Reading scrollHeight lays the page out again (no frame to wait for: WebKit draws none out of view).
  page.documentElement.style.overflow = 'hidden';
  const height = page.documentElement.scrollHeight;
  iframe.remove();
  return height;
}

/** The iframe's height once the snippet's script has sized it and it has not changed for a while. */
async function settledHeight(frame: HTMLIFrameElement): Promise<number> {
  const deadline = Date.now() + 10_000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const height = frame.getBoundingClientRect().height;
    if (height !== last) [last, stableSince] = [height, Date.now()];
    else if (frame.style.height && Date.now() - stableSince > 400) break;
    await delay(100);
  }
  return last;
}

describe('builder snippets pasted into an article on another origin', function () {
  this.timeout(120_000);
  let kitUrl: string;
  before(async () => (kitUrl = `${await (await fetch('/__second-origin')).text()}/dist/`));
  afterEach(closePages);

  for (const width of WIDTHS) {
    it(`at ${width} px, every iframe snippet grows or shrinks to its content (at most 40 px more), with nothing in the template`, async () => {
      const snippets = EMBEDS.map((options) => iframeSnippet(options, defaultStory, kitUrl));
      const { window: win, document: doc } = await loadPage(
        { html: article(snippets) },
        { width, height: 900, recorder: false, untilRendered: false },
      );
      expect(doc.querySelectorAll('script').length, 'each snippet carries its script').to.equal(EMBEDS.length);

      for (const frame of iframesOf(doc)) {
        expect(new URL(frame.src).origin).not.to.equal(location.origin);
        frame.scrollIntoView(); // loading="lazy": a reader scrolls to it
        const shown = await settledHeight(frame);
        const content = await contentHeight(queryOf(frame), frame.clientWidth);
        const label = `${queryOf(frame)} at ${width} px`;
        expect(shown, `${label}: not shorter than its content (${content} px)`).to.be.at.least(content - 1);
        expect(shown, `${label}: at most 40 px taller than its content (${content} px)`).to.be.at.most(content + 40);
      }
      expect(win.getComputedStyle(doc.body).overflowX).to.not.equal('hidden');
    });

    it(`at ${width} px, every script + tag snippet shows its whole widget, inside the column`, async () => {
      const snippets = EMBEDS.map((options) => scriptSnippet(options, defaultStory, kitUrl));
      const { document: doc } = await loadPage(
        { html: article(snippets) },
        { width, height: 900, recorder: false, scrollThrough: true, settleTimeout: 8000 },
      );
      const column = doc.querySelector('article')!.getBoundingClientRect();

      for (const [index, widget] of widgetsIn(doc).entries()) {
        const label = `${describeWidget(widget)} at ${width} px`;
        const base = widget.shadowRoot?.querySelector('[part~="base"]');
        expect(isVisible(base), `${label} renders its card`).to.equal(true);
        expect(widget.shadowRoot!.querySelector('[part~="error"]'), `${label} shows no error`).to.equal(null);
        expect(shownText(widget)).to.contain(factOf(EMBEDS[index]));
        const box = widget.getBoundingClientRect();
        expect(box.right, `${label} stays inside the column`).to.be.at.most(column.right + 0.5);
        expect(base!.getBoundingClientRect().bottom, `${label} is not cut off`).to.be.at.most(box.bottom + 0.5);
      }
    });
  }

  it('with JavaScript off, every iframe embed shows its widget’s facts as readable text and cuts nothing off', async () => {
    // The kit on this test's origin, so that the test can read inside the embed page.
    const snippets = EMBEDS.map((options) => iframeSnippet(options, defaultStory, `${location.origin}/dist/`));
    const { document: doc } = await loadPage(
      { html: article(snippets) },
      { width: 390, height: 900, recorder: false, untilRendered: false, scripts: false },
    );
    const frames = iframesOf(doc);
    await Promise.all(
      frames.map(async (frame) => {
        while (frame.contentDocument?.readyState !== 'complete') await delay(50);
      }),
    );
    await delay(200);

    for (const [index, frame] of frames.entries()) {
      const page = frame.contentDocument!;
      const label = queryOf(frame);
      const text = shownText(page.body);
      expect(text, `${label} shows its facts`).to.contain(factOf(EMBEDS[index]));
      expect(text, `${label} is not the notice alone`).not.to.contain('This embed needs JavaScript');
      const fitsOrScrolls =
        page.documentElement.scrollHeight <= frame.clientHeight ||
        (frame.getAttribute('scrolling') !== 'no' &&
          page.defaultView!.getComputedStyle(page.documentElement).overflowY !== 'hidden');
      expect(fitsOrScrolls, `${label}: its text fits the iframe or scrolls`).to.equal(true);
    }
  });

  it('with JavaScript off, every script + tag snippet shows its facts as readable text', async () => {
    const snippets = EMBEDS.map((options) => scriptSnippet(options, defaultStory, kitUrl));
    const { document: doc } = await loadPage(
      { html: article(snippets) },
      { width: 390, height: 900, recorder: false, untilRendered: false, scripts: false },
    );
    const widgets = widgetsIn(doc);
    expect(widgets).to.have.length(EMBEDS.length);
    for (const [index, widget] of widgets.entries()) {
      expect(shownText(widget), `${describeWidget(widget)} without JavaScript`).to.contain(factOf(EMBEDS[index]));
    }
  });
});

// The demo's widgets are loading="lazy", below the builder: they render only once scrolled to.
const DEMO = { width: 1280, recorder: false, settleTimeout: 4000 } as const;

describe('the iframe snippet as the built builder writes it', function () {
  this.timeout(60_000);
  afterEach(closePages);

  it('sizes its iframe in an article on another origin (its script survives the build’s minifier)', async () => {
    const { document: demo } = await loadPage('/demo/index.html', DEMO);
    const builder = demo.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('embed-builder')!;
    const kitField = builder.shadowRoot!.querySelector<HTMLInputElement>('input[name="kit-url"]')!;
    const otherOrigin = await (await fetch('/__second-origin')).text();
    kitField.value = `${otherOrigin}/dist/`;
    kitField.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    const snippet = builder.shadowRoot!.querySelector('[data-snippet="iframe"]')!.textContent;
    expect(snippet).to.contain(`${otherOrigin}/dist/embed.html?widget=`);
    closePages(); // the article's lazy iframe must be in view

    const { document: doc } = await loadPage(
      { html: article([snippet]) },
      { width: 390, height: 900, recorder: false, untilRendered: false },
    );
    const frame = doc.querySelector('iframe')!;
    const shown = await settledHeight(frame);
    const content = await contentHeight(queryOf(frame), frame.clientWidth);
    expect(frame.style.height, 'set by the snippet’s script').not.to.equal('');
    expect(shown).to.be.within(content - 1, content + 40);
  });
});

describe('README', () => {
  afterEach(closePages);

  it('shows the iframe snippet for one quote literally as the built builder writes it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const shown = /The iframe snippet for one quote, as the builder writes it:\n\n```html\n([^]*?)\n```/.exec(
      readme,
    )?.[1];
    const { document: demo } = await loadPage('/demo/index.html', DEMO);
    const builder = demo.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('embed-builder')!;
    for (const value of ['quote-card', 'healey-objectives']) {
      builder.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await builder.updateComplete;
    }
    const written = builder.shadowRoot!.querySelector('[data-snippet="iframe"]')!.textContent;
    // The minifier names the script's locals (e, t, r…) by letter frequency in the whole builder
    // bundle, so they may change with any change to it; everything else must be as written.
    const oneLetterNames = (code: string | null | undefined) => code?.replace(/\b[A-Za-z]\b/g, '_');
    expect(oneLetterNames(shown), 'README.md: the snippet after "The iframe snippet for one quote"').to.equal(
      oneLetterNames(written),
    );
  });
});
