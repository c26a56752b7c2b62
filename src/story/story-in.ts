import { kitLanguage } from '../i18n/language.js';
import { defaultStory } from './default-story.js';
import type { Story } from './story-schema.js';

// Each translation of the default story is a chunk of its own (chunks/story-<language>-<hash>.js, named
// in rollup.config.mjs), imported the first time the default story is asked for in its language; the
// English story is in the bundle. One import per language and page: the promise is kept.
const translations = {
  fr: () => import('./translations/default-story.fr.js'),
  de: () => import('./translations/default-story.de.js'),
  uk: () => import('./translations/default-story.uk.js'),
  pl: () => import('./translations/default-story.pl.js'),
};

/** The languages the default story is told in: English, and its translations. */
export type StoryLanguage = 'en' | keyof typeof translations;

/** The language of the default story for a BCP 47 tag: `fr-CA` → `fr`; a language it is not translated into, or none, → `en`. */
export function storyLanguage(tag: string): StoryLanguage {
  const language = kitLanguage(tag);
  return language in translations ? (language as StoryLanguage) : 'en';
}

const loaded = new Map<StoryLanguage, Story>([['en', defaultStory]]);
// The translations asked for, loaded or not. Exported for tests only (test/i18n/loading.test.ts): no
// other file imports it, so no build exports it.
export const loading = new Map<StoryLanguage, Promise<Story>>();

/** The default story in the language of `tag`, at once if it has loaded (English always has); else undefined. */
export function loadedStoryIn(tag: string): Story | undefined {
  return loaded.get(storyLanguage(tag));
}

/**
 * The default story in the language of `tag` (`fr`, `fr-CA`, `de-AT`, `uk`, `pl`), loading its translation
 * the first time; the English story for any other language. A copy of the kit without its chunks/
 * folder (or a failed request) gives the English story, as a kit without translations would.
 */
export function storyIn(tag: string): Promise<Story> {
  const language = storyLanguage(tag);
  const known = loaded.get(language);
  if (known) return Promise.resolve(known);
  let story = loading.get(language);
  if (!story) {
    story = translations[language as Exclude<StoryLanguage, 'en'>]()
      .then(
        (translation) => translation.story,
        () => defaultStory,
      )
      .then((ready) => (loaded.set(language, ready), ready));
    loading.set(language, story);
  }
  return story;
}
