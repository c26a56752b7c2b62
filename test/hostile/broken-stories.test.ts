// Bad data: a matrix of broken stories, each given to a <coalition-data> that already shows a good
// one. Each must give the visible part="error" state with a message naming the problem, one
// coalition-error event, no uncaught exception, the last good story kept on screen, and no change
// for the widgets around it.
import { expect } from '@open-wc/testing';
import {
  $,
  closePages,
  describeWidget,
  expectStory,
  loadPage,
  type RecordedPage,
  shownFact,
  STORIES,
  widgetsIn,
} from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { settled } from '../support/waiting.js';

const PAGE = '/test/fixtures/hostile/broken.html';
const GOOD = '/test/fixtures/stories/alt.json';
const STORIES_DIR = '/test/fixtures/hostile/stories';
const SLOW = '/test/fixtures/hostile/slow/stories/alt.json';

interface BrokenSource {
  /** What is wrong, as the test names it. */
  name: string;
  src: string;
  /** The timeout attribute to set first, in ms. */
  timeout?: number;
  /** What the message must say after `Could not load the story from "<src>": `. */
  says: string;
}

const n = () => `n=${Math.random().toString(36).slice(2)}`; // a URL of its own each time

const BROKEN_SOURCES: BrokenSource[] = [
  { name: 'a 404', src: `${STORIES_DIR}/no-such-story.json`, says: 'the server answered 404 Not Found.' },
  {
    name: 'a 500 server error',
    src: `${SLOW}?status=500&${n()}`,
    says: 'the server answered 500 Internal Server Error.',
  },
  { name: 'a network error (the server hangs up)', src: `${SLOW}?drop=1&${n()}`, says: 'the network request failed (' },
  {
    name: 'a timeout: no answer within the timeout attribute (400 ms)',
    src: `${SLOW}?delay=3000&${n()}`,
    timeout: 400,
    says: 'the server did not answer within 0.4 s (timeout="400").',
  },
  {
    name: 'a timeout: headers at once, then a body that stalls',
    src: `${SLOW}?stall=3000&${n()}`,
    timeout: 400,
    // Chromium and Firefox hand over the headers and say the answer did not finish; WebKit holds
    // the headers back until more of the body arrives, so it says the server did not answer.
    says: 'within 0.4 s (timeout="400")',
  },
  { name: 'invalid JSON: an HTML page', src: '/test/fixtures/not-json.json', says: 'it is not valid JSON (' },
  { name: 'invalid JSON: an empty file', src: `${STORIES_DIR}/empty.json`, says: 'it is not valid JSON (' },
  {
    name: 'invalid JSON: a story cut off halfway',
    src: `${STORIES_DIR}/truncated.json`,
    says: 'it is not valid JSON (',
  },
  {
    name: '{}',
    src: `${STORIES_DIR}/empty-object.json`,
    says: 'it is not a valid story: story.schemaVersion: missing; story.headline: missing; story.meeting: missing;',
  },
  {
    name: 'an array holding a story',
    src: `${STORIES_DIR}/array.json`,
    says: 'it is not a valid story: story: expected an object, got a list.',
  },
  {
    name: 'null',
    src: `${STORIES_DIR}/null.json`,
    says: 'it is not a valid story: story: expected an object, got null.',
  },
  {
    name: 'a string',
    src: `${STORIES_DIR}/string.json`,
    says: 'it is not a valid story: story: expected an object, got "Coalition of the Willing".',
  },
  {
    name: 'a wrong type (a number as text)',
    src: `${STORIES_DIR}/wrong-types.json`,
    says: 'story.force.min: expected a number, got "10000".',
  },
  {
    name: 'a negative count',
    src: `${STORIES_DIR}/negative-count.json`,
    says: 'story.satellites.countries[0].count: expected a number of at least 0, got -251.',
  },
  {
    name: 'a non-numeric count',
    src: `${STORIES_DIR}/non-numeric-count.json`,
    says: 'story.troops.readyCount: expected a number, got "six".',
  },
  {
    name: 'a fractional count',
    src: `${STORIES_DIR}/fractional-count.json`,
    says: 'story.troops.readyCount: expected a whole number, got 6.5.',
  },
  {
    name: 'an infinite count (1e999)',
    src: `${STORIES_DIR}/infinite-count.json`,
    says: 'story.coalition.participantCount: expected a whole number, got Infinity;',
  },
  {
    name: 'an absurd count (100,000,000 countries)',
    src: `${STORIES_DIR}/huge-count.json`,
    says: 'story.coalition.participantCount: expected a number of at most 250, got 100000000.',
  },
  {
    name: 'missing required fields (headline, quotes)',
    src: `${STORIES_DIR}/missing-fields.json`,
    says: 'story.headline: missing; story.quotes: missing.',
  },
  { name: 'a missing object (meeting)', src: `${STORIES_DIR}/missing-object.json`, says: 'story.meeting: missing.' },
  {
    name: 'schemaVersion 2',
    src: `${STORIES_DIR}/schema-version-2.json`,
    says: 'story.schemaVersion: expected 1, got 2.',
  },
  {
    name: 'more countries ready than taking part',
    src: `${STORIES_DIR}/inconsistent-counts.json`,
    says: 'story.troops.readyCount: expected at most coalition.participantCount (31), got 40.',
  },
  {
    name: 'two quotes with one id',
    src: `${STORIES_DIR}/duplicate-quote-ids.json`,
    says: 'story.quotes: "healey-planning" appears more than once.',
  },
  {
    name: 'a date that is not YYYY-MM-DD',
    src: `${STORIES_DIR}/bad-date.json`,
    says: 'story.meeting.date: expected a date as YYYY-MM-DD, got "10 April 2025".',
  },
  {
    name: 'a javascript: link',
    src: `${STORIES_DIR}/javascript-link.json`,
    says: 'story.quotes[2].post.url: expected an https link on x.com or twitter.com (no user name, no port), got "javascript:alert(document.domain)".',
  },
  {
    name: 'a 5 MB story',
    src: '/test/fixtures/hostile/generated/story-5mb.json',
    says: 'it is too large: the server announces 5,0',
  },
  { name: 'a javascript: src', src: 'javascript:alert(1)', says: 'only http(s) URLs are allowed.' },
  { name: 'a data: src', src: 'data:application/json,{}', says: 'only http(s) URLs are allowed.' },
  { name: 'a src that is not a URL', src: 'http://[', says: 'it is not a valid URL.' },
];

