// Two different versions of the kit on one page, both real code: an older per-element file
// defined <quote-card>, then the current bundle defined the other elements. Both keep working
// together (one story context, one page story, whichever copy made them), with one warning.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, packageVersion, shownFact, STORIES } from '../support/pages.js';
import { waitFor } from '../support/waiting.js';

const PAGE = '/test/fixtures/hostile/two-versions.html';

describe('hostile pages: two different versions of the kit on one page', () => {
  afterEach(closePages);

  it('the older copy really is another version: its file says 0.0.9, and its <quote-card> is not the current one', async () => {
    const version = await packageVersion();
    const older = await (await fetch('/test/fixtures/hostile/versions/0.0.9/cdn/quote-card.js')).text();
    const chunk = older.match(/from"\.\/(chunks\/[^"]+)"/g) ?? [];
    const code = [
      older,
      ...(await Promise.all(
        chunk.map(async (from) =>
          (await fetch(`/test/fixtures/hostile/versions/0.0.9/cdn/${from.slice(7, -1)}`)).text(),
        ),
      )),
    ].join('\n');
    expect(code, 'the older copy').to.contain('"0.0.9"').and.not.contain(`"${version}"`);

    const { window: win } = await loadPage(PAGE);
    await waitFor(() => win.__versions !== undefined, 'the page never recorded which copy defined what');
    expect(win.__versions).to.deep.equal({ current: version, quoteCardFromOtherCopy: true, summaryFromCurrent: true });
  });

  it('the older <quote-card> and the current widgets both show the story of the current <coalition-data>, and the default story outside it', async () => {
    const { document: doc } = await loadPage(PAGE);

    expect(expectStory($(doc, '#with-provider'), STORIES.alt), 'inside the current provider').to.equal(2);
    expect(expectStory($(doc, '#outside'), STORIES.default), 'outside any provider').to.equal(2);
    expect(expectStory($(doc, '#elsewhere'), STORIES.default), 'older cards elsewhere').to.equal(2);
  });

  it('an older <quote-card> moved into the current provider, and a current page story, reach the other copy too', async () => {
    const { document: doc } = await loadPage(PAGE);
    const card = $(doc, '#outside quote-card');

    $(doc, '#alt').append(card);
    await waitFor(
      () => shownFact(card) === STORIES.alt['quote-card'],
      `moved in, the older card shows "${shownFact(card)}"`,
    ).catch(() => undefined);
    expect(shownFact(card), 'the older card inside the current provider').to.equal(STORIES.alt['quote-card']);

    const pageStory = doc.createElement('coalition-data');
    pageStory.setAttribute('page', '');
    pageStory.setAttribute('src', '/test/fixtures/stories/page.json');
    doc.body.append(pageStory);
    const older = $(doc, '#elsewhere quote-card');
    await waitFor(
      () => shownFact(older) === STORIES.page['quote-card'],
      'the page story never reached the older card',
    ).catch(() => undefined);
    expect(expectStory($(doc, '#elsewhere'), STORIES.page), 'older cards follow the current page story').to.equal(2);
    expect(expectStory($(doc, '#outside'), STORIES.page), 'and so does the current summary').to.equal(1);
  });

  it('the page gets exactly one warning, naming both versions, and no error', async () => {
    const version = await packageVersion();
    const { window: win } = await loadPage(PAGE);

    const warnings = win.__messages.filter((message) => message.level === 'warn');
    expect(warnings, 'console.warn calls').to.have.length(1);
    expect(warnings[0].text).to.contain('0.0.9').and.contain(version);
    expect(
      win.__messages.filter((message) => message.level !== 'warn'),
      'errors and uncaught exceptions',
    ).to.deep.equal([]);
  });
});
