// A CMS article: one script tag in <head>, widgets pasted as separate blocks, no <coalition-data>.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, STORIES, widgetsIn } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';

/** What a reader sees in each element of `widget`'s shadow root that matches `selector`. */
function shownTexts(widget: Element, selector: string): string[] {
  return [...widget.shadowRoot!.querySelectorAll(selector)].map((element) => shownText(element));
}

describe('embedding: a CMS article with the bundle in <head> and no <coalition-data>', () => {
  afterEach(closePages);

  it('renders every pasted widget with the default story, visibly and within the column', async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/cms-article.html');

    const widgets = widgetsIn(doc);
    expect(widgets.map((el) => el.localName)).to.deep.equal([
      'coalition-summary',
      'quote-card',
      'satellite-compare',
      'quote-card',
    ]);
    expect(expectStory($(doc, 'article'), STORIES.default)).to.equal(4);

    const column = $(doc, 'article').getBoundingClientRect();
    for (const widget of widgets) {
      const box = widget.getBoundingClientRect();
      expect(box.width, `<${widget.localName}> width`).to.be.greaterThan(0).and.at.most(column.width);
      expect(box.right, `<${widget.localName}> stays inside the article column`).to.be.at.most(column.right + 0.5);
    }
  });

  it('shows the facts a reader expects: 30 countries, 6 of 30 ready, 249 U.S. satellites, the quotes verbatim', async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/cms-article.html');

    const summary = $(doc, 'coalition-summary');
    expect(shownTexts(summary, '.figure .number')).to.deep.equal(['30', '6 of 30', '10,000–30,000']);
    expect(shownText(part(summary, 'headline'))).to.equal('Coalition of the Willing meets at NATO Headquarters');

    const satellites = $(doc, 'satellite-compare');
    expect(shownTexts(satellites, '.bar-row .count')).to.deep.equal(['249', '17', '6']);
    expect(shownText(part(satellites, 'title'))).to.contain(
      'The United States has about 42 times the United Kingdom’s',
    );
    expect(isVisible(satellites.shadowRoot!.querySelector('.highlighted'))).to.equal(true);

    const [quote, post] = doc.querySelectorAll('quote-card');
    expect(shownText(part(quote, 'quote'))).to.equal(STORIES.default['quote-card']);
    expect(shownText(part(quote, 'attribution')))
      .to.contain('John Healey')
      .and.contain('10 April 2025');
    expect(shownText(part(post, 'quote')))
      .to.contain('In Brussels today, Defence Ministers')
      .and.contain('stand by Ukraine in the peace.');
    expect(part(post, 'link')?.getAttribute('href')).to.equal('https://pic.twitter.com/Y0mJkTRH5u');
  });

  it('shows no error part and logs no console error or warning', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/cms-article.html');

    for (const widget of widgetsIn(doc))
      expect(part(widget, 'error'), `<${widget.localName}> error part`).to.equal(null);
    expect(win.__messages).to.deep.equal([]);
    expect(win.__coalitionErrors).to.deep.equal([]);
  });

  it('hides the fallback blockquote once the quote card has rendered', async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/cms-article.html');

    const fallback = $(doc, 'quote-card > blockquote');
    expect(isVisible(fallback)).to.equal(false);
  });
});
