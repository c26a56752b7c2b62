// The story is told in British English: dates read "10 April 2025", counts "10,000", lists "A, B and C".
// Written out rather than with Intl, on purpose: a page's first Intl formatter loads ICU's locale
// data, which blocked Chromium's main thread for 100–260 ms under Lighthouse's mobile CPU throttling
// (25–65 ms unthrottled) and was the largest single cost of the kit's start-up. The kit formats one
// language only, and test/story/format.test.ts checks these against Intl's en-GB output.
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-04-10" → "10 April 2025" (a calendar date: no time zone involved). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

/** 10000 → "10,000"; 14.6 → "14.6". */
export function formatCount(count: number): string {
  const [whole, fraction] = (Number.isInteger(count) ? BigInt(count).toString() : String(count)).split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction ? `.${fraction}` : '');
}

/** ["A", "B", "C"] → "A, B and C"; with `most` 1: "A and 2 more". */
export function formatList(items: readonly string[], most = items.length): string {
  const shown = items.length > most ? [...items.slice(0, most), `${items.length - most} more`] : items;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * Story text, or an attribute value, set apart (FSI … PDI) inside a sentence of the kit's own, so
 * that its direction, and any override left open in it, stop where it ends: "France\u202E (17)"
 * cannot read "(71)". Isolates of its own are dropped (a stray PDI would close ours early). Plain
 * ASCII holds no right-to-left letter and no direction control, and is laid out the same either
 * way: it is left as it is (telling right-to-left letters from others would cost the bundle a table
 * of Unicode ranges).
 */
export function isolate(text: string): string {
  return /[^\t-~]/.test(text) ? `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069` : text;
}

/** "the United States", "the United Kingdom", but "France". */
export function withArticle(countryName: string): string {
  return /^(United|Netherlands|Philippines|Czech Republic)\b/.test(countryName) ? `the ${countryName}` : countryName;
}

/**
 * "Political backing", in a story in `lang`, as it reads inside a sentence: "political backing" (but
 * "NATO" stays, and German keeps the capital its nouns need: "Austausch", "Überwachung").
 */
export function inSentence(item: string, lang = 'en'): string {
  return /^\p{Lu}\p{Ll}/u.test(item) && !/^de\b/i.test(lang) ? item[0].toLowerCase() + item.slice(1) : item;
}

/** A country's note on its figure, as a line in the story's language: "* United Kingdom: …", "* Royaume-Uni : …". */
export function noteLine(name: string, note: string, lang = 'en'): string {
  return `* ${name}${/^fr\b/i.test(lang) ? '\u00a0' : ''}: ${note}`;
}
