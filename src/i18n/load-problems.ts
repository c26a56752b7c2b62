import type { Locale, ProblemMessages } from './catalogue.js';
import type { Language } from './language.js';

// The words for problems, per language, loaded with the first problem a widget in that language
// has: a page without mistakes never fetches them. Imported by the code that words problems (itself
// on demand), not by the bundle.
const problems: Record<Language, () => Promise<{ messages: Partial<ProblemMessages> }>> = {
  en: () => import('./problems/en.js'),
  fr: () => import('./problems/fr.js'),
  de: () => import('./problems/de.js'),
  uk: () => import('./problems/uk.js'),
  pl: () => import('./problems/pl.js'),
  it: () => import('./problems/it.js'),
  es: () => import('./problems/es.js'),
  nl: () => import('./problems/nl.js'),
  pt: () => import('./problems/pt.js'),
  sv: () => import('./problems/sv.js'),
  da: () => import('./problems/da.js'),
  fi: () => import('./problems/fi.js'),
  et: () => import('./problems/et.js'),
  lv: () => import('./problems/lv.js'),
  lt: () => import('./problems/lt.js'),
  cs: () => import('./problems/cs.js'),
  ro: () => import('./problems/ro.js'),
  ja: () => import('./problems/ja.js'),
};

const loading = new WeakMap<Locale, Promise<Locale>>();

/** Gives `locale` its words for problems (English filling any gap, key by key), once per page. */
export function loadProblems(locale: Locale): Promise<Locale> {
  let done = loading.get(locale);
  if (!done) {
    const english = problems.en();
    const own = locale.language === 'en' ? english : problems[locale.language]().catch(() => english);
    done = Promise.all([english, own]).then(([fallback, words]) => {
      locale.problems = { ...fallback.messages, ...words.messages };
      return locale;
    });
    loading.set(locale, done);
  }
  return done;
}
