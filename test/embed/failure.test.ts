// What a reader and the page's developer see when the story cannot be used.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, STORIES, widgetsIn } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';

const PAGE = '/test/fixtures/pages/failure.html';
const MISSING = '/test/fixtures/stories/missing.json';

describe('embedding: a story that fails on a real page', () => {
  afterEach(closePages);

  it('a 404 src shows a visible error in each widget, naming the URL and the 404', async () => {
    const { document: doc } = await loadPage(PAGE);

    const widgets = widgetsIn($(doc, '#missing'));
    expect(widgets).to.have.length(3);
    for (const widget of widgets) {
      const error = part(widget, 'error');
      expect(isVisible(error), `<${widget.localName}> shows its error part`).to.equal(true);
      expect(shownText(error)).to.contain(`"${MISSING}"`).and.contain('404');
    }
  });

  it("a 404 src fires one bubbling, composed coalition-error that reaches the page's window", async () => {
    const { window: win } = await loadPage(PAGE);

    const events = win.__coalitionErrors.filter((event) => event.message.includes(MISSING));
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ bubbles: true, composed: true, from: 'coalition-data' });
    expect(events[0].message).to.contain('404');
  });

  it('an invalid story names the path story.coalition.participantCount and what was expected', async () => {
    const { document: doc, window: win } = await loadPage(PAGE);

    const card = $(doc, '#invalid quote-card');
    expect(isVisible(part(card, 'error'))).to.equal(true);
    const message = shownText(part(card, 'error'));
    expect(message).to.contain('/test/fixtures/stories/invalid.json');
    expect(message).to.contain('story.coalition.participantCount: expected a number, got "thirty"');
    expect(win.__coalitionErrors.map((event) => event.message)).to.include.members([message]);
  });

  it('widgets elsewhere on the page still render the default story', async () => {
    const { document: doc } = await loadPage(PAGE);

    expect(expectStory($(doc, '#elsewhere'), STORIES.default)).to.equal(3);
  });
});
