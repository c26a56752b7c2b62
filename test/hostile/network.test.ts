// The kit makes no network request except the story URLs it is given: no fonts, images, frames,
// analytics or embeds (the posts on X are drawn as static cards), not even its own default story.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, type RecordedPage, STORIES } from '../support/pages.js';
import { deepElements, part } from '../support/reading.js';
import { delay, settled } from '../support/waiting.js';
import { isActive } from '../support/hostile.js';

const PAGE = '/test/fixtures/hostile/network.html';
const STORY_URLS = ['/test/fixtures/stories/alt.json', '/test/fixtures/stories/page.json'];
/** What the page itself loads before the kit runs. */
const PAGE_OWN = ['/test/fixtures/recorder.js', '/dist/coalition-widgets.js'];

/** The kit's story loader, a file of its own that the bundle imports when a page supplies a story. */
async function storyLoaderChunk(): Promise<string> {
  const bundle = await (await fetch('/dist/coalition-widgets.js')).text();
  const chunk = /import\("\.\/(chunks\/story-loader-[\w-]+\.js)"\)/.exec(bundle)?.[1];
  expect(chunk, 'the bundle imports its story loader on demand').to.be.a('string');
  return `/dist/${chunk}`;
}

const absolute = (page: RecordedPage, path: string) => new URL(path, page.document.baseURI).href;
/** What the page loaded, except the script the test server adds to every HTML page it serves. */
const loadedResources = (page: RecordedPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !new URL(url).pathname.startsWith('/__web-dev-server__'));

/** Interactions a reader or the page's scripts cause: the table opened, themes, highlight, moves. */
async function interact(page: RecordedPage) {
  const doc = page.document;
  for (const details of deepElements(doc.body).filter((el): el is HTMLDetailsElement => el.localName === 'details'))
    details.open = true;
  for (const widget of doc.querySelectorAll('coalition-summary, quote-card, satellite-compare'))
    widget.setAttribute('theme', 'dark');
  $(doc, '#outside satellite-compare').setAttribute('highlight', 'FR');
  $(doc, '#built-in coalition-data').append($(doc, '#outside quote-card'));
  const link = part($(doc, '#outside quote-card[quote="healey-post"]'), 'link')!;
  link.focus();
  link.dispatchEvent(new page.window.MouseEvent('mouseover', { bubbles: true, composed: true }));
  await settled(doc.body);
  await delay(500);
}

describe('hostile pages: the kit makes no network request except the story URLs it is given', function () {
  this.timeout(30_000); // its page's two stories took over 4 s in Firefox under a full run's load, twice
  afterEach(closePages);

  it('a page with every widget and two story URLs (one named by two blocks) loads only its own files and those two stories, each once', async () => {
    const page = await loadPage(PAGE);
    expect(expectStory($(page.document, '#from-src'), STORIES.alt)).to.equal(3);
    expect(expectStory($(page.document, '#from-src-again'), STORIES.alt)).to.equal(1);
    expect(expectStory($(page.document, '#outside'), STORIES.page)).to.equal(6);

    await interact(page);

    const expected = [...PAGE_OWN, await storyLoaderChunk(), ...STORY_URLS].map((path) => absolute(page, path)).sort();
    expect(loadedResources(page).sort(), 'resources the page loaded (resource timing)').to.deep.equal(expected);
    expect(
      page.window.__requests.map((request) => `${request.api} ${request.url}`).sort(),
      'fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource and worker calls',
    ).to.deep.equal(STORY_URLS.map((path) => `fetch ${absolute(page, path)}`).sort());
    expect(loadedResources(page), 'the built-in default story is not fetched').not.to.include(
      absolute(page, '/dist/story.json'),
    );
  });

  it('no widget puts an element that loads or runs anything (iframe, img, script, link, …) in its shadow root or the page', async () => {
    const page = await loadPage(PAGE);
    const pageSource = await (await fetch(PAGE)).text();
    const asWritten = new DOMParser().parseFromString(pageSource, 'text/html');

    await interact(page);

    const inWidgets = deepElements(page.document.body).filter((el) => el.getRootNode() !== page.document);
    expect(inWidgets.length, 'elements the widgets rendered').to.be.greaterThan(100);
    expect(inWidgets.filter(isActive).map((el) => el.localName)).to.deep.equal([]);
    const lightTags = (doc: Document) => [...doc.body.querySelectorAll('*')].map((el) => el.localName).sort();
    const moved = lightTags(page.document);
    expect(moved, 'the page holds the elements it was written with, and no others').to.deep.equal(lightTags(asWritten));
    expect(page.window.__pwned).to.deep.equal([]);
  });
});
