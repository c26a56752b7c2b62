// An article with 20 widgets, pre-rendered by `coalition-widgets prerender` (the built command, run by
// the test server: test/support/prerender-server.mjs), read with JavaScript off and with the kit.
import { expect } from '@open-wc/testing';
import {
  closePages,
  describeWidget,
  expectStory,
  hasRendered,
  loadPage,
  STORIES,
  widgetsIn,
  type LoadedPage,
} from '../support/pages.js';
import { part, shownText } from '../support/reading.js';
import { delay, waitFor } from '../support/waiting.js';

const ARTICLE = '/test/fixtures/publish/article.html';

/** What test/fixtures/publish/watch-copies.js recorded before the kit ran, and since. */
interface Copies {
  widgets: Element[];
  nodes: Element[][];
  blocks: Element[];
  layout: DOMRectInit[];
  rect(element: Element): DOMRectInit;
  mutations: MutationRecord[];
  layoutShifts: (PerformanceEntry & { value: number })[];
}

/** The article's widgets by the story they show: the default, second.json, the inline one (alt.json's). */
function expectArticleFacts(page: LoadedPage): void {
  const providers = [...page.document.querySelectorAll('coalition-data')];
  expect(providers.length, 'the article has two <coalition-data>').to.equal(2);
  const [second, inline] = providers;
  expect(expectStory(second, STORIES.second), 'widgets on stories/second.json').to.equal(2);
  expect(expectStory(inline, STORIES.alt), 'widgets on the inline story').to.equal(1);
  const outside = widgetsIn(page.document).filter((widget) => !widget.closest('coalition-data'));
  for (const widget of outside) {
    const holder = widget.parentElement!;
    expect(expectStory(holder, STORIES.default), describeWidget(widget)).to.equal(1);
  }
  expect(outside.length + 3, 'widgets in the article').to.equal(20);
}

function resourcesLoaded(page: LoadedPage): string[] {
  return page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

describe('an article pre-rendered by `coalition-widgets prerender`', () => {
  afterEach(closePages);

  it('shows every widget’s facts with JavaScript off, styled and without its fallback text', async () => {
    const page = await loadPage(`${ARTICLE}?prerendered=1`, { scripts: false, recorder: false });

    expect(page.window.customElements.get('quote-card'), 'no script ran').to.equal(undefined);
    expectArticleFacts(page);
    const card = page.document.querySelector('quote-card[quote="healey-planning"]')!;
    expect(getComputedStyle(part(card, 'quote')!).borderInlineStartWidth, 'the card is styled').to.equal('4px');
    // The catalog's readable fallback is there for readers without declarative shadow DOM (feed readers), not shown here.
    expect(card.querySelector('blockquote'), 'the fallback is written into the page').to.not.equal(null);
    expect(shownText(card).match(/Our planning is real/g)?.length, 'the quote is shown once').to.equal(1);
  });

  it('is hydrated by the kit: no second render, no layout shift, no console output', async () => {
    const page = await loadPage(`${ARTICLE}?prerendered=1`, { width: 800, height: 900 });
    const copies = page.window.__copies as Copies;
    // The lazy widget at the end hydrates when the reader comes near it.
    page.window.scrollTo(0, page.document.documentElement.scrollHeight);
    await waitFor(() => copies.widgets.every(hasRendered), 'every widget hydrated', 5000);
    page.window.scrollTo(0, 0);
    await delay(100);

    expect(copies.widgets.length).to.equal(20);
    copies.widgets.forEach((widget, i) => {
      const kept = copies.nodes[i].filter((node) => node.localName !== 'style');
      expect(kept.length, `${describeWidget(widget)} had a pre-rendered copy`).to.be.above(3);
      expect(
        kept.every((node) => node.getRootNode() === widget.shadowRoot),
        `${describeWidget(widget)} kept its pre-rendered nodes`,
      ).to.equal(true);
    });
    copies.blocks.forEach((block, i) => {
      expect(copies.rect(block), `where <${block.localName}> #${i} of the article is laid out`).to.deep.equal(
        copies.layout[i],
      );
    });
    if (page.window.PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      const cls = copies.layoutShifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(cls.toFixed(2), 'cumulative layout shift').to.equal('0.00');
    }
    // The one change: each copy's <style> gives way to the stylesheets the instances share.
    const changes = copies.mutations.map((record) =>
      record.type === 'childList' &&
      record.addedNodes.length === 0 &&
      [...record.removedNodes].every((node) => node.nodeName === 'STYLE')
        ? 'style removed'
        : `${record.type} in <${(record.target as Element).localName ?? record.target.nodeName}>`,
    );
    expect([...new Set(changes)], 'changes to the copies').to.deep.equal(['style removed']);
    expect(page.window.__messages, 'console output').to.deep.equal([]);
    expectArticleFacts(page);
    expect(resourcesLoaded(page).filter((path) => path.includes('/chunks/hydration-')).length).to.equal(1);
  });

  it('replaces copies another version of the kit drew, without a message', async () => {
    const page = await loadPage(`${ARTICLE}?prerendered=other-version`);
    const copies = page.window.__copies as Copies;
    await waitFor(() => copies.widgets.filter((w) => !w.hasAttribute('loading')).every(hasRendered), 'rendered');

    copies.widgets.forEach((widget, i) => {
      if (widget.hasAttribute('loading')) return;
      const kept = copies.nodes[i].filter((node) => node.getRootNode() === widget.shadowRoot);
      expect(kept, `${describeWidget(widget)} drawn anew`).to.deep.equal([]);
    });
    expect(page.window.__messages, 'console output').to.deep.equal([]);
    expectArticleFacts(page);
  });

  it('a page without pre-rendered widgets never loads Lit’s hydration', async () => {
    const page = await loadPage(ARTICLE, { scrollThrough: true });

    expect(
      resourcesLoaded(page).filter((path) => path.includes('/chunks/')),
      'chunks loaded',
    ).to.deep.equal([
      '/dist/chunks/' +
        resourcesLoaded(page)
          .find((path) => path.includes('story-loader'))!
          .split('/')
          .pop(),
    ]);
    expectArticleFacts(page);
  });
});
