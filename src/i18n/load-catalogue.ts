import { englishLocale, type Catalogue, type Locale } from './catalogue.js';
import type { Language } from './language.js';

// A language's Locale once made, or the promise of it while its catalogue loads: one import per page.
// Exported for tests only (a pseudo right-to-left language, test/i18n/right-to-left.test.ts); the
// kit's files import it nowhere else, so no build exports it.
export const locales: Partial<Record<Language, Locale | Promise<Locale>>> = { en: englishLocale };

// Each language's catalogue is a chunk of its own, imported the first time a widget on the page is in
// that language. The list is here, not in the chunk with the tables' code, so that both load at once:
// one request after the other took twice as long (bench: the first summary in French).
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

/**
 * The Locale of a language: at once when it has loaded, else the promise of it (loading its catalogue
 * the first time). A copy of the kit without its chunks/ folder (or a failed request) writes English,
 * as a kit without catalogues would.
 */
export function loadLocale(language: Language): Locale | Promise<Locale> {
  // The tables' code comes with the first catalogue: English needs none of it.
  return (locales[language] ??= Promise.all([
    import('./locale-from.js'),
    catalogues[language as Exclude<Language, 'en'>](),
  ]).then(
    ([{ localeFrom }, catalogue]) => (locales[language] = localeFrom(language, catalogue)),
    () => englishLocale,
  ));
}
