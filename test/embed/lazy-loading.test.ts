// loading="lazy" on a real page that loads the built bundle: widgets far below the viewport wait
// until a reader scrolls near them; those in view, and eager ones, render at once.
import { expect } from '@open-wc/testing';
import { $, closePages, hasRendered, type LoadedPage, loadPage, shownFact, STORIES } from '../support/pages.js';
import { part, shownText } from '../support/reading.js';
import { delay, nextPaint, waitFor } from '../support/waiting.js';

const PAGE = '/test/fixtures/pages/lazy.html';

async function nextFrames(page: LoadedPage, count = 3) {
  for (let i = 0; i < count; i++) await nextPaint(page.window);
}

describe('embedding: loading="lazy"', () => {
  afterEach(closePages);

  it('renders widgets in view at once, lazy or not, and holds lazy ones far below until the reader scrolls near', async () => {
    const page = await loadPage(PAGE, { settleTimeout: 1000 });
    await nextFrames(page);

    expect(shownFact($(page.document, '#eager-top'))).to.equal(STORIES.default['quote-card']);
    expect(shownFact($(page.document, '#lazy-top')), 'a lazy widget in view').to.equal(
      STORIES.default['satellite-compare'],
    );
    expect(shownFact($(page.document, '#eager-far')), 'an eager widget far below').to.equal(
      STORIES.default['satellite-compare'],
    );
    const farSummary = $(page.document, '#lazy-summary');
    expect(hasRendered(farSummary), 'the lazy summary far below has not rendered').to.equal(false);
    expect(part(farSummary, 'base'), 'nor drawn anything').to.equal(null);

    farSummary.scrollIntoView();
    await waitFor(
      () => hasRendered(farSummary) && part(farSummary, 'base') !== null,
      'the lazy summary renders once scrolled to',
    );

    expect(shownFact(farSummary)).to.equal(STORIES.default['coalition-summary']);
    const others = page.window.__messages.filter((message) => !message.text.includes('loading="soon"'));
    expect(others, 'no other warning or error').to.deep.equal([]);
  });

  it('keeps a pre-rendered copy until the reader comes near, then replaces it with the widget', async () => {
    const page = await loadPage(PAGE, { settleTimeout: 1000 });
    const card = $(page.document, '#lazy-prerendered');
    await nextFrames(page);

    expect(shownText(part(card, 'base')), 'the copy stays while far away').to.equal("The builder's pre-rendered copy");

    // Scrolled to within a screen's height: the widget renders before it is in view.
    page.window.scrollTo(0, card.getBoundingClientRect().top + page.window.scrollY - 2 * page.window.innerHeight + 200);
    await waitFor(() => hasRendered(card), 'the lazy card renders when near the viewport');
    expect(card.getBoundingClientRect().top, 'still below the viewport when it rendered').to.be.greaterThan(
      page.window.innerHeight,
    );

    expect(shownText(part(card, 'quote'))).to.equal(STORIES.default['quote-card']);
    expect(shownText(card, { alsoHidden: 'all' }), 'anywhere, shown or not').not.to.contain('pre-rendered copy');
  });

  it('explains a loading value it does not know, and renders at once', async () => {
    const page = await loadPage(PAGE, { settleTimeout: 1000 });
    const card = $(page.document, '#bad-loading');
    await delay(0);

    expect(shownText(part(card, 'error'))).to.contain('loading="soon" is not supported; use "eager", "lazy".');
    expect(shownFact(card)).to.equal(STORIES.default['quote-card']);
  });
});
