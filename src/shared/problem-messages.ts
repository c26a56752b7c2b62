import { text, type Locale } from '../i18n/catalogue.js';
import { loadProblems } from '../i18n/load-problems.js';
import { isolate } from '../story/format.js';
import { unknownNameHelp } from '../story/suggest.js';
import type { Problem } from './attributes.js';

// Loaded on demand, by the first widget with a problem of its own: a page without mistakes never needs it.

const listed = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Says what is wrong with an attribute, and what would work, in the words of `locale` (loaded here once per language). */
export async function wordsFor(locale: Locale): Promise<(problem: Problem) => string> {
  await loadProblems(locale);
  return (problem) => describeProblem(problem, locale);
}

/** What is wrong with an attribute, and what would work; `locale`'s words for problems must have loaded. */
export function describeProblem([attribute, value, known = []]: Problem, locale: Locale): string {
  const named = isolate(`${attribute}="${value}"`);
  switch (attribute) {
    case 'story-link':
      return text(locale, 'notWebAddress', { named: `story-link="${value}"` });
    case 'quote':
      return value
        ? text(locale, 'unknownQuote', { named, help: unknownNameHelp(value, known, locale) })
        : text(locale, 'noQuote', { known: listed(known) });
    case 'highlight':
      return text(locale, 'unknownHighlight', { named, help: unknownNameHelp(value, known, locale) });
    default:
      return text(locale, 'unsupported', { named, known: listed(known) });
  }
}
