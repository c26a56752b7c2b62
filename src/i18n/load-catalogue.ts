import { englishLocale, type Locale } from './catalogue.js';
import type { Language } from './language.js';

// A language's Locale once made, or the promise of it while its catalogue loads: one import per page.
// Exported for tests only (a pseudo right-to-left language, test/i18n/right-to-left.test.ts); the
// kit's files import it nowhere else, so no build exports it.
export const locales: Partial<Record<Language, Locale | Promise<Locale>>> = { en: englishLocale };

/**
 * The Locale of a language: at once when it has loaded, else the promise of it (loading its catalogue
 * the first time). A copy of the kit without its chunks/ folder (or a failed request) writes English,
 * as a kit without catalogues would.
 */
export function loadLocale(language: Language): Locale | Promise<Locale> {
  // Which file holds which language, and the tables' code, come with the first catalogue: English needs neither.
  return (locales[language] ??= import('./locale-from.js')
    .then(({ loadCatalogue }) => loadCatalogue(language as Exclude<Language, 'en'>))
    .then(
      (locale) => (locales[language] = locale),
      () => englishLocale,
    ));
}
