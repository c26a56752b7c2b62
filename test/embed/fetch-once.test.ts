// Several blocks on one page name the same story URL: the reader's browser fetches it once.
import { expect } from '@open-wc/testing';
import { closePages, expectStory, loadPage, STORIES } from '../support/pages.js';
import { settled, waitFor } from '../support/waiting.js';

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

  it('blocks added after the story loaded, naming it the same way or another (../stories/alt.json), show it without another request', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/fetch-once.html');
    const url = new URL('/test/fixtures/stories/alt.json', doc.baseURI).href;
    const requests = () => ({
      fetches: win.__fetches.filter((fetched) => fetched === url).length,
      network: win.performance.getEntriesByName(url).length,
    });
    expect(requests(), 'requests once the page has loaded').to.deep.equal({ fetches: 1, network: 1 });

    for (const src of ['/test/fixtures/stories/alt.json', '../stories/alt.json']) {
      const block = doc.createElement('div');
      block.innerHTML = `<coalition-data src="${src}"><coalition-summary layout="compact"></coalition-summary></coalition-data>`;
      doc.body.append(block);
      const provider = block.firstElementChild as HTMLElement & { state: { loading: boolean } };
      await waitFor(() => !provider.state.loading, `the block with src="${src}" never loaded`);
      await settled(block.querySelector('coalition-summary')!);

      expect(expectStory(block, STORIES.alt), `widgets of the block with src="${src}"`).to.equal(1);
      expect(requests(), `requests after a block with src="${src}" was added`).to.deep.equal({
        fetches: 1,
        network: 1,
      });
    }
  });
});
