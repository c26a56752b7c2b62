// Per-element files loaded in the "wrong" order: the widgets are defined before the provider.
// Only a real page shows this; a test fixture renders after everything is defined.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, STORIES } from '../support/pages.js';

const PAGE = '/test/fixtures/pages/definition-order.html';

describe('embedding: the provider is defined after its widgets (dist/cdn, coalition-data.js last)', () => {
  afterEach(closePages);

  it('the page really defined and rendered the widgets before <coalition-data> existed', async () => {
    const { window: win } = await loadPage(PAGE);

    expect(win.__beforeProvider).to.deep.equal({
      quoteCardDefined: true,
      satelliteCompareDefined: true,
      coalitionDataDefined: false,
      widgetsRendered: true,
    });
  });

  it("widgets inside <coalition-data src> in the markup end up showing the provider's story", async () => {
    const { document: doc, window: win } = await loadPage(PAGE);

    expect(expectStory($(doc, '#in-markup'), STORIES.alt)).to.equal(2);
    expect(win.__messages).to.deep.equal([]);
  });

  it("widgets inside a provider nested in another show the inner one's story, the others the outer one's", async () => {
    const { document: doc } = await loadPage(PAGE);

    // The outer provider upgrades first and answers every widget; the inner one takes its own over.
    expect(expectStory($(doc, '#nested-inner'), STORIES.second), 'inside the inner provider').to.equal(2);
    expect(expectStory($(doc, '#nested-outer'), STORIES.alt), 'inside the outer provider only').to.equal(1);
  });

  it("widgets wrapped by a script in a document.createElement('coalition-data') show its story", async () => {
    const { document: doc } = await loadPage(PAGE);

    expect($(doc, '#wrapped-by-script').parentElement!.localName).to.equal('coalition-data');
    expect(expectStory($(doc, '#by-script'), STORIES.second)).to.equal(2);
  });
});
