// Widgets are moved around by page scripts (tabs, carousels, CMS previews): the story follows.
import { expect } from '@open-wc/testing';
import { $, closePages, expectStory, loadPage, shownFact, STORIES } from '../support/pages.js';
import { waitFor } from '../support/waiting.js';

describe('embedding: moving widgets in and out of a provider', () => {
  afterEach(closePages);

  it("a quote card moved out of a provider shows the default story, and the provider's again when moved back", async () => {
    const { document: doc } = await loadPage('/test/fixtures/pages/moving.html');
    const card = $(doc, '#moving-card');
    expect(shownFact(card), 'inside the alt provider').to.equal(STORIES.alt['quote-card']);

    $(doc, '#sidebar').append(card);
    await waitFor(
      () => shownFact(card) === STORIES.default['quote-card'],
      `moved out, the card still shows "${shownFact(card)}"`,
    ).catch(() => undefined);
    expect(shownFact(card), 'moved outside any provider').to.equal(STORIES.default['quote-card']);

    $(doc, '#alt-provider').append(card);
    await waitFor(() => shownFact(card) === STORIES.alt['quote-card'], 'moved back').catch(() => undefined);
    expect(shownFact(card), 'moved back into the alt provider').to.equal(STORIES.alt['quote-card']);
  });

  it('widgets already rendered with the default story switch when a script wraps them in a new <coalition-data src>', async () => {
    const { document: doc, window: win } = await loadPage('/test/fixtures/pages/moving.html');
    const box = $(doc, '#to-wrap');
    expect(expectStory(box, STORIES.default)).to.equal(2);

    const provider = doc.createElement('coalition-data');
    provider.setAttribute('src', '/test/fixtures/stories/second.json');
    box.before(provider);
    provider.append(box);
    await waitFor(
      () => shownFact($(doc, '#to-wrap satellite-compare')) === STORIES.second['satellite-compare'],
      'wrapped',
    ).catch(() => undefined);

    expect(expectStory(box, STORIES.second)).to.equal(2);
    expect(win.__messages).to.deep.equal([]);
  });
});
