// dist/story.html: where an iframe embed sends a reader who has JavaScript off. The embed page can
// only show its facts then (it cannot read its URL); the story page shows the whole story, every
// widget pre-rendered, with its sources.
import { expect } from '@open-wc/testing';
import { closePages, loadPage } from '../support/pages.js';
import { shownText } from '../support/reading.js';
import { defaultStory } from '../../src/story/default-story.js';

describe('dist/story.html, the whole story for readers without JavaScript', () => {
  afterEach(closePages);

  it('each iframe embed’s readable facts link to it, in a new tab that says so', async () => {
    const { document: doc } = await loadPage('/dist/embed.html', { recorder: false, scripts: false });
    const copies = [...doc.querySelectorAll('.without-script')];
    expect(copies.length, 'copies of the widgets').to.be.above(5);
    for (const copy of copies) {
      const link = copy.querySelector<HTMLAnchorElement>('a[href="story.html"]');
      expect(link, `#${copy.id} links to the story`).to.not.equal(null);
      expect(link!.target).to.equal('_blank');
      expect(link!.textContent).to.contain('opens in a new tab');
    }
  });

  it('shows every widget’s facts, quotes and sources with JavaScript off', async () => {
    const page = await loadPage('/dist/story.html', { recorder: false, scripts: false, width: 390 });
    expect(page.window.customElements.get('quote-card'), 'no script ran').to.equal(undefined);
    const text = shownText(page.document);
    expect(text).to.contain('Coalition of the Willing meets at NATO Headquarters');
    expect(text).to.contain('30 countries taking part');
    expect(text).to.contain('10,000–30,000');
    expect(text).to.contain('Source: the report');
    expect(text).to.match(/United States 249/);
    for (const quote of defaultStory.quotes) {
      expect(text, `the quote ${quote.id}`).to.contain(quote.text.split('\n')[0].slice(0, 60));
    }
    const card = page.document.querySelector('coalition-summary')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(card).borderTopStyle, 'styled under the page’s Content-Security-Policy').to.equal('solid');
    const widgets = [...page.document.querySelectorAll('coalition-summary, satellite-compare, quote-card')];
    expect(widgets.length).to.equal(2 + defaultStory.quotes.length);
    for (const widget of widgets) {
      expect(
        widget.shadowRoot?.querySelector('[part~="error"]') ?? null,
        `${widget.localName} shows no error`,
      ).to.equal(null);
      expect(widget.getBoundingClientRect().right, `${widget.localName} fits the phone`).to.be.at.most(390.5);
    }
  });

  it('with JavaScript on, the kit keeps the pre-rendered widgets', async () => {
    const page = await loadPage('/dist/story.html', { recorder: false, width: 800 });
    expect(page.window.customElements.get('quote-card'), 'the kit ran').to.not.equal(undefined);
    expect(shownText(page.document)).to.contain('30 countries taking part');
  });
});
