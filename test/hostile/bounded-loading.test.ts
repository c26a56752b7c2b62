// Bounded loading (issue 13): a story URL that never ends, one that declares a body too large, one
// that drips, src changed faster than stories answer, many stories in turn, a story changed on the
// server, and `data` or inline JSON as large as a URL may not be. Against the test server's
// misbehaving routes (test/support/hostile-server.mjs: stream/, stored/).
import { expect } from '@open-wc/testing';
import { $, STORIES, closePages, expectStory, shownFact, widgetsIn } from '../support/pages.js';
import { part, shownText } from '../support/reading.js';
import { delay } from '../support/waiting.js';
import { loadPage, type RecordedPage } from '../support/pages.js';
import {
  HOSTILE,
  LONGEST_TASK_LIMIT,
  outcomeOf,
  putStory,
  quietestLongestTask,
  rendered,
  serverStats,
  storyWith,
  unique,
  type Provider,
} from './round-two.js';

/** The text a reader sees in a widget's part ('' when it has none). */
const partText = (widget: Element | undefined, name: string) => shownText(part(widget, name));

const PAGE = `${HOSTILE}/limits.html`;
const LIMIT = 1_000_000;

describe('hostile servers: loading is bounded in bytes, time and memory', function () {
  this.timeout(40_000);
  let page: RecordedPage;
  let provider: Provider;

  beforeEach(async () => {
    page = await loadPage(PAGE);
    provider = $(page.document, '#provider') as Provider;
    expect(expectStory(page.document.body, STORIES.default)).to.equal(8);
  });
  afterEach(closePages);

  it('a src that streams without end fails with "too large" after 1 MB; the kit reads no further and hangs up', async () => {
    const id = unique('endless');
    const src = `${HOSTILE}/stream/endless.json?id=${id}`;

    const outcome = await outcomeOf(provider, () => (provider.src = src), 30_000);
    let stats = await serverStats(id);
    for (let tries = 0; stats.open > 0 && tries < 40; tries++) stats = (await delay(50), await serverStats(id));

    expect(outcome.kind, `what happened after ${outcome.after} ms: ${outcome.text}`).to.equal('error');
    expect(outcome.text).to.equal(
      `Could not load the story from "${src}": it is too large: more than 1,000,000 bytes arrived; a story may be at most 1,000,000 bytes.`,
    );
    // The kit reads 1 MB and hangs up; the browser's network process may have read further ahead
    // into its own buffers by then (Chromium 1-10 MB, WebKitGTK 79-120 MB under load). Without the
    // limit, the whole body was read: 1.5 GB.
    expect(stats.bytes, `bytes the server sent (${stats.bytes.toLocaleString('en')})`).to.be.below(400_000_000);
    expect(stats.open, 'connections left open').to.equal(0);
    expect(outcome.after, 'ms until the error').to.be.below(5000);
    expect(shownFact(widgetsIn(provider)[0]), 'the last good story stays').to.equal('30');
    expect(partText(widgetsIn(provider)[0], 'error')).to.equal(outcome.text);
  });

  it('a src that declares a Content-Length over 1 MB is refused at once, before its body arrives', async () => {
    const id = unique('declared');
    const src = `${HOSTILE}/stream/declared.json?id=${id}&length=5000000`;

    const outcome = await outcomeOf(provider, () => (provider.src = src), 20_000);
    await delay(200);
    const stats = await serverStats(id);

    expect(outcome.kind, `what happened after ${outcome.after} ms: ${outcome.text}`).to.equal('error');
    expect(outcome.text).to.equal(
      `Could not load the story from "${src}": it is too large: the server announces 5,000,000 bytes; a story may be at most 1,000,000 bytes.`,
    );
    expect(outcome.after, 'ms until the error').to.be.below(1500);
    expect(stats.bytes, 'bytes the server sent').to.be.below(64_000);
    expect(stats.open, 'connections left open').to.equal(0);
  });

  it('a src that drips its story slower than the timeout fails when the timeout ends, and says it was the answer that was too slow', async () => {
    const id = unique('drip');
    // test/fixtures/stories/alt.json is about 6 KB: 64 bytes every 100 ms take about 10 s.
    const src = `${HOSTILE}/stream/drip/stories/alt.json?id=${id}&size=64&every=100`;
    provider.setAttribute('timeout', '1000');

    const outcome = await outcomeOf(provider, () => (provider.src = src), 15_000);
    await delay(200);
    const stats = await serverStats(id);

    expect(outcome.kind, `what happened after ${outcome.after} ms: ${outcome.text}`).to.equal('error');
    expect(outcome.text).to.match(
      /^Could not load the story from ".+": the answer did not finish within 1 s \(timeout="1000"\): [\d,]+ bytes arrived\.$/,
    );
    expect(outcome.after, 'ms until the error').to.be.within(900, 2500);
    expect(stats.open, 'connections left open').to.equal(0);
  });

  it('the timeout starts when the kit sends its request: 8 slow stories at once all load within a timeout that covers one', async () => {
    const name = unique('queued');
    await putStory(
      name,
      storyWith((story) => (story.coalition.participantCount = 41)),
    );
    const providers = Array.from({ length: 8 }, (_, index) => {
      const element = page.document.createElement('coalition-data') as Provider;
      element.setAttribute('timeout', '2500');
      element.innerHTML = '<coalition-summary layout="compact"></coalition-summary>';
      element.id = `queued-${index}`;
      page.document.body.append(element);
      return element;
    });
    await rendered(page);

    // Each answer takes 1.5 s; a browser sends at most 6 requests to one server at a time.
    const outcomes = await Promise.all(
      providers.map((element, index) =>
        outcomeOf(
          element,
          () => (element.src = `${HOSTILE}/slow/hostile/stored/${name}.json?delay=1500&n=${index}`),
          12_000,
        ),
      ),
    );

    expect(
      outcomes.map((outcome) => outcome.kind),
      outcomes.map((outcome) => `${outcome.after} ms: ${outcome.text}`).join('\n'),
    ).to.deep.equal(Array(8).fill('load'));
  });

  it('src changed 20 times while each story drips: the superseded requests are aborted, and the last src loads at once', async () => {
    const id = unique('superseded');
    for (let index = 0; index < 20; index++) {
      provider.src = `${HOSTILE}/stream/drip/stories/page.json?id=${id}&size=16&every=2000&n=${index}`;
      await delay(10);
    }
    await delay(300);
    // From another origin: the browser may keep its connections to this one draining the aborted
    // answers for seconds (Chromium: up to 5 s, 6 connections a host), which is the browser's doing,
    // not the kit's (4.6 s once, in a full run).
    const otherOrigin = await (await fetch('/__second-origin')).text();
    const final = `${otherOrigin}/test/fixtures/stories/alt.json?${unique('n')}`;

    const outcome = await outcomeOf(provider, () => (provider.src = final), 25_000);
    // The kit aborts them at once; a browser may still drain an aborted answer for a few seconds
    // to reuse its connection (Chromium: up to 5 s), so wait for the server to see them closed.
    let stats = await serverStats(id);
    for (const started = performance.now(); stats.open > 0 && performance.now() - started < 7000;) {
      await delay(250);
      stats = await serverStats(id);
    }

    expect(outcome.kind, `what happened after ${outcome.after} ms: ${outcome.text}`).to.equal('load');
    expect(outcome.after, 'ms until the last src loaded').to.be.below(1500);
    expect(stats.open, `superseded requests still open 7 s later (of ${stats.requests})`).to.equal(0);
    expect(expectStory(provider, STORIES.alt)).to.equal(3);
  });

  it('150 stories in turn: the kit keeps only the latest few (an old one is fetched again, a recent one is not)', async () => {
    const name = unique('many');
    await putStory(
      name,
      storyWith((story) => (story.coalition.participantCount = 42)),
    );
    const url = (index: number) => `${HOSTILE}/stored/${name}.json?n=${index}`;

    for (let index = 0; index < 150; index++) {
      const outcome = await outcomeOf(provider, () => (provider.src = url(index)));
      expect(outcome.kind, `story ${index}: ${outcome.text}`).to.equal('load');
    }
    const fetchedBefore = (await serverStats(name)).requests;
    await outcomeOf(provider, () => (provider.src = url(148)));
    const afterRecent = (await serverStats(name)).requests;
    await outcomeOf(provider, () => (provider.src = url(0)));
    const afterOld = (await serverStats(name)).requests;

    expect(fetchedBefore, 'requests for the 150 stories').to.equal(150);
    expect(afterRecent - fetchedBefore, 'requests when a recent story is shown again').to.equal(0);
    expect(afterOld - afterRecent, 'requests when the first story is shown again').to.equal(1);
  });

  it('reload() fetches a fresh copy of a story changed on the server, past the kit and the HTTP cache', async () => {
    const name = unique('updated');
    const src = `${HOSTILE}/stored/${name}.json?cache=max-age%3D3600`;
    await putStory(
      name,
      storyWith((story) => (story.coalition.participantCount = 43)),
    );
    expect((await outcomeOf(provider, () => (provider.src = src))).kind).to.equal('load');
    expect(shownFact(widgetsIn(provider)[0])).to.equal('43');

    await putStory(
      name,
      storyWith((story) => (story.coalition.participantCount = 44)),
    );
    const other = $(page.document, '#other') as Provider;
    await outcomeOf(other, () => (other.src = src));
    expect(shownFact(widgetsIn(other)[0]), 'another element on the page: the copy the page has').to.equal('43');

    const outcome = await outcomeOf(provider, () => provider.reload!());
    await rendered(page);

    expect(outcome.kind, outcome.text).to.equal('load');
    expect(shownFact(widgetsIn(provider)[0]), 'after reload()').to.equal('44');
    expect((await serverStats(name)).requests, 'requests that reached the server').to.equal(2);
  });

  describe('the data property and inline JSON obey the limits of src', () => {
    it('data with 100,000 objectives is refused at once, without freezing the page', async () => {
      const huge = storyWith((story) => {
        story.objectives = Array.from({ length: 100_000 }, (_, index) => ({
          id: `objective-${index}`,
          title: `Objective ${index}`,
          text: 'An objective among very many',
        }));
      });

      // The loader's first import is not what is timed here.
      const other = $(page.document, '#other') as Provider;
      await outcomeOf(other, () => (other.src = '/test/fixtures/stories/second.json'));

      const { result: outcome, longestTask } = await quietestLongestTask(() =>
        outcomeOf(provider, () => (provider.data = { ...huge }), 30_000),
      );

      expect(outcome.kind, `after ${outcome.after} ms: ${outcome.text}`).to.equal('error');
      expect(outcome.text).to.contain('The data property is not a valid story: it is too large: ');
      expect(longestTask, 'the longest main-thread task, ms').to.be.below(LONGEST_TASK_LIMIT);
      expect(shownFact(widgetsIn(provider)[0]), 'the last good story stays').to.equal('30');
    });

    it('data over 1 MB is refused as too large, like a src', async () => {
      const padded = { ...storyWith(() => undefined), padding: 'x'.repeat(LIMIT) };

      const outcome = await outcomeOf(provider, () => (provider.data = padded));

      expect(outcome.text).to.match(
        /^The data property is not a valid story: it is too large: more than 1,000,000 bytes as JSON; a story may be at most 1,000,000 bytes\.$/,
      );
    });

    it('inline JSON over 1 MB is refused as too large, like a src', async () => {
      const script = page.document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...storyWith(() => undefined), padding: 'x'.repeat(LIMIT) });
      const other = $(page.document, '#other') as Provider;

      const outcome = await outcomeOf(other, () => other.append(script));

      expect(outcome.text).to.match(
        /^The inline story is not valid: it is too large: more than 1,000,000 bytes; a story may be at most 1,000,000 bytes\.$/,
      );
    });
  });
});
