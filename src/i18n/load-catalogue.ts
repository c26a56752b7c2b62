import { englishLocale, type Catalogue, type Locale } from './catalogue.js';
import type { Language } from './language.js';

// Each language's catalogue is a chunk of its own, imported the first time a widget on the page is in
// that language; English is in the bundle. One import per language and page: the promise is kept.
const catalogues: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  fr: () => import('./catalogues/fr.js'),
  de: () => import('./catalogues/de.js'),
  uk: () => import('./catalogues/uk.js'),
  pl: () => import('./catalogues/pl.js'),
  it: () => import('./catalogues/it.js'),
  es: () => import('./catalogues/es.js'),
  nl: () => import('./catalogues/nl.js'),
  pt: () => import('./catalogues/pt.js'),
  sv: () => import('./catalogues/sv.js'),
  da: () => import('./catalogues/da.js'),
  fi: () => import('./catalogues/fi.js'),
  et: () => import('./catalogues/et.js'),
  lv: () => import('./catalogues/lv.js'),
  lt: () => import('./catalogues/lt.js'),
  cs: () => import('./catalogues/cs.js'),
  ro: () => import('./catalogues/ro.js'),
  ja: () => import('./catalogues/ja.js'),
};

const loading = new Map<Language, Promise<Locale>>();
const loaded = new Map<Language, Locale>([['en', englishLocale]]);

/** The Locale of a language already loaded, at once; undefined while it is not. */
export function loadedLocale(language: Language): Locale | undefined {
  return loaded.get(language);
}

/**
 * The Locale of a language, loading its catalogue the first time. A copy of the kit without its
 * chunks/ folder (or a failed request) writes English, as a kit without catalogues would.
 */
export function loadLocale(language: Language): Promise<Locale> {
  const known = loaded.get(language);
  if (known) return Promise.resolve(known);
  let locale = loading.get(language);
  if (!locale) {
    // The tables' code comes with the first catalogue, in parallel: English needs none of it.
    locale = Promise.all([catalogues[language as Exclude<Language, 'en'>](), import('./locale-from.js')]).then(
      ([catalogue, { localeFrom }]) => localeFrom(language, catalogue),
      () => englishLocale,
    );
    loading.set(
      language,
      locale.then((ready) => (loaded.set(language, ready), ready)),
    );
  }
  return loading.get(language)!;
}
