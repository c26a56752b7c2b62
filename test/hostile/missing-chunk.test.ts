// The bundle loads its story loader on demand, from chunks/ beside it. A site that copies only
// coalition-widgets.js must get a clear message where a story of its own is asked for, and the
// widgets that need only the built-in story must work as before. The words for a widget's own
// problems are in chunks/ too: without them the widget still names the attribute it cannot use.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, STORIES } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

const PAGE = '/test/fixtures/hostile/lonely-bundle.html';

describe('hostile setup: the bundle served without its chunks/ folder', () => {
  afterEach(closePages);

  it('says in the widget, an event and the console that the story loader did not load; widgets on the default story still work', async () => {
    const page = await loadPage(PAGE);
    const provider = $(page.document, '#own-story');
    await waitFor(() => page.window.__coalitionErrors.length > 0, 'a coalition-error event');

    const events = page.window.__coalitionErrors;
    expect(events, 'coalition-error events').to.have.length(1);
    expect(events[0].from).to.equal('coalition-data');
    expect(events[0].message).to.match(
      /^The kit could not load its story loader \(.+\)\. Serve the kit's whole folder, chunks\/ included\.$/,
    );
    expect(isVisible(part(provider, 'error')), "the provider's error part is visible").to.equal(true);
    expect(shownText(part(provider, 'error'))).to.equal(events[0].message);
    const card = $(page.document, '#own-story quote-card');
    expect(shownText(part(card, 'error')), 'the quote card inside says why it has no story').to.equal(
      events[0].message,
    );
    expect(
      page.window.__messages.filter((message) => message.level !== 'warn'),
      'uncaught errors',
    ).to.deep.equal([]);
    expect(page.window.__messages.map((message) => message.text)).to.include(
      `[coalition-widgets] <coalition-data>: ${events[0].message}`,
    );

    expect(expectStory($(page.document, '#outside'), STORIES.default), 'widgets on the default story').to.equal(1);
  });

  it('names the attribute of a widget with a mistake, though the words that explain it did not load', async () => {
    const page = await loadPage('/test/fixtures/hostile/lonely-mistake.html');
    await waitFor(() => page.window.__coalitionErrors.length > 0, 'a coalition-error event');
    const card = $(page.document, 'quote-card');

    const message = 'quote="healey-planing" cannot be used.';
    expect(page.window.__coalitionErrors.map((event) => event.message)).to.deep.equal([message]);
    expect(page.window.__coalitionErrors[0].from).to.equal('quote-card');
    expect(isVisible(part(card, 'error')), 'the error part is visible').to.equal(true);
    expect(shownText(part(card, 'error'))).to.equal(message);
    expect(page.window.__messages).to.deep.equal([
      { level: 'warn', text: `[coalition-widgets] <quote-card>: ${message}` },
    ]);
  });

  it('says beside "Get the data" that the data did not load, tells the page once, and the chart works on', async () => {
    const page = await loadPage(PAGE);
    const chart = $(page.document, '#outside satellite-compare');
    const fromChart = () => page.window.__coalitionErrors.filter((event) => event.from === 'satellite-compare');

    part(chart, 'get-data')!.click();
    await waitFor(() => fromChart().length > 0, 'a coalition-error event from the chart');

    const message = "The kit could not load its data download. Serve the kit's whole folder, chunks/ included.";
    expect(fromChart().map((event) => event.message)).to.deep.equal([message]);
    const status = chart.shadowRoot!.querySelector('[role="status"]');
    expect(shownText(status)).to.equal('The data could not be loaded.');
    expect(isVisible(status)).to.equal(true);
    expect(page.window.__messages).to.deep.include({
      level: 'warn',
      text: `[coalition-widgets] <satellite-compare>: ${message}`,
    });
    expect(
      page.window.__messages.filter((each) => each.level !== 'warn'),
      'uncaught errors',
    ).to.deep.equal([]);
    expect(isVisible(part(chart, 'chart')), 'the chart').to.equal(true);
  });
});