type Provider = HTMLElement & { src?: string; data?: unknown; state: { loading: boolean; error?: string } };

/** Sets the provider's source and waits until it says how that went. */
async function point(page: RecordedPage, provider: Provider, change: () => void): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const finish = () => resolve();
    provider.addEventListener('coalition-load', finish, { once: true });
    provider.addEventListener('coalition-error', finish, { once: true });
    page.window.setTimeout(finish, 8000);
  });
  change();
  await done;
  await settled(page.document.body, { frame: false });
}

/** The last good story is on screen in every widget of `section`, with `message` shown as its error. */
function expectLastGoodWithError(section: Element, message: string) {
  const widgets = widgetsIn(section);
  expect(widgets.length).to.be.greaterThan(0);
  for (const widget of widgets) {
    expect(isVisible(part(widget, 'error')), `${describeWidget(widget)} shows its error part`).to.equal(true);
    expect(shownText(part(widget, 'error')), `${describeWidget(widget)} error`).to.equal(message);
    const tag = widget.localName as keyof typeof STORIES.alt;
    if (tag !== 'quote-card' || widget.getAttribute('quote') === 'healey-planning') {
      expect(shownFact(widget), `${describeWidget(widget)} keeps the last good story`).to.equal(STORIES.alt[tag]);
    }
    expect(isVisible(part(widget, 'base')), `${describeWidget(widget)} keeps its card`).to.equal(true);
  }
}

/** The widgets that were not given the broken story did not notice. */
function expectNeighboursUnaffected(page: RecordedPage) {
  expect(expectStory($(page.document, '#neighbour'), STORIES.second), '#neighbour').to.equal(2);
  expect(expectStory($(page.document, '#outside'), STORIES.default), '#outside').to.equal(3);
}

function newSince<T>(list: T[], count: number): T[] {
  return list.slice(count);
}

