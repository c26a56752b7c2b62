// How a reader sees where a claim comes from: its source named in one line, the report's sentences
// behind a native disclosure (keyboard and screen readers know it), a quoted fragment's lead-in, and
// who a posting account is.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/coalition-widgets.js';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import { defaultStory, type Story } from '../../src/story/index.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { settled } from '../support/waiting.js';

/** White space collapsed, as a reader perceives it. */
const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

async function render<T extends LitElement>(markup: string, width = 680): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = markup;
  const widget = wrapper.firstElementChild as T;
  await settled(widget);
  return widget;
}

async function renderWith<T extends LitElement>(story: Story, markup: string): Promise<T> {
  const data = await fixture<CoalitionData>(html`<coalition-data></coalition-data>`);
  data.innerHTML = markup;
  data.data = story;
  await data.updateComplete;
  const widget = data.firstElementChild as T;
  await waitUntil(() => widget.shadowRoot?.querySelector('[part~="base"]'), `${markup} did not render`);
  await settled(widget);
  return widget;
}

function disclosures(widget: Element): HTMLDetailsElement[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="evidence"]')];
}

const visible = (element: Element) => element.checkVisibility?.() ?? isVisible(element);

describe('evidence: the source of each claim, and the report’s sentence behind it', () => {
  it('names the source of the coalition, the six, the force, the objectives and the U.S. position', async () => {
    const summary = await render('<coalition-summary></coalition-summary>');

    const labels = disclosures(summary).map((details) => shownText(details.querySelector('summary')));
    expect(labels).to.deep.equal([
      'More · Source: the report',
      'More · Sources: the report and AFP, as quoted on X by @jurgen_nauditt, a private account',
      'More · Source: the report',
      'Source: the report',
      'More · Sources: the report and Bloomberg',
    ]);
  });

  it('names the sources of the six and of the force in the compact layout too', async () => {
    const summary = await render('<coalition-summary layout="compact"></coalition-summary>');

    expect(disclosures(summary).length).to.equal(2);
    expect(shownText(disclosures(summary)[0])).to.include('AFP, as quoted on X by @jurgen_nauditt');
  });

  it('adds only its source line while closed (one line; up to three for a long name in a narrow tile)', async () => {
    const summary = await render('<coalition-summary></coalition-summary>');

    for (const details of disclosures(summary)) {
      const lineHeight = parseFloat(getComputedStyle(details).lineHeight);
      expect(details.open).to.equal(false);
      const height = details.getBoundingClientRect().height;
      const lines = shownText(details).length > 60 ? 3 : 1;
      expect(height, 'nothing but the source line').to.be.closeTo(
        details.querySelector('summary')!.getBoundingClientRect().height,
        0.5,
      );
      expect(height, shownText(details)).to.be.at.most(lineHeight * (lines + 0.1));
      expect(visible(details.querySelector('q')!), 'the sentence is hidden while closed').to.equal(false);
    }
  });

  it('opens with the keyboard and shows the report’s sentences verbatim, each named by its source', async () => {
    // Arrange
    const summary = await render('<coalition-summary></coalition-summary>');
    const details = disclosures(summary)[1];
    const label = details.querySelector('summary')!;

    // Act: focus the summary line, press Enter
    label.focus();
    expect(summary.shadowRoot!.activeElement === label, 'the source line takes focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the disclosure');

    // Assert
    const shown = [...details.querySelectorAll('q')].map((sentence) => shownText(sentence.parentElement));
    expect(shown).to.deep.equal(
      defaultStory.troops.evidence!.map(({ reportedBy, excerpt }) => {
        const name = defaultStory.sources!.find((source) => source.id === reportedBy)!.name;
        return normalizeSpace(`${excerpt} (${name})`);
      }),
    );
    expect(visible(details.querySelector('q')!)).to.equal(true);
    expect(getComputedStyle(details.querySelector('q')!, '::before').content, 'in quotation marks').to.match(
      /“|open-quote/,
    );
    await expect(summary).to.be.accessible();

    // Act: Enter again closes it
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !details.open, 'Enter did not close the disclosure');
  });

  it('shows one sentence once for the objectives that all rest on it', async () => {
    const summary = await render('<coalition-summary></coalition-summary>');

    const objectives = part(summary, 'objectives')!.parentElement!;
    const sentences = objectives.querySelectorAll('details[part="evidence"] q');
    expect(sentences.length).to.equal(1);
    expect(sentences[0].textContent).to.include('First, to secure safe skies');
  });

  it('opens the chart’s source onto the sentences its figures come from', async () => {
    const chart = await render('<satellite-compare></satellite-compare>');
    const [details] = disclosures(chart);

    details.querySelector('summary')!.click();
    await waitUntil(() => details.open);

    const text = shownText(details);
    expect(text).to.include('Source: the report, which does not say where its figures come from.');
    expect(text).to.include('the UK has only six operational ones');
    expect(text).to.include('249 military satellites');
    await expect(chart).to.be.accessible();
  });

  it('passes axe in the dark theme with every disclosure open', async () => {
    const summary = await render('<coalition-summary theme="dark"></coalition-summary>');
    for (const details of disclosures(summary)) details.open = true;
    await settled(summary);

    await expect(summary).to.be.accessible();
  });

  it('falls back to "Reported by …" for a story that names its source the first way (troops.reportedBy)', async () => {
    const story = structuredClone(defaultStory);
    story.troops.evidence = undefined;
    story.troops.reportedBy = 'AFP';

    const summary = await renderWith(story, '<coalition-summary layout="compact"></coalition-summary>');

    expect(shownText(part(summary, 'figures')), 'named at a glance').to.include('Reported by AFP.');
    for (const more of summary.shadowRoot!.querySelectorAll('details')) more.open = true;
    expect(shownText(part(summary, 'figures')), 'and the caveat behind "More"').to.include(
      'A post on X quoting AFP names',
    );
    const lines = disclosures(summary).map((details) => shownText(details.querySelector('summary')));
    expect(lines, 'the troops’ note alone, the force still with its evidence').to.deep.equal([
      'More',
      'Source: the report',
    ]);
  });
});

describe('quotes that stand alone', () => {
  it('leads into a fragment: "Macron said the coalition’s plans would go ahead" “with or without the U.S.”', async () => {
    const card = await render('<quote-card quote="macron-with-or-without"></quote-card>', 360);

    const lead = part(card, 'lead')!;
    const quote = part(card, 'quote')!;
    expect(shownText(lead)).to.equal('Macron said the coalition’s plans would go ahead');
    expect(shownText(quote)).to.equal('with or without the U.S.');
    expect(lead.getBoundingClientRect().bottom, 'the lead-in comes first').to.be.at.most(
      quote.getBoundingClientRect().top + 0.5,
    );
    expect(isVisible(lead)).to.equal(true);
  });

  it('shows no lead-in for a quote that stands alone', async () => {
    const card = await render('<quote-card quote="healey-planning"></quote-card>');

    expect(card.shadowRoot!.querySelector('[part="lead"]')).to.equal(null);
  });

  for (const { id, role } of [
    { id: 'nauditt-post', role: 'X user, citing AFP' },
    { id: 'healey-post', role: 'UK Defence Secretary' },
  ]) {
    it(`says who the account of a post is: "${role}" (${id})`, async () => {
      const card = await render(`<quote-card quote="${id}"></quote-card>`, 360);

      const header = card.shadowRoot!.querySelector('header')!;
      expect(shownText(header)).to.include(role);
      expect(isVisible(header.querySelector('.role'))).to.equal(true);
    });
  }
});
