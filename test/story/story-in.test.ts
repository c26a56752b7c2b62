import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defaultStory, parseStory, type Story } from '../../src/story/index.js';
import { loadedStoryIn, storyIn, storyLanguage } from '../../src/story/story-in.js';
import { loadStoryShownIn, storyShownIn } from '../../src/data/story-in-language.js';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';

describe('the default story in a language', () => {
  // First, before any test below loads the Ukrainian story (each test file has a page of its own).
  it('is there at once in English; a translation is there once it has loaded', async () => {
    expect(loadedStoryIn('en-US')).to.equal(defaultStory);
    expect(loadedStoryIn('uk')).to.equal(undefined);

    const loading = storyIn('uk-UA');
    expect(loadedStoryIn('uk')).to.equal(undefined);
    const story = await loading;

    expect(story.lang).to.equal('uk');
    expect(loadedStoryIn('uk')).to.equal(story);
  });

  const cases: [string, string][] = [
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['uk', 'uk'],
    ['pl', 'pl'],
    ['PL-pl', 'pl'],
    ['ja', 'en'],
    ['it', 'en'],
    ['xx-unknown', 'en'],
    ['', 'en'],
  ];
  for (const [tag, language] of cases) {
    it(`is told in ${language} for lang="${tag}"`, async () => {
      const story = await storyIn(tag);

      expect(storyLanguage(tag)).to.equal(language);
      expect(story.lang).to.equal(language);
      expect(loadedStoryIn(tag)).to.equal(story);
      if (language === 'en') expect(story).to.equal(defaultStory);
    });
  }

  it('loads each translation once per page: asking again gives the same story', async () => {
    const [first, second] = await Promise.all([storyIn('de'), storyIn('de-CH')]);

    expect(first).to.equal(second);
    expect(await storyIn('de-DE')).to.equal(first);
  });
});

describe('the story a widget shows in its language', () => {
  it('is the translated default story when the widget gets the default story', async () => {
    const shown = await loadStoryShownIn(defaultStory, 'fr-CA');

    expect(shown?.lang).to.equal('fr');
    expect(storyShownIn(defaultStory, 'fr-CA')).to.equal(shown);
    expect(storyShownIn(defaultStory, 'ja')).to.equal(defaultStory);
  });

  it('is the page’s own story, whatever its language, even a copy of the default story', async () => {
    const parsed = parseStory(structuredClone(defaultStory));
    const own = parsed.ok ? parsed.story : undefined;
    const french: Story = { ...defaultStory, lang: 'fr', headline: 'Notre propre récit' };

    expect(await loadStoryShownIn(own, 'de')).to.equal(own);
    expect(storyShownIn(own, 'de')).to.equal(own);
    expect(storyShownIn(french, 'uk')).to.equal(french);
    expect(storyShownIn(undefined, 'uk')).to.equal(undefined);
  });

  it('is translated for widgets of a <coalition-data> without a story of its own, not for one with a data property or inline JSON', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <coalition-data id="none"></coalition-data>
        <coalition-data id="inline"></coalition-data>
        <coalition-data id="data"></coalition-data>
      </div>
    `);
    const provider = (id: string) => page.querySelector<CoalitionData>(`#${id}`)!;
    const inline = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify(defaultStory),
    });
    provider('inline').append(inline);
    provider('data').data = defaultStory;
    await new Promise((resolve) => setTimeout(resolve)); // the slot tells of the inline story
    await Promise.all(['none', 'inline', 'data'].map((id) => provider(id).updateComplete));
    const shownIn = async (id: string, language: string) =>
      (await loadStoryShownIn(provider(id).state.story, language))?.lang ?? 'en';

    for (const id of ['none', 'inline', 'data']) {
      expect(provider(id).state.story?.headline, id).to.equal(defaultStory.headline);
    }
    expect(await shownIn('none', 'pl')).to.equal('pl');
    expect(await shownIn('inline', 'pl')).to.equal('en');
    expect(await shownIn('data', 'pl')).to.equal('en');
  });

  it('is the story of a src, whatever its language: dist/story.fr.json for a widget in German', async () => {
    const provider = await fixture<CoalitionData>(html`<coalition-data src="/dist/story.fr.json"></coalition-data>`);
    if (provider.state.loading) await oneEvent(provider, 'coalition-load');

    const shown = await loadStoryShownIn(provider.state.story, 'de');
    expect(shown?.lang).to.equal('fr');
    expect(shown).to.deep.equal(await storyIn('fr'));
  });
});
