// Bad timing against a real server: a src that changes before the first story answers, and the
// timeout that keeps a slow server from leaving the widgets waiting. The test server delays
// /test/fixtures/hostile/slow/<path> by ?delay=ms (test/support/hostile-server.mjs).
import { expect } from '@open-wc/testing';
import {
  $,
  closePages,
  expectStory,
  loadPage,
  type RecordedPage,
  shownFact,
  STORIES,
  widgetsIn,
} from '../support/pages.js';
import { delay, waitFor } from '../support/waiting.js';

const slow = (story: 'page' | 'second' | 'alt', ms: number) =>
  `/test/fixtures/hostile/slow/stories/${story}.json?delay=${ms}&n=${Math.random().toString(36).slice(2)}`;

type Provider = HTMLElement & { src?: string; timeout: number; state: { loading: boolean; error?: string } };

interface Watch {
  loads: string[];
  errors: string[];
  /** When each error event came (performance.now()), not when a test's polling noticed it. */
  errorTimes: number[];
  /** Every fact the widgets showed, each time any of them changed. */
  seen: Set<string>;
  stop(): void;
}

/** Records the provider's events and everything its widgets show while the test runs. */
function watch(page: RecordedPage, provider: Provider): Watch {
  const record: Watch = {
    loads: [],
    errors: [],
    errorTimes: [],
    seen: new Set(),
    stop: () => undefined,
  };
  const onLoad = (event: Event) => record.loads.push((event as CustomEvent<{ source: string }>).detail.source);
  const onError = (event: Event) => {
    record.errors.push((event as CustomEvent<{ message: string }>).detail.message);
    record.errorTimes.push(performance.now());
  };
  provider.addEventListener('coalition-load', onLoad);
  provider.addEventListener('coalition-error', onError);
  const look = () => widgetsIn(provider).forEach((widget) => record.seen.add(shownFact(widget)));
  const observer = new page.window.MutationObserver(look);
  for (const widget of widgetsIn(provider))
    observer.observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true });
  record.stop = () => {
    observer.disconnect();
    provider.removeEventListener('coalition-load', onLoad);
    provider.removeEventListener('coalition-error', onError);
  };
  return record;
}

/** Waits until the server has answered `url` (its resource timing entry is there). */
async function answered(page: RecordedPage, url: string) {
  const absolute = new URL(url, page.document.baseURI).href;
  await waitFor(() => page.window.performance.getEntriesByName(absolute).length > 0, `${url} never answered`, 5000);
  return page.window.performance.getEntriesByName(absolute)[0] as PerformanceResourceTiming;
}