describe('hostile input: a matrix of broken stories', function () {
  this.timeout(20_000);
  let page: RecordedPage;
  let target: Provider;
  let STORY_ALT: unknown;

  before(async () => {
    STORY_ALT = await (await fetch(GOOD)).json();
    page = await loadPage(PAGE);
    target = $(page.document, '#target') as Provider;
  });
  after(closePages);

  beforeEach(async () => {
    // Each case starts from the good story, shown without an error.
    target.removeAttribute('timeout');
    if (target.src !== GOOD || target.state.error) await point(page, target, () => (target.src = GOOD));
    expect(expectStory($(page.document, '#target-section'), STORIES.alt), 'the good story before the case').to.equal(3);
  });

  for (const broken of BROKEN_SOURCES) {
    it(`src: ${broken.name} shows part="error" naming the problem, fires one coalition-error, throws nothing and keeps the last good story`, async () => {
      const messagesBefore = page.window.__messages.length;
      const eventsBefore = page.window.__coalitionErrors.length;

      await point(page, target, () => {
        if (broken.timeout) target.setAttribute('timeout', String(broken.timeout));
        target.src = broken.src;
      });

      const expected = `Could not load the story from "${broken.src}": ${broken.says}`;
      const events = newSince(page.window.__coalitionErrors, eventsBefore);
      expect(events, 'coalition-error events').to.have.length(1);
      expect(events[0].from).to.equal('coalition-data');
      expect(
        events[0].message.startsWith(expected) || events[0].message.includes(broken.says),
        `the message "${events[0].message}" says "${broken.says}"`,
      ).to.equal(true);
      expect(
        events[0].message.startsWith(`Could not load the story from "${broken.src}": `),
        'the message names the src',
      ).to.equal(true);
      expect(shownText(part(target, 'error')), "the provider's own error part").to.equal(events[0].message);
      expectLastGoodWithError($(page.document, '#target-section'), events[0].message);
      const messages = newSince(page.window.__messages, messagesBefore);
      expect(
        messages.filter((message) => message.level !== 'warn'),
        'uncaught exceptions and console errors',
      ).to.deep.equal([]);
      expect(
        messages.map((message) => message.text),
        'one console warning',
      ).to.deep.equal([`[coalition-widgets] <coalition-data>: ${events[0].message}`]);
      expectNeighboursUnaffected(page);
      expect(page.window.__pwned, 'code that ran').to.deep.equal([]);
    });
  }

  it('src: a story with unknown quote ids loads, and the quote card says which id is missing while the other widgets show the new story', async () => {
    const messagesBefore = page.window.__messages.length;
    const eventsBefore = page.window.__coalitionErrors.length;

    await point(page, target, () => (target.src = `${STORIES_DIR}/unknown-quote-ids.json`));

    const card = $(page.document, '#target quote-card');
    const events = newSince(page.window.__coalitionErrors, eventsBefore);
    expect(
      events.map((event) => event.from),
      'coalition-error events',
    ).to.deep.equal(['quote-card']);
    expect(events[0].message).to.contain(
      'quote="healey-planning" is not a quote of this story. Known: "renamed-healey-planning", ',
    );
    expect(isVisible(part(card, 'error'))).to.equal(true);
    expect(shownText(part(card, 'error'))).to.equal(events[0].message);
    expect(shownFact($(page.document, '#target coalition-summary')), 'the summary shows the new story').to.equal('35');
    expect(part($(page.document, '#target coalition-summary'), 'error')).to.equal(null);
    expect(
      newSince(page.window.__messages, messagesBefore).filter((message) => message.level !== 'warn'),
    ).to.deep.equal([]);
    expectNeighboursUnaffected(page);
  });

  describe('the data property, set by an app to hostile values', () => {
    const selfReferring = (() => {
      const story: Record<string, unknown> = { schemaVersion: 1, headline: 'A story that contains itself' };
      story.meeting = story;
      return story;
    })();
    const throwingGetter = {
      schemaVersion: 1,
      get headline(): string {
        throw new Error('the getter of headline throws');
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        get() {
          throw new Error('every property of this proxy throws');
        },
        has() {
          throw new Error('every property of this proxy throws');
        },
        ownKeys() {
          throw new Error('every property of this proxy throws');
        },
        getPrototypeOf() {
          throw new Error('every property of this proxy throws');
        },
      },
    );
    const HOSTILE_DATA: [string, unknown, string][] = [
      ['null', null, 'story: expected an object, got null'],
      ['a number', 42, 'story: expected an object, got 42'],
      ['a function', () => undefined, 'story: expected an object, got Function'],
      ['an array', [], 'story: expected an object, got a list'],
      ['{}', {}, 'story.schemaVersion: missing; story.headline: missing;'],
      ['a story that contains itself', selfReferring, 'story.meeting.name: missing; story.meeting.venue: missing;'],
      ['an object whose getter throws', throwingGetter, 'reading it failed (the getter of headline throws)'],
      ['a Proxy that throws on every access', throwingProxy, 'reading it failed (every property of this proxy throws)'],
    ];

    let app: Provider;
    before(async () => {
      app = $(page.document, '#app') as Provider;
      await point(page, app, () => (app.data = STORY_ALT));
    });

    for (const [name, value, says] of HOSTILE_DATA) {
      it(`data = ${name}: part="error" names the problem, one coalition-error, nothing thrown, the last good story stays`, async () => {
        await point(page, app, () => (app.data = STORY_ALT));
        const messagesBefore = page.window.__messages.length;
        const eventsBefore = page.window.__coalitionErrors.length;

        await point(page, app, () => (app.data = value));

        const events = newSince(page.window.__coalitionErrors, eventsBefore);
        expect(
          events.map((event) => event.from),
          'coalition-error events',
        ).to.deep.equal(['coalition-data']);
        expect(events[0].message).to.contain('The data property is not a valid story: ').and.contain(says);
        expectLastGoodWithError($(page.document, '#app-section'), events[0].message);
        expect(
          newSince(page.window.__messages, messagesBefore).filter((message) => message.level !== 'warn'),
          'uncaught exceptions',
        ).to.deep.equal([]);
        expectNeighboursUnaffected(page);
      });
    }
  });
});
