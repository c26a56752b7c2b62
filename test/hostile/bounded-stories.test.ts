// Bounded stories (issue 13): valid-looking stories under 1 MB with very long lists, a story with
// every list and text at the schema's limit, absurd counts, impossible dates and emoji in names.
// The schema caps what a widget can show; what is over a cap is refused at once, and a story at
// the caps renders without holding the main thread for 200 ms or more.
import { expect } from '@open-wc/testing';
import { $, STORIES, closePages, expectStory, shownFact, widgetsIn } from '../support/pages.js';
import { part, shownText } from '../support/reading.js';
import { loadPage, type RecordedPage } from '../support/pages.js';
import type { Story } from '../../src/story/index.js';
import {
  HOSTILE,
  LONGEST_TASK_LIMIT,
  outcomeOf,
  quietestLongestTask,
  putStory,
  rendered,
  schemaAt,
  storySchema,
  storyWith,
  unique,
  type Provider,
  type SchemaNode,
} from './round-two.js';

/** The text a reader sees in a widget's part ('' when it has none). */
const partText = (widget: Element | undefined, name: string) => shownText(part(widget, name));

const PAGE = `${HOSTILE}/limits.html`;

/** The lists of a story and the most items each may hold (the JSON Schema must say the same). */
const LIST_CAPS = {
  'coalition.namedParticipants': 50,
  'coalition.leadPartners': 10,
  'troops.namedReady': 50,
  objectives: 12,
  'usPosition.sought': 12,
  'satellites.countries': 12,
  quotes: 50,
} as const;

const country = (index: number) => ({
  code: String.fromCharCode(65 + (Math.floor(index / 26) % 26), 65 + (index % 26)),
  name: `Country ${index}`,
});

/** A story under 1 MB whose lists are hundreds or thousands of items long. */
function longListsStory(): Story {
  return storyWith((story) => {
    story.coalition.participantCount = 250;
    story.coalition.namedParticipants = Array.from({ length: 600 }, (_, index) => country(index));
    story.coalition.leadPartners = Array.from({ length: 300 }, (_, index) => country(index));
    story.troops.namedReady = Array.from({ length: 200 }, (_, index) => country(index));
    story.objectives = Array.from({ length: 3000 }, (_, index) => ({
      id: `objective-${index}`,
      title: `Objective ${index}`,
      text: 'Secure something more',
    }));
    story.usPosition.sought = Array.from({ length: 3000 }, (_, index) => `Support ${index}`);
    story.satellites.countries = Array.from({ length: 600 }, (_, index) => ({ ...country(index), count: 600 - index }));
    story.quotes.push(
      ...Array.from({ length: 2000 }, (_, index) => ({
        id: `quote-${index}`,
        text: 'Words',
        speaker: 'A speaker',
        role: 'A role',
        setting: 'A setting',
      })),
    );
  });
}

/** Text of `length` characters, words of a readable length. */
function textOf(length: number): string {
  return 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(length / 56)).slice(0, length);
}

/** A valid story with every list as long, and every text as long, as the JSON Schema allows. */
function storyAtTheCaps(schema: SchemaNode): Story {
  const cap = (path: string) => schemaAt(schema, path).maxItems!;
  const text = (path: string) => textOf(schemaAt(schema, path).maxLength!).trim();
  const countries = (path: string) =>
    Array.from({ length: cap(path) }, (_, index) => ({
      code: country(index).code,
      name: text(`${path}.items.name`),
    }));
  return storyWith((story) => {
    story.headline = text('headline');
    story.coalition.description = text('coalition.description');
    story.coalition.participantCount = 250;
    story.coalition.namedParticipants = countries('coalition.namedParticipants');
    story.coalition.leadPartners = countries('coalition.leadPartners');
    story.troops.namedReady = countries('troops.namedReady');
    story.troops.caveat = text('troops.caveat');
    story.objectives = Array.from({ length: cap('objectives') }, (_, index) => ({
      id: `objective-${index}`,
      title: text('objectives.items.title'),
      text: text('objectives.items.text'),
    }));
    story.usPosition.summary = text('usPosition.summary');
    story.usPosition.sought = Array.from({ length: cap('usPosition.sought') }, () => text('usPosition.sought.items'));
    story.satellites.countries = Array.from({ length: cap('satellites.countries') }, (_, index) => ({
      code: country(index).code,
      name: text('satellites.countries.items.name'),
      count: 1000 - index,
      note: text('satellites.countries.items.note'),
    }));
    story.quotes = Array.from({ length: cap('quotes') }, (_, index) => ({
      ...story.quotes[index % story.quotes.length],
      id: index === 0 ? 'healey-post' : `quote-${index}`,
      text: text('quotes.items.text'),
      speaker: text('quotes.items.speaker'),
      role: text('quotes.items.role'),
      setting: text('quotes.items.setting'),
    }));
  });
}

