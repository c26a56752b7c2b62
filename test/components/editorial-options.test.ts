// The options an editor sets to fit a widget into an article: its own title, its heading level,
// no headline or byline (the article has them), a credit line and a link to the full story.
import { expect } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import { expectNoProblemShown, expectOneProblemReported, watchProblems } from '../support/problems.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { renderWidget, type Attributes } from '../support/rendering.js';
import { loadPage } from '../support/pages.js';
import { settled, waitFor } from '../support/waiting.js';

const widgets: { tag: string; attributes: Attributes; headline: string }[] = [
  {
    tag: 'coalition-summary',
    attributes: {},
    headline: 'Coalition of the Willing meets at NATO Headquarters',
  },
  {
    tag: 'satellite-compare',
    attributes: {},
    headline:
      'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s, according to the report',
  },
];

/** The widget's headings as a screen reader lists them: level and text. */
function headings(widget: Element): string[] {
  return [...widget.shadowRoot!.querySelectorAll('h2, h3, [role="heading"]')]
    .filter((heading) => isVisible(heading))
    .map((heading) => `${heading.getAttribute('aria-level')} ${shownText(heading)}`);
}

describe('the editor’s options', () => {
  const problems = watchProblems();

  for (const { tag, attributes, headline } of widgets) {
    describe(`<${tag}>`, () => {
      it('shows the editor’s title in place of its own', async () => {
        const widget = await renderWidget(tag, { ...attributes, heading: 'Who sends troops?' });

        expect(headings(widget)[0]).to.equal('2 Who sends troops?');
        expect(shownText(widget)).not.to.include(headline);
        expectNoProblemShown(widget);
      });

      it('hides its headline with hide-headline', async () => {
        const widget = await renderWidget(tag, { ...attributes, 'hide-headline': '' });

        expect(shownText(widget)).not.to.include(headline);
        expect(headings(widget).join(' | ')).not.to.include(headline);
      });

      it('starts its headings at heading-level', async () => {
        const widget = await renderWidget(tag, { ...attributes, 'heading-level': '4' });

        expect(headings(widget)[0]).to.equal(`4 ${headline}`);
        for (const heading of headings(widget).slice(1)) expect(heading).to.match(/^5 /);
      });

      it('ends with the credit line and a “Read the full story” link', async () => {
        const widget = await renderWidget(tag, {
          ...attributes,
          credit: 'Chart: The Ledger',
          'story-link': 'https://ledger.example/coalition',
        });

        const link = part<HTMLAnchorElement>(widget, 'story-link')!;
        expect(shownText(part(widget, 'credit'))).to.equal('Chart: The Ledger');
        expect(shownText(link)).to.equal('Read the full story');
        expect(link.href).to.equal('https://ledger.example/coalition');
        expect(isVisible(link)).to.equal(true);
        // At the end of the card: nothing of the card comes after it but the corrections.
        const base = part(widget, 'base')!;
        expect(
          base.getBoundingClientRect().bottom - part(widget, 'end')!.getBoundingClientRect().bottom,
        ).to.be.lessThan(40);
      });

      it('refuses a story link that is not http(s), and shows no link', async () => {
        const widget = await renderWidget(tag, { ...attributes, 'story-link': 'javascript:alert(1)' });

        await expectOneProblemReported(widget, problems, ['story-link="javascript:alert(1)"', 'https://']);
        expect(part(widget, 'story-link')).to.equal(null);
      });

      it('refuses a heading level outside 2–6', async () => {
        const widget = await renderWidget(tag, { ...attributes, 'heading-level': '1' });

        await expectOneProblemReported(widget, problems, ['heading-level="1"', '"2"', '"6"']);
        expect(headings(widget)[0], 'the default level meanwhile').to.match(/^2 /);
      });
    });
  }

  it('<coalition-summary> hides its byline with hide-byline, and its sub-headings take the first level without a headline', async () => {
    const shown = await renderWidget('coalition-summary', {});
    expect(shownText(shown)).to.include('Report by Anna van Densky');

    const widget = await renderWidget('coalition-summary', {
      'hide-byline': '',
      'hide-headline': '',
      'heading-level': '3',
    });

    expect(part(widget, 'source')).to.equal(null);
    expect(shownText(widget)).not.to.include('Report by');
    expect(headings(widget).map((heading) => heading.split(' ')[0])).to.deep.equal(['3', '3', '3', '3', '3']);
  });

  it('<quote-card> shows the editor’s title above the quote, at its heading level', async () => {
    const plain = await renderWidget('quote-card', { quote: 'healey-planning' });
    expect(headings(plain), 'no title of its own').to.deep.equal([]);

    const card = await renderWidget('quote-card', {
      quote: 'healey-planning',
      heading: 'The UK’s view',
      'heading-level': '3',
    });

    expect(headings(card)).to.deep.equal(['3 The UK’s view']);
    const title = card.shadowRoot!.querySelector('[role="heading"]')!.getBoundingClientRect();
    expect(title.bottom).to.be.at.most(part(card, 'quote')!.getBoundingClientRect().top);
  });

  it('the embed page takes the options from its URL', async () => {
    const { document: page } = await loadPage(
      '/dist/embed.html?widget=coalition-summary&hide-headline=&heading-level=3&credit=Chart%3A%20The%20Ledger&story-link=https%3A%2F%2Fledger.example%2F',
      { recorder: false },
    );
    const summary = page.querySelector('coalition-summary')!;
    await waitFor(() => part(summary, 'credit'), 'the credit line never showed');
    await settled(summary);

    expect(shownText(part(summary, 'credit'))).to.equal('Chart: The Ledger');
    expect(part<HTMLAnchorElement>(summary, 'story-link')!.href).to.equal('https://ledger.example/');
    expect(part(summary, 'headline')).to.equal(null);
    expect(headings(summary)[0]).to.match(/^3 /);
  });
});
