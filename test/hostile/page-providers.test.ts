// One page story, chosen openly (issue 13): the site template holds <coalition-data page>; an ad
// slot or a comment widget adds a hidden second one. The first one on the page stays the page's
// story, the second is reported (a console warning and a coalition-error event naming both), and
// removing either keeps the other.
import { expect } from '@open-wc/testing';
import { $, STORIES, closePages, expectStory, widgetsIn } from '../support/pages.js';
import { loadPage, type RecordedPage } from '../support/pages.js';
import { HOSTILE, rendered } from './round-two.js';

const PAGE = `${HOSTILE}/page-providers.html`;
const SITE_SRC = '/test/fixtures/stories/page.json';
const AD_SRC = '/test/fixtures/stories/alt.json';

/** What an ad slot writes into the page: a page provider nobody sees. */
function injectHiddenProvider(page: RecordedPage, where: string, src = AD_SRC): HTMLElement {
  const holder = $(page.document, where);
  holder.insertAdjacentHTML('beforeend', `<coalition-data page hidden src="${src}"></coalition-data>`);
  return holder.lastElementChild as HTMLElement;
}

async function settle(page: RecordedPage) {
  for (let round = 0; round < 3; round++) {
    await rendered(page);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('hostile pages: a second <coalition-data page>', function () {
  this.timeout(15_000);
  let page: RecordedPage;

  beforeEach(async () => {
    page = await loadPage(PAGE);
    expect(expectStory($(page.document, '#outside'), STORIES.page), 'the site story before the ad').to.equal(3);
  });
  afterEach(closePages);

  it('a hidden page provider added by an ad slot takes nothing over: the widgets keep the site story', async () => {
    injectHiddenProvider(page, '#ad-slot');
    await settle(page);

    expect(expectStory($(page.document, '#outside'), STORIES.page)).to.equal(3);
  });

  it('the second page provider is reported: one console warning and one coalition-error event naming both', async () => {
    const warningsBefore = page.window.__messages.length;
    const eventsBefore = page.window.__coalitionErrors.length;

    const ad = injectHiddenProvider(page, '#comments');
    await settle(page);

    const warnings = page.window.__messages.slice(warningsBefore).map((message) => message.text);
    const events = page.window.__coalitionErrors.slice(eventsBefore);
    const message =
      `Two <coalition-data page> elements are on this page: <coalition-data page src="${AD_SRC}"> is ignored, ` +
      `and widgets outside any <coalition-data> keep the story of the first one, <coalition-data page src="${SITE_SRC}">.`;
    expect(warnings).to.deep.equal([`[coalition-widgets] <coalition-data>: ${message}`]);
    expect(events.map((event) => [event.from, event.message])).to.deep.equal([['coalition-data', message]]);
    expect(ad.hidden, 'the ad is still hidden').to.equal(true);
  });

  it('removing the ignored provider keeps the site story', async () => {
    const ad = injectHiddenProvider(page, '#ad-slot');
    await settle(page);

    ad.remove();
    await settle(page);

    expect(expectStory($(page.document, '#outside'), STORIES.page)).to.equal(3);
  });

  it('removing the site provider hands the page to the one that remains, not to the default story', async () => {
    injectHiddenProvider(page, '#ad-slot');
    await settle(page);

    $(page.document, '#site').remove();
    await settle(page);

    expect(expectStory($(page.document, '#outside'), STORIES.alt)).to.equal(3);
  });

  it('which one wins does not change with order in the document: the first connected stays first', async () => {
    const ad = injectHiddenProvider(page, '#ad-slot', '/test/fixtures/stories/second.json');
    await settle(page);
    // Moving the ad around (before the site provider in the document) changes nothing.
    page.document.body.prepend(ad);
    await settle(page);

    expect(expectStory($(page.document, '#outside'), STORIES.page)).to.equal(3);
    expect(widgetsIn($(page.document, '#outside')).length).to.equal(3);
  });
});
