// The kit on a page twice: two embed snippets, or an older version already there.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, packageVersion, shownFact, STORIES } from '../support/pages.js';
import { isVisible, part } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

describe('embedding: two copies of the kit on one page', () => {
  afterEach(closePages);

  it('the same bundle loaded twice (?copy=2) throws nothing, warns nothing, and the widgets work', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/two-copies.html');
    // The page's last module script awaits import() of both copies before it records them.
    await waitFor(() => win.__copies !== undefined, 'the page never recorded its two copies (window.__copies)');

    expect(win.__copies, 'two copies were evaluated; the first one defined the elements').to.deep.equal({
      distinct: true,
      firstRegistered: true,
    });
    expect(win.__messages).to.deep.equal([]);
    expect(expectStory($(doc, '#outside'), STORIES.default)).to.equal(2);
    expect(expectStory($(doc, '#with-provider'), STORIES.alt)).to.equal(2);
  });

  it('another version that defined quote-card first gets exactly one warning naming both versions, and no error', async () => {
    const version = await packageVersion();
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/other-version.html', {
      settleTimeout: 4000, // the other version's <quote-card> never shows this kit's parts
    });

    const warnings = win.__messages.filter((message) => message.level === 'warn');
    expect(warnings, 'console.warn calls').to.have.length(1);
    expect(warnings[0].text).to.contain('0.0.1').and.contain(version);
    expect(
      win.__messages.filter((message) => message.level !== 'warn'),
      'errors',
    ).to.deep.equal([]);

    // The other version keeps <quote-card>; this copy still defines the elements nobody else had.
    expect($(doc, 'quote-card').shadowRoot, 'the old <quote-card> stays in charge').to.equal(null);
    for (const widget of [$(doc, 'coalition-summary'), $(doc, 'satellite-compare')]) {
      const tag = widget.localName as 'coalition-summary' | 'satellite-compare';
      expect(shownFact(widget), `<${tag}> shows`).to.equal(STORIES.default[tag]);
      expect(part(widget, 'error'), `<${tag}> error part`).to.equal(null);
      expect(isVisible(part(widget, 'base')), `<${tag}> card visible`).to.equal(true);
    }
  });
});