describe('hostile timing: a src that changes quickly, against a real server', function () {
  this.timeout(15_000);
  let page: RecordedPage;
  let provider: Provider;

  beforeEach(async () => {
    page = await loadPage('/test/fixtures/hostile/timing.html');
    provider = $(page.document, '#provider') as Provider;
    expect(expectStory(provider, STORIES.default)).to.equal(3);
  });
  afterEach(closePages);

  it('src A (answers after 800 ms), then B (at once) before A answers: ends with B, and A never shows', async () => {
    const a = slow('page', 800);
    const b = slow('second', 0);
    const record = watch(page, provider);

    provider.src = a;
    await delay(100);
    provider.src = b;
    await answered(page, b);
    // Time for A to have answered and been applied, if the kit did that (it aborts A: issue 13).
    await delay(900);
    record.stop();

    expect(record.loads, 'coalition-load events').to.deep.equal([b]);
    expect(record.errors).to.deep.equal([]);
    expect(expectStory(provider, STORIES.second), 'B on screen').to.equal(3);
    expect(
      [...record.seen].filter((fact) => Object.values(STORIES.page).includes(fact)),
      "A's facts ever shown",
    ).to.deep.equal([]);
  });

  it('src A (answers after 200 ms), then B (after 700 ms): A, superseded, is aborted or ignored; the widgets end with B', async () => {
    const a = slow('page', 200);
    const b = slow('second', 700);
    const record = watch(page, provider);

    provider.src = a;
    await delay(50);
    provider.src = b;
    await answered(page, b);
    await waitFor(() => record.loads.length > 0, 'B never loaded');
    await delay(100);
    record.stop();

    expect(record.loads).to.deep.equal([b]);
    expect(expectStory(provider, STORIES.second)).to.equal(3);
    expect(
      [...record.seen].filter((fact) => Object.values(STORIES.page).includes(fact)),
      "A's facts ever shown",
    ).to.deep.equal([]);
  });

  it('src A, B, then A again before either answers: ends with A', async () => {
    const a = slow('page', 400);
    const b = slow('second', 100);
    const record = watch(page, provider);

    provider.src = a;
    await delay(20);
    provider.src = b;
    await delay(20);
    provider.src = a;
    await waitFor(() => record.loads.length > 0, 'A never loaded', 5000);
    await delay(100);
    record.stop();

    expect(record.loads).to.deep.equal([a]);
    expect(expectStory(provider, STORIES.page)).to.equal(3);
  });

  it('the timeout is 10 s unless set (the property and custom-elements.json say so)', async () => {
    expect(provider.timeout).to.equal(10_000);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: {
        declarations?: { tagName?: string; attributes?: { name: string; default?: string; description?: string }[] }[];
      }[];
    };
    const timeout = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'coalition-data')
      ?.attributes?.find((attribute) => attribute.name === 'timeout');
    expect(timeout?.default).to.equal('10000');
    expect(timeout?.description).to.contain('milliseconds');
  });

  for (const value of ['soon', '0', '-5', 'NaN', '']) {
    it(`timeout="${value}" falls back to 10 s: a story answering after 500 ms still loads`, async () => {
      provider.setAttribute('timeout', value);
      const record = watch(page, provider);
      const src = slow('alt', 500);

      provider.src = src;
      await waitFor(() => record.loads.length + record.errors.length > 0, 'the story never loaded or failed', 5000);
      record.stop();

      expect(record.errors).to.deep.equal([]);
      expect(expectStory(provider, STORIES.alt)).to.equal(3);
    });
  }

  it('the default timeout waits longer than 2.5 s: a story answering then loads without a timeout attribute, and with each value that means the default', async () => {
    const values = [undefined, 'soon', '0', '-5', 'NaN', ''];
    const named = (value: string | undefined) => (value === undefined ? 'no timeout attribute' : `timeout="${value}"`);
    // One provider per value, all waiting at once: 2.5 s for the lot (5 s should the browser queue one).
    const providers = values.map((value) => {
      const provider = page.document.createElement('coalition-data') as Provider;
      if (value !== undefined) provider.setAttribute('timeout', value);
      provider.append(page.document.createElement('satellite-compare'));
      page.document.body.append(provider);
      return provider;
    });
    const settledProviders = () => providers.filter((provider) => !provider.state.loading).length;
    const started = performance.now();

    for (const provider of providers) provider.src = slow('alt', 2500);
    await delay(100);
    expect(settledProviders(), 'providers done loading after 100 ms').to.equal(0);
    await waitFor(() => settledProviders() === providers.length, 'the stories never loaded or failed', 9000);

    expect(performance.now() - started, 'ms until the stories arrived').to.be.at.least(2400);
    for (const [index, provider] of providers.entries()) {
      expect(provider.state.error, `the error with ${named(values[index])}`).to.equal(undefined);
      expect(expectStory(provider, STORIES.alt), `widgets showing the story with ${named(values[index])}`).to.equal(1);
    }
  });

  it('timeout="300" on a server that answers after 2 s: the error names the timeout, the last good story stays, and a later src still loads', async () => {
    provider.setAttribute('timeout', '300');
    const record = watch(page, provider);
    const late = slow('alt', 2000);

    const started = performance.now();
    provider.src = late;
    await waitFor(() => record.errors.length > 0, 'no error after the timeout', 3000);
    const took = record.errorTimes[0] - started;
    expect(took, 'ms until the error').to.be.within(250, 1500);
    expect(record.errors).to.deep.equal([
      `Could not load the story from "${late}": the server did not answer within 0.3 s (timeout="300").`,
    ]);
    expect(shownFact(widgetsIn(provider)[0]), 'the last good story').to.equal(STORIES.default['coalition-summary']);

    provider.removeAttribute('timeout');
    provider.src = slow('second', 0);
    await waitFor(() => record.loads.length > 0, 'the next src never loaded');
    record.stop();
    expect(expectStory(provider, STORIES.second)).to.equal(3);
  });
});
