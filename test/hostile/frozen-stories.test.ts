// Frozen data (issue 13): a coalition-load listener that changes event.detail.story, or code that
// changes a provider's state, cannot change what other widgets, other providers or the default
// story show. An app's own object given as `data` stays the app's: the kit keeps a copy.
import { expect } from '@open-wc/testing';
import { $, STORIES, closePages, expectStory, shownFact, widgetsIn } from '../support/pages.js';
import { loadPage, type RecordedPage } from '../support/pages.js';
import type { Story } from '../../src/story/index.js';
import { HOSTILE, outcomeOf, rendered, storyWith, type Provider } from './round-two.js';

const PAGE = `${HOSTILE}/limits.html`;

/** Tries to change every part of a story in place; returns how many changes took. */
function tamper(story: Story): number {
  const attempts: (() => void)[] = [
    () => (story.headline = 'Tampered'),
    () => (story.coalition.participantCount = 99),
    () => (story.quotes[0].text = 'Tampered words.'),
    () => story.quotes.splice(0, 1),
    () => (story.satellites.countries[0].count = 1),
    () => story.objectives.push({ id: 'tampered', title: 'Tampered', text: 'Tampered' }),
  ];
  let took = 0;
  for (const attempt of attempts) {
    try {
      attempt();
      took += 1;
    } catch {
      /* a frozen story refuses, in strict mode by throwing */
    }
  }
  return took;
}

describe('hostile listeners: a story handed out cannot be changed in place', function () {
  this.timeout(15_000);
  let page: RecordedPage;
  let provider: Provider;
  let other: Provider;

  beforeEach(async () => {
    page = await loadPage(PAGE);
    provider = $(page.document, '#provider') as Provider;
    other = $(page.document, '#other') as Provider;
  });
  afterEach(closePages);

  it('a coalition-load listener that changes the default story changes nothing anyone sees', async () => {
    let took = -1;
    const fresh = page.document.createElement('coalition-data') as Provider;
    fresh.innerHTML = '<coalition-summary layout="compact"></coalition-summary>';
    fresh.addEventListener('coalition-load', (event) => {
      took = tamper((event as CustomEvent<{ story: Story }>).detail.story);
    });

    page.document.body.append(fresh);
    await rendered(page);
    // A provider added afterwards starts from the default story too.
    const later = page.document.createElement('coalition-data');
    later.innerHTML = '<quote-card quote="healey-planning"></quote-card><satellite-compare></satellite-compare>';
    page.document.body.append(later);
    await rendered(page);

    expect(took, 'changes that took').to.equal(0);
    expect(expectStory(page.document.body, STORIES.default), 'every widget on the page').to.equal(11);
    expect(fresh.state.story!.headline).to.equal('Coalition of the Willing meets at NATO Headquarters');
  });

  it('a listener that changes a story from src cannot change it for another provider of the same src', async () => {
    const src = '/test/fixtures/stories/alt.json';
    let took = -1;
    provider.addEventListener('coalition-load', (event) => {
      took = tamper((event as CustomEvent<{ story: Story }>).detail.story);
    });

    await outcomeOf(provider, () => (provider.src = src));
    await outcomeOf(other, () => (other.src = src));
    await rendered(page);

    expect(took, 'changes that took').to.equal(0);
    expect(expectStory(provider, STORIES.alt)).to.equal(3);
    expect(expectStory(other, STORIES.alt)).to.equal(2);
  });

  it("changing the provider's state.story in place changes nothing", async () => {
    await outcomeOf(provider, () => (provider.src = '/test/fixtures/stories/second.json'));

    const took = tamper(provider.state.story!);
    (provider as Provider & { requestUpdate(): void }).requestUpdate();
    await rendered(page);

    expect(took).to.equal(0);
    expect(expectStory(provider, STORIES.second)).to.equal(3);
  });

  it("the app's own object given as data stays the app's to change, and changing it later shows nothing", async () => {
    const mine = storyWith((story) => (story.coalition.participantCount = 45));

    await outcomeOf(provider, () => (provider.data = mine));
    await rendered(page);
    mine.coalition.participantCount = 46;
    mine.headline = 'Changed by the app';
    (provider as Provider & { requestUpdate(): void }).requestUpdate();
    await rendered(page);

    expect(Object.isFrozen(mine), 'the app object is not frozen').to.equal(false);
    expect(mine.coalition.participantCount).to.equal(46);
    expect(shownFact(widgetsIn(provider)[0]), 'the widget shows the story as given').to.equal('45');
  });
});
