import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defaultStory, type Story } from '../../src/story/index.js';
import type { CoalitionData, CoalitionErrorEvent, QuoteCard, StoryLoadEvent } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import { watchProblems } from '../support/problems.js';
import { isVisible, part, shownText } from '../support/reading.js';

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

  it('provides the default story when given no source', async () => {
    const data = await fixture<CoalitionData>(
      html`<coalition-data><quote-card quote="healey-planning"></quote-card></coalition-data>`,
    );
    const card = data.querySelector('quote-card')!;
    await card.updateComplete;

    expect(data.state.story).to.deep.equal(defaultStory);
    expect(shownText(card)).to.include('Our planning is real and substantial.');
  });

  it('provides a story set as the data property, and re-renders when it changes', async () => {
    const data = await fixture<CoalitionData>(
      html`<coalition-data .data=${otherQuote}><quote-card quote="healey-planning"></quote-card></coalition-data>`,
    );
    const card = data.querySelector<QuoteCard>('quote-card')!;
    await card.updateComplete;
    expect(shownText(card)).to.include('A different quote.');

    data.data = defaultStory;
    await data.updateComplete;
    await card.updateComplete;

    expect(shownText(card)).to.include('Our planning is real and substantial.');
  });

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

  it('reads a story from a child <script type="application/json">, even one added after upgrade', async () => {
    const data = await fixture<CoalitionData>(
      html`<coalition-data><satellite-compare></satellite-compare></coalition-data>`,
    );
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(storyWith((story) => (story.satellites.countries[0].count = 250)));
    const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');

    data.append(script);
    await loaded;
    const chart = data.querySelector('satellite-compare')!;
    await chart.updateComplete;

    expect(shownText(chart)).to.include('250');
  });

  it('keeps the last good story and shows an error when new data is invalid', async () => {
    const data = await fixture<CoalitionData>(
      html`<coalition-data .data=${thirtyOne}><coalition-summary></coalition-summary></coalition-data>`,
    );
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

  it('ends with the story of the latest src when an earlier one answers last', async () => {
    const fetches = holdFetches();
    try {
      const data = await fixture<CoalitionData>(
        html`<coalition-data src="/stories/a.json"><quote-card quote="healey-planning"></quote-card></coalition-data>`,
      );
      data.src = '/stories/b.json';
      await data.updateComplete;
      const loaded = oneEvent<StoryLoadEvent>(data, 'coalition-load');

      await fetches.answer('/stories/b.json', otherQuote);
      await loaded;
      await fetches.answer('/stories/a.json', defaultStory);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const card = data.querySelector<QuoteCard>('quote-card')!;
      await card.updateComplete;

      expect(data.state.story).to.deep.equal(otherQuote);
      expect(shownText(card)).to.include('A different quote.');
    } finally {
      fetches.restore();
    }
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

  it('with the page attribute, gives its story to widgets outside any <coalition-data>', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <coalition-data page .data=${thirtyOne}></coalition-data>
        <coalition-summary layout="compact"></coalition-summary>
      </div>
    `);
    const pageData = page.querySelector('coalition-data')!;
    const summary = page.querySelector('coalition-summary')!;
    await pageData.updateComplete;
    await summary.updateComplete;
    expect(shownText(summary)).to.include('31');

    pageData.remove();
    await summary.updateComplete;

    expect(shownText(summary)).to.include('30');
    expect(shownText(summary)).not.to.include('31');
  });

  it('re-renders only the widgets that show what changed', async () => {
    const data = await fixture<CoalitionData>(html`
      <coalition-data .data=${defaultStory}>
        <quote-card quote="healey-planning"></quote-card>
        <quote-card quote="healey-post"></quote-card>
        <satellite-compare></satellite-compare>
        <coalition-summary></coalition-summary>
      </coalition-data>
    `);
    const widgets = [...data.children] as (HTMLElement & {
      update(changed: unknown): void;
      updateComplete: Promise<unknown>;
    })[];
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