/** Every list and every text in the JSON Schema, with the cap it states (undefined when none). */
function capsIn(node: SchemaNode, path = 'story'): [string, number | undefined][] {
  if (node.type === 'array') return [[path, node.maxItems], ...capsIn(node.items!, `${path}[]`)];
  // A pattern or a format (a date) bounds a text as well as a length does.
  if (node.type === 'string') return [[path, node.maxLength ?? (node.pattern || node.format ? -1 : undefined)]];
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => capsIn(child, `${path}.${key}`));
}

describe('hostile stories: lists and texts are bounded by what a widget can show', function () {
  this.timeout(60_000);
  let page: RecordedPage;
  let provider: Provider;

  beforeEach(async () => {
    page = await loadPage(PAGE);
    provider = $(page.document, '#provider') as Provider;
    expect(expectStory(provider, STORIES.default)).to.equal(3);
  });

  /**
   * Points the provider at `src` and times the main thread until the widgets have rendered (see
   * quietestLongestTask). A small story is loaded first, so that what is timed is the story, not
   * the loader's first import; each attempt starts from the default story, so that a story the kit
   * accepts renders anew each time.
   */
  async function timedLoad(src: string) {
    const other = $(page.document, '#other') as Provider;
    expect((await outcomeOf(other, () => (other.src = '/test/fixtures/stories/second.json'))).kind).to.equal('load');
    return quietestLongestTask(async (attempt) => {
      if (provider.src) await outcomeOf(provider, () => provider.removeAttribute('src'));
      const result = await outcomeOf(provider, () => (provider.src = `${src}?attempt=${attempt}`), 30_000);
      await rendered(page);
      return result;
    });
  }
  afterEach(closePages);

  it('the JSON Schema caps every list and every text (dist/story.schema.json)', async () => {
    const schema = await storySchema();
    const uncapped = capsIn(schema).filter(([, max]) => max === undefined);
    expect(
      uncapped.map(([path]) => path),
      'lists and texts without maxItems or maxLength',
    ).to.deep.equal([]);
    for (const [path, max] of Object.entries(LIST_CAPS)) {
      expect(schemaAt(schema, path).maxItems, `${path} maxItems`).to.equal(max);
    }
  });

  it('a story under 1 MB with lists thousands long is refused at once, naming each list, without freezing the page', async () => {
    const story = longListsStory();
    const json = JSON.stringify(story);
    expect(json.length, 'bytes of the story').to.be.below(1_000_000);
    const src = await putStory(unique('long-lists'), json);
    const summary = widgetsIn(provider)[0];
    const chart = widgetsIn(provider)[2];
    const { result: outcome, longestTask } = await timedLoad(src);

    const height = Math.round(summary.getBoundingClientRect().height);
    const title = partText(chart, 'title').length;
    expect(
      outcome.kind,
      `${outcome.kind} after ${outcome.after} ms (summary ${height} px tall, chart title ${title} characters)`,
    ).to.equal('error');
    for (const fragment of [
      'story.coalition.namedParticipants: expected at most 50 items, got 600',
      'story.coalition.leadPartners: expected at most 10 items, got 300',
      'story.troops.namedReady: expected at most 50 items, got 200',
      'story.objectives: expected at most 12 items, got 3000',
      'story.usPosition.sought: expected at most 12 items, got 3000',
    ]) {
      expect(outcome.text).to.contain(fragment);
    }
    expect(outcome.text).to.contain('and 2 more');
    expect(longestTask, 'the longest main-thread task, ms').to.be.below(LONGEST_TASK_LIMIT);
    expect(shownFact(summary), 'the last good story stays').to.equal('30');
  });

  it('a story at every cap loads and renders with no main-thread task of 200 ms or more, the chart’s title comparing two of its 12 countries', async () => {
    const story = storyAtTheCaps(await storySchema());
    const src = await putStory(unique('at-the-caps'), story);
    const [summary, card, chart] = widgetsIn(provider);
    const { result: outcome, longestTask } = await timedLoad(src);

    expect(outcome.kind, outcome.text).to.equal('load');
    expect(longestTask, 'the longest main-thread task, ms').to.be.below(LONGEST_TASK_LIMIT);
    expect(part(summary, 'error'), partText(summary, 'error')).to.equal(null);
    expect(shownFact(summary)).to.equal('250');
    // The named participants are not listed (the description names them), so they need no "and N more".
    // The chart's title compares the largest fleet with two others, however many the story has.
    const title = partText(chart, 'title');
    expect(title.match(/ times | about as many /g), 'countries compared in the title').to.have.length(2);
    const nameCap = schemaAt(await storySchema(), 'satellites.countries.items.name').maxLength!;
    expect(title.length, 'characters in the title').to.be.below(3 * nameCap + 150);
    const height = summary.getBoundingClientRect().height;
    expect(height, 'height of the summary at 800 px, px').to.be.below(8000);
    expect(part(card, 'base')!.getBoundingClientRect().height, 'height of the quote card, px').to.be.below(2000);
  });

  it('a valid story of nearly 1 MB (the caps filled, the rest in a field the kit ignores) loads with no task of 200 ms or more', async () => {
    const atTheCaps = storyAtTheCaps(await storySchema());
    const size = JSON.stringify(atTheCaps).length;
    const nearLimit = JSON.stringify({ ...atTheCaps, notes: 'n'.repeat(990_000 - size - 12) });
    expect(nearLimit.length, 'bytes of the story').to.be.within(980_000, 1_000_000);
    const src = await putStory(unique('near-limit'), nearLimit);
    const { result: outcome, longestTask } = await timedLoad(src);

    expect(outcome.kind, outcome.text).to.equal('load');
    expect(longestTask, 'the longest main-thread task, ms').to.be.below(LONGEST_TASK_LIMIT);
    expect(shownFact(widgetsIn(provider)[0])).to.equal('250');
  });

  it('data with 50,000 quotes (one id twice) is refused at once: the search for duplicate ids never sees more than 50', async () => {
    const story = storyWith((draft) => {
      draft.quotes = Array.from({ length: 50_000 }, (_, index) => ({
        id: `q-${index === 49_999 ? 0 : index}`,
        text: 'Words',
        speaker: 'A speaker',
        role: 'A role',
        setting: 'A setting',
      }));
    });

    const other = $(page.document, '#other') as Provider; // the loader's first import is not what is timed
    await outcomeOf(other, () => (other.src = '/test/fixtures/stories/second.json'));

    const { result: outcome, longestTask } = await quietestLongestTask(() =>
      outcomeOf(provider, () => (provider.data = { ...story }), 30_000),
    );

    expect(outcome.kind, `after ${outcome.after} ms: ${outcome.text}`).to.equal('error');
    expect(longestTask, 'the longest main-thread task, ms').to.be.below(LONGEST_TASK_LIMIT);
  });

  const IMPOSSIBLE: [string, (story: Story) => void, string][] = [
    [
      'a force of 1e308 troops',
      (story) => (story.force.max = 1e308),
      'story.force.max: expected a number of at most 10,000,000, got 1e+308',
    ],
    [
      'satellites counted in the billions',
      (story) => (story.satellites.countries[0].count = 5_000_000_000),
      'story.satellites.countries[0].count: expected a number of at most 100,000, got 5000000000',
    ],
    [
      'a meeting on 31 February 2025',
      (story) => (story.meeting.date = '2025-02-31'),
      'story.meeting.date: expected a real date as YYYY-MM-DD, got "2025-02-31"',
    ],
    [
      'a report dated 29 February 2025 (not a leap year)',
      (story) => (story.report.date = '2025-02-29'),
      'story.report.date: expected a real date as YYYY-MM-DD, got "2025-02-29"',
    ],
    [
      '40 satellite countries',
      (story) =>
        (story.satellites.countries = Array.from({ length: 40 }, (_, index) => ({ ...country(index), count: index }))),
      'story.satellites.countries: expected at most 12 items, got 40',
    ],
  ];
  for (const [name, change, says] of IMPOSSIBLE) {
    it(`${name} is refused, and the message says what would do`, async () => {
      const outcome = await outcomeOf(provider, () => (provider.data = storyWith(change)));

      expect(outcome.kind).to.equal('error');
      expect(outcome.text).to.contain(says);
      expect(shownFact(widgetsIn(provider)[0]), 'the last good story stays').to.equal('30');
    });
  }

  it('a real leap day (29 February 2024) is a date like any other', async () => {
    const outcome = await outcomeOf(
      provider,
      () => (provider.data = storyWith((s) => (s.meeting.date = '2024-02-29'))),
    );

    expect(outcome.kind, outcome.text).to.equal('load');
    // The kicker is in capitals (text-transform); the reader reads the date either way.
    expect(partText(widgetsIn(provider)[0], 'base').toLowerCase()).to.contain('29 february 2024');
  });

  for (const speaker of ['👩🏽‍🚀 Ada Lovelace', '🇺🇦 Olena Kovalenko', 'Zoë Çelik', 'U\u0308nal Yılmaz', '𝒥ohn 𝒽ealey']) {
    it(`the avatar of a post by "${speaker}" is made of whole characters`, async () => {
      const outcome = await outcomeOf(
        provider,
        () => (provider.data = storyWith((story) => (story.quotes.find((q) => q.post)!.speaker = speaker))),
      );
      await rendered(page);
      const avatar = widgetsIn(provider)[1].shadowRoot!.querySelector('.avatar')!.textContent;
      const graphemes = (text: string) =>
        [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
      const words = speaker.split(' ');

      expect(outcome.kind, outcome.text).to.equal('load');
      expect(avatar, 'no replacement character, no lone surrogate').not.to.match(/\uFFFD|\p{Cs}/u);
      expect(graphemes(avatar)).to.deep.equal(words.slice(0, 2).map((word) => graphemes(word)[0].toUpperCase()));
    });
  }
});
