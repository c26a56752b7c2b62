import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defaultStory, type Story } from '../../src/story/index.js';
import type { CoalitionData, CoalitionErrorEvent, QuoteCard, StoryLoadEvent } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import { watchProblems } from '../support/problems.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { forEachRendering, renderMarkup, type CopyFate } from '../support/rendering.js';

function storyWith(change: (story: Story) => void): Story {
  const story = structuredClone(defaultStory);
  change(story);
  return story;
}

const thirtyOne = storyWith((story) => (story.coalition.participantCount = 31));
const otherQuote = storyWith((story) => (story.quotes[0].text = 'A different quote.'));

/** Answers story fetches from the test, in the order the test chooses. */
function holdFetches() {
  const realFetch = window.fetch;
  const pending = new Map<string, (response: Response) => void>();
  window.fetch = (input: RequestInfo | URL) =>
    new Promise<Response>((resolve) => pending.set(input instanceof Request ? input.url : input.toString(), resolve));
  return {
    /** Answers the request for `urlEnd` once it is made (the loader is a file fetched on first use). */
    async answer(urlEnd: string, body: unknown) {
      const requested = () => [...pending.keys()].find((key) => key.endsWith(urlEnd));
      for (let tries = 0; !requested() && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      const url = requested();
      expect(url, `a request for ${urlEnd}`).to.be.a('string');
      pending.get(url!)!(new Response(JSON.stringify(body), { status: 200 }));
    },
    restore: () => (window.fetch = realFetch),
  };
}

describe('<coalition-data>', () => {
  const problems = watchProblems();

  it('fetches a story from src and fires coalition-load', async () => {
    const data = document.createElement('coalition-data');
    data.src = '/dist/story.json';
    const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');
    await fixture(html`<div>${data}</div>`);

    const event = await loaded;

    expect(event.detail.source).to.equal('/dist/story.json');
    expect(event.detail.story.satellites.countries[0].count).to.equal(249);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('says what the server answered when src fails', async () => {
    const data = document.createElement('coalition-data');
    data.src = '/test/fixtures/no-such-story.json';
    const failed = oneEvent<CoalitionErrorEvent>(data, 'coalition-error');
    await fixture(html`<div>${data}</div>`);

    const event = await failed;

    expect(event.detail.message).to.equal(
      'Could not load the story from "/test/fixtures/no-such-story.json": the server answered 404 Not Found.',
    );
  });

  it('says so when src is not JSON', async () => {
    const data = document.createElement('coalition-data');
    data.src = '/test/fixtures/not-json.json';
    const failed = oneEvent<CoalitionErrorEvent>(data, 'coalition-error');
    await fixture(html`<div>${data}</div>`);

    expect((await failed).detail.message).to.match(
      /^Could not load the story from "\/test\/fixtures\/not-json\.json": it is not valid JSON \(.+\)\.$/,
    );
  });

  it('fetches a URL once however many elements use it', async () => {
    const fetches = holdFetches();
    try {
      const [first, second] = await Promise.all([
        fixture<CoalitionData>(html`<coalition-data src="/stories/shared.json"></coalition-data>`),
        fixture<CoalitionData>(html`<coalition-data src="/stories/shared.json"></coalition-data>`),
      ]);
      const loaded = Promise.all([
        oneEvent<StoryLoadEvent>(first, 'coalition-load'),
        oneEvent<StoryLoadEvent>(second, 'coalition-load'),
      ]);

      await fetches.answer('/stories/shared.json', thirtyOne);
      await loaded;

      expect(first.state.story).to.deep.equal(thirtyOne);
      expect(second.state.story).to.deep.equal(thirtyOne);
    } finally {
      fetches.restore();
    }
  });

  // With widgets in it: each test runs with the widgets written as tags, then as the `prerender`
  // command writes them (pre-rendered from the story the page gives them), which the kit hydrates.
  forEachRendering((rendering) => {
    /** What becomes of a copy of the story a widget is given, and of a copy of another story. */
    const current: CopyFate = rendering === 'client-rendered' ? 'no copy' : 'kept (hydrated)';
    const stale: CopyFate = rendering === 'client-rendered' ? 'no copy' : 'drawn anew';
    // The kit asks for a story URL once per page: each run asks for its own.
    const run = `?run=${rendering.replace(/\W+/g, '-')}`;

    it('provides the default story when given no source', async () => {
      const { root, copyOf } = await renderMarkup(
        '<coalition-data><quote-card quote="healey-planning"></quote-card></coalition-data>',
      );
      const data = root.querySelector('coalition-data')!;
      const card = data.querySelector('quote-card')!;

      expect(data.state.story).to.deep.equal(defaultStory);
      expect(shownText(card)).to.include('Our planning is real and substantial.');
      expect(copyOf(card)).to.equal(current);
    });

    it('provides a story set as the data property, and re-renders when it changes', async () => {
      const { root, copyOf } = await renderMarkup(
        '<coalition-data><quote-card quote="healey-planning"></quote-card></coalition-data>',
        { beforeConnect: (root) => (root.querySelector('coalition-data')!.data = otherQuote) },
      );
      const data = root.querySelector('coalition-data')!;
      const card = data.querySelector<QuoteCard>('quote-card')!;
      expect(shownText(card)).to.include('A different quote.');
      expect(copyOf(card), 'a copy of the default story').to.equal(stale);

      data.data = defaultStory;
      await data.updateComplete;
      await card.updateComplete;

      expect(shownText(card)).to.include('Our planning is real and substantial.');
      expect(shownText(card)).not.to.include('A different quote.');
    });

    it('reads a story from a child <script type="application/json">, even one added after upgrade', async () => {
      const { root, copyOf } = await renderMarkup(
        '<coalition-data><satellite-compare></satellite-compare></coalition-data>',
      );
      const data = root.querySelector('coalition-data')!;
      const chart = data.querySelector('satellite-compare')!;
      expect(copyOf(chart)).to.equal(current);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(storyWith((story) => (story.satellites.countries[0].count = 250)));
      const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');

      data.append(script);
      await loaded;
      await chart.updateComplete;

      expect(shownText(chart)).to.include('250');
      expect(shownText(chart)).not.to.include('249');
    });

    it('shows a story written inline as JSON', async () => {
      const { root, copyOf } = await renderMarkup(`
        <coalition-data>
          <script type="application/json">${JSON.stringify(thirtyOne)}</script>
          <coalition-summary layout="compact"></coalition-summary>
        </coalition-data>`);
      const summary = root.querySelector('coalition-summary')!;

      expect(shownText(part(summary, 'figures'))).to.include('31');
      expect(copyOf(summary)).to.equal(current);
    });

    it('keeps the last good story and shows an error when new data is invalid', async () => {
      const { root } = await renderMarkup('<coalition-data><coalition-summary></coalition-summary></coalition-data>', {
        beforeConnect: (root) => (root.querySelector('coalition-data')!.data = thirtyOne),
      });
      const data = root.querySelector('coalition-data')!;
      const summary = data.querySelector('coalition-summary')!;
      const failed = oneEvent<CoalitionErrorEvent>(data, 'coalition-error');

      data.data = { schemaVersion: 1 };
      const event = await failed;
      await data.updateComplete;
      await summary.updateComplete;

      expect(event.detail.message).to.include('The data property is not a valid story: story.headline: missing');
      expect(data.state.story).to.deep.equal(thirtyOne);
      expect(shownText(summary)).to.include('31');
      expect(shownText(part(summary, 'error'))).to.include('story.headline: missing');
      expect(isVisible(part(data, 'error'))).to.equal(true);
      expect(problems.warnings, 'console warnings').to.have.length(1);
      expect(problems.kitWarnings()[0]).to.match(
        /^\[coalition-widgets\] <coalition-data>: The data property is not a valid story/,
      );
    });

    it('ends with the story of the latest src when an earlier one answers last', async () => {
      const fetches = holdFetches();
      try {
        const { root, copyOf } = await renderMarkup(
          `<coalition-data src="/stories/a.json${run}"><quote-card quote="healey-planning"></quote-card></coalition-data>`,
        );
        const data = root.querySelector('coalition-data')!;
        const card = data.querySelector<QuoteCard>('quote-card')!;
        data.src = `/stories/b.json${run}`;
        await data.updateComplete;
        const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');

        await fetches.answer(`/stories/b.json${run}`, otherQuote);
        await loaded;
        await fetches.answer(`/stories/a.json${run}`, defaultStory);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await card.updateComplete;

        expect(data.state.story).to.deep.equal(otherQuote);
        expect(shownText(card)).to.include('A different quote.');
        // The command could not read /stories/a.json: its copy shows the error, and gives way.
        expect(copyOf(card)).to.equal(stale);
      } finally {
        fetches.restore();
      }
    });

    it('keeps a copy on screen while its story loads, then hydrates it', async () => {
      const fetches = holdFetches();
      try {
        const { root, copyOf } = await renderMarkup(
          `<coalition-data src="/dist/story.json${run}"><quote-card quote="healey-post"></quote-card></coalition-data>`,
          { settle: false },
        );
        const data = root.querySelector('coalition-data')!;
        const card = data.querySelector<QuoteCard>('quote-card')!;
        // Client-rendered, the card shows its fallback (none here) until the story comes.
        const whileLoading = shownText(card);
        const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');

        await fetches.answer(`/dist/story.json${run}`, defaultStory);
        await loaded;
        await card.updateComplete;

        expect(whileLoading.includes('We stand by Ukraine in the fight')).to.equal(rendering !== 'client-rendered');
        expect(shownText(card)).to.include('We stand by Ukraine in the fight');
        expect(copyOf(card)).to.equal(current);
      } finally {
        fetches.restore();
      }
    });

    it('with the page attribute, gives its story to widgets outside any <coalition-data>', async () => {
      const { root, copyOf } = await renderMarkup(
        '<coalition-data page></coalition-data><coalition-summary layout="compact"></coalition-summary>',
        { beforeConnect: (root) => (root.querySelector('coalition-data')!.data = thirtyOne) },
      );
      const pageData = root.querySelector('coalition-data')!;
      const summary = root.querySelector('coalition-summary')!;
      expect(shownText(summary)).to.include('31');
      expect(copyOf(summary), 'a copy of the default story').to.equal(stale);

      pageData.remove();
      await summary.updateComplete;

      expect(shownText(summary)).to.include('30');
      expect(shownText(summary)).not.to.include('31');
    });

    it('re-renders only the widgets that show what changed', async () => {
      const { root, copyOf } = await renderMarkup(`
        <coalition-data>
          <quote-card quote="healey-planning"></quote-card>
          <quote-card quote="healey-post"></quote-card>
          <satellite-compare></satellite-compare>
          <coalition-summary></coalition-summary>
        </coalition-data>`);
      const data = root.querySelector('coalition-data')!;
      const widgets = [...data.children] as (HTMLElement & {
        update(changed: unknown): void;
        updateComplete: Promise<unknown>;
      })[];
      expect(widgets.map(copyOf)).to.deep.equal([current, current, current, current]);
      const updates = new Map<Element, number>(widgets.map((widget) => [widget, 0]));
      for (const widget of widgets) {
        const update = widget.update.bind(widget);
        widget.update = (changed) => {
          updates.set(widget, updates.get(widget)! + 1);
          update(changed);
        };
      }

      data.data = storyWith((story) => (story.quotes[0].text = 'A different quote.'));
      await data.updateComplete;
      await Promise.all(widgets.map((widget) => widget.updateComplete));

      expect(widgets.map((widget) => updates.get(widget))).to.deep.equal([1, 0, 0, 0]);
      expect(shownText(widgets[0])).to.include('A different quote.');
    });
  });
});
