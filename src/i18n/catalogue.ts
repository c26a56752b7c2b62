import { formatCount, formatDate, formatList, withArticle } from '../story/format.js';
import { messages as english } from './catalogues/en.js';
import type { messages as englishProblems } from './problems/en.js';
import type { Language } from './language.js';

/** The interface's words: src/i18n/catalogues/<language>.ts. */
export type MessageKey = keyof typeof english;
/** The words for what is wrong: src/i18n/problems/<language>.ts, loaded only when something is. */
export type ProblemKey = keyof typeof englishProblems;
export type PluralCategory = Intl.LDMLPluralRule;
/** A message that depends on a number: one form per plural category of the language, `other` always. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };
export type Message = string | PluralForms;
export type Messages = Record<MessageKey, Message>;
export type ProblemMessages = Record<ProblemKey, Message>;

/**
 * How a language writes numbers, dates and lists, as tables rather than Intl formatters: a page's
 * first Intl formatter loads ICU's locale data (README, "Languages", has the figures). Checked
 * against each browser's Intl output by test/i18n/format.test.ts.
 */
export interface Formats {
  /** The plural category of a count (CLDR's rules, for whole numbers and one decimal). */
  plural(count: number): PluralCategory;
  /** Group separator, decimal sign, and how many digits a number needs above the first group to be grouped (2: "1000" but "10 000"). */
  number: readonly [group: string, decimal: string, minimumGrouping?: number];
  /** '{min}–{max}'. */
  range: string;
  /** The month names as a date writes them ("avril", "квітня"; "4" in Japanese). */
  months: readonly string[];
  /** '{day} {month} {year}'. */
  date: string;
  /** Between two items of a list, and before the last one (which it may depend on: Spanish "y" or "e"). */
  list: readonly [between: string, last: string | ((last: string) => string)];
}

/** A language's catalogue: its own module (src/i18n/catalogues/<language>.ts), loaded on demand. */
export interface Catalogue {
  messages: Messages;
  formats: Formats;
}

/** Everything a widget writes with, in one language. */
export interface Locale {
  readonly language: Language;
  /** The catalogue's messages; a key it lacks is taken from English. */
  readonly messages: Partial<Messages>;
  /** The words for problems, once loaded (src/i18n/load-problems.ts), English filling any gap. */
  problems?: Partial<ProblemMessages>;
  plural(count: number): PluralCategory;
  count(count: number): string;
  range(min: number, max: number): string;
  /** "2025-04-10" in the language's long form. */
  date(isoDate: string): string;
  /** A list joined with the language's "and"; past `most` items, "{count} more". */
  list(items: readonly string[], most?: number): string;
  /** A country's name as a sentence uses it: "the United States" in English, the name as it is elsewhere. */
  country(name: string): string;
}

/** English: today's code path (src/story/format.ts), in the bundle; no Intl, no tables. */
export const englishLocale: Locale = {
  language: 'en',
  messages: english,
  plural: (count) => (count === 1 ? 'one' : 'other'),
  count: formatCount,
  range: (min, max) => `${formatCount(min)}–${formatCount(max)}`,
  date: formatDate,
  list: formatList,
  country: withArticle,
};

export type Values = Record<string, unknown>;

/**
 * A message in pieces, its placeholders filled: numbers formatted, anything else (text, a Lit
 * template) as it is, for a template to render. `values.count` chooses the plural form.
 */
export function parts(locale: Locale, key: MessageKey | ProblemKey, values: Values = {}): unknown[] {
  const message: Message =
    (locale.messages as Partial<Record<string, Message>>)[key] ??
    (english as Partial<Record<string, Message>>)[key] ??
    locale.problems?.[key as ProblemKey] ??
    key;
  const form = typeof message === 'string' ? message : (message[locale.plural(Number(values.count))] ?? message.other);
  return form.split(/\{(\w+)\}/).map((piece, index) => {
    const value = values[piece];
    return index % 2 === 0 ? piece : typeof value === 'number' ? locale.count(value) : value;
  });
}

/** A message as text. */
export function text(locale: Locale, key: MessageKey | ProblemKey, values?: Values): string {
  return parts(locale, key, values).join('');
}
