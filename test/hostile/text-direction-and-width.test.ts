// Text that cannot rearrange the kit's own words, and nothing that overflows (issue 13). A story
// field holding U+202E (RIGHT-TO-LEFT OVERRIDE) must not reverse the figures, dates and labels the
// kit draws around it, nor may an attribute value echoed in an error message; and one long word
// or URL, in any script, must wrap inside every widget of a 280 px column.
import { expect } from '@open-wc/testing';
import { $, closePages, widgetsIn } from '../support/pages.js';
import { part } from '../support/reading.js';
import { loadPage, type RecordedPage } from '../support/pages.js';
import type { Story } from '../../src/story/index.js';
import {
  HOSTILE,
  inOrder,
  outcomeOf,
  overflowPast,
  rendered,
  storyWith,
  visualOrder,
  type Provider,
} from './round-two.js';

const PAGE = `${HOSTILE}/narrow.html`;
const RLO = '\u202E';

async function show(page: RecordedPage, story: Story) {
  const provider = $(page.document, '#provider') as Provider;
  const outcome = await outcomeOf(provider, () => (provider.data = story));
  expect(outcome.kind, outcome.text).to.equal('load');
  await rendered(page);
  return widgetsIn(provider);
}

/** A right-to-left override, left open, at the end of every text field of the story. */
const overridden = storyWith((story) => {
  const walk = (value: Record<string, unknown>) => {
    for (const [key, field] of Object.entries(value)) {
      if (
        typeof field === 'string' &&
        !['code', 'id', 'reportedBy', 'date', 'updated', 'url', 'handle', 'platform', 'lang'].includes(key)
      )
        value[key] = `${field}${RLO}`;
      else if (field && typeof field === 'object') walk(field as Record<string, unknown>);
    }
  };
  walk(story);
  story.usPosition.sought = story.usPosition.sought.map((item) => `${item}${RLO}`);
});

describe('hostile stories: bidi controls cannot reverse what the kit writes', function () {
  this.timeout(20_000);
  let page: RecordedPage;
  beforeEach(async () => {
    page = await loadPage(PAGE);
    page.iframe.width = '900';
    $(page.document, '#column').style.width = '860px';
  });
  afterEach(closePages);

  // [widget, its index in narrow.html, words the kit writes in the same line as story text]
  const TOKENS: [string, number, string][] = [
    ['coalition-summary', 0, '10 April 2025'],
    ['coalition-summary', 0, 'Closest partners'],
    ['coalition-summary', 0, 'Report by'],
    ['quote-card', 2, '10 April 2025'],
    // The title: right after the largest fleet's name, and after the highlighted country's (France).
    ['satellite-compare', 4, 'has about'],
    ['satellite-compare', 4, '’s military'],
    ['satellite-compare', 4, 'Source:'],
  ];

  for (const [tag, index, token] of TOKENS) {
    it(`<${tag}> draws "${token}" left to right although every story field ends in U+202E`, async () => {
      const widgets = await show(page, overridden);

      expect(visualOrder(widgets[index], token), `"${token}" in <${tag}>`).to.deep.equal(inOrder(token));
    });
  }

  it('a highlight attribute holding U+202E does not reverse the rest of the error message', async () => {
    const widgets = await show(
      page,
      storyWith(() => undefined),
    );
    const chart = widgets[4];
    chart.setAttribute('highlight', `${RLO}Germany`);
    await rendered(page);

    expect(visualOrder(part(chart, 'error')!, 'matches no country in the chart')).to.deep.equal(
      inOrder('matches no country in the chart'),
    );
  });

  it('a quote attribute holding U+202E does not reverse the rest of the error message', async () => {
    const widgets = await show(
      page,
      storyWith(() => undefined),
    );
    widgets[2].setAttribute('quote', `healey${RLO}-planing`);
    await rendered(page);

    expect(visualOrder(part(widgets[2], 'error')!, 'is not a quote of this story')).to.deep.equal(
      inOrder('is not a quote of this story'),
    );
  });
});

const LONG_WORDS: [string, string][] = [
  ['a Latin word', 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(8)],
  ['a URL', `https://example.com/${'a1b2c3'.repeat(40)}?utm_source=${'x'.repeat(60)}`],
  ['Chinese without spaces', '北约总部布鲁塞尔会议'.repeat(30)],
  ['Thai without spaces', 'การประชุมกลุ่มพันธมิตร'.repeat(12)],
  ['an Arabic word', 'الاستراتيجيةالعسكرية'.repeat(12)],
  ['digits', '1234567890'.repeat(25)],
];

describe('hostile stories: one long word or URL wraps inside every widget at 280 px', function () {
  this.timeout(30_000);
  let page: RecordedPage;
  beforeEach(async () => {
    page = await loadPage(PAGE);
  });
  afterEach(closePages);

  for (const [name, word] of LONG_WORDS) {
    it(`${name} in every text field: nothing reaches past the 280 px column and the page does not scroll sideways`, async () => {
      const fit = (max: number) => word.slice(0, max);
      const widgets = await show(
        page,
        storyWith((story) => {
          story.headline = fit(250);
          story.meeting.venue = fit(100);
          story.coalition.description = fit(250);
          story.coalition.namedParticipants[0].name = fit(100);
          story.coalition.leadPartners[0].name = fit(100);
          story.troops.reportedBy = fit(100);
          story.troops.caveat = fit(250);
          story.force.role = fit(250);
          story.objectives[0].title = fit(100);
          story.objectives[0].text = fit(250);
          story.usPosition.sought[0] = fit(100);
          story.satellites.countries[1].name = fit(100);
          story.satellites.countries[2].note = fit(250);
          story.satellites.source = fit(250);
          for (const quote of story.quotes) {
            quote.text = `${fit(250)} ${quote.text}`;
            quote.speaker = fit(100);
            quote.role = fit(100);
            quote.setting = fit(250);
          }
          story.report.author = fit(100);
        }),
      );
      for (const details of widgets[4].shadowRoot!.querySelectorAll('details')) details.open = true;
      await rendered(page);

      const column = $(page.document, '#column');
      for (const widget of widgets) {
        expect(overflowPast(widget), `px past the right edge of <${widget.localName}>`).to.be.at.most(1);
      }
      expect(overflowPast(column), 'px past the column').to.be.at.most(1);
      const root = page.document.scrollingElement!;
      expect(root.scrollWidth - root.clientWidth, 'px the page scrolls sideways').to.be.at.most(0);
    });
  }

  it('a long quote attribute in the error message wraps too', async () => {
    const widgets = await show(
      page,
      storyWith(() => undefined),
    );
    widgets[2].setAttribute('quote', 'x'.repeat(400));
    await rendered(page);

    expect(overflowPast(widgets[2]), 'px past the right edge').to.be.at.most(1);
  });
});
