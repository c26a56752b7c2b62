// Several blocks on one page name the same story URL: the reader's browser fetches it once.
import { expect } from '@open-wc/testing';
import { closePages, expectStory, loadPage, STORIES } from '../support/pages.js';

describe('embedding: one request per story URL', () => {
  afterEach(closePages);

  it('three <coalition-data> with the same src cause exactly one request, and all three show the story', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/fetch-once.html');
    const url = new URL('/test/fixtures/stories/alt.json', doc.baseURI).href;

    expect(doc.querySelectorAll(`coalition-data[src="/test/fixtures/stories/alt.json"]`).length).to.equal(3);
    expect(expectStory(doc, STORIES.alt)).to.equal(3);
    expect(
      win.__fetches.filter((fetched) => fetched === url),
      'fetch() calls for alt.json',
    ).to.have.length(1);
    expect(win.performance.getEntriesByName(url), 'network requests for alt.json').to.have.length(1);
  });
});
