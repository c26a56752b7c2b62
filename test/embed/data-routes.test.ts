// Where a widget's story comes from, on a real page that loads the bundle.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, STORIES } from '../support/pages.js';

describe('embedding: data routes on a real page', () => {
  afterEach(closePages);

  it('<coalition-data src> gives the widgets inside it the story at that URL', async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/data-routes.html');

    expect(expectStory($(doc, '#from-src'), STORIES.alt)).to.equal(3);
  });

  it('an inline <script type="application/json"> child gives the widgets its story', async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/data-routes.html');

    expect(expectStory($(doc, '#from-inline'), STORIES.inline)).to.equal(3);
  });

  it('widgets outside those providers, on the same page, keep the default story', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/data-routes.html');

    expect(expectStory($(doc, '#outside'), STORIES.default)).to.equal(3);
    expect(win.__messages).to.deep.equal([]);
  });

  it('<coalition-data page src>, placed at the end of the page, gives its story to every widget outside a provider', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/page-story.html');

    expect(expectStory($(doc, '#outside'), STORIES.page)).to.equal(3);
    expect(expectStory($(doc, '#own-provider'), STORIES.alt), 'a provider of its own still wins').to.equal(2);
    expect(win.__messages).to.deep.equal([]);
  });
});
