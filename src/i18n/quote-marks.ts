import type { Language } from './language.js';

/**
 * The quotation marks round quoted words, by the words' language (not the page's): French with the
 * narrow no-break spaces inside its guillemets, German „ “, Polish „ ”, Ukrainian « », and so on for
 * every language the kit writes; English's for any other. The card (its CSS), the copied citation
 * and the image draw the same marks.
 */
export const quoteMarks: Record<Language, string> = {
  en: '“”',
  fr: '«\u202f\u202f»',
  de: '„“',
  uk: '«»',
  pl: '„”',
  it: '«»',
  es: '«»',
  nl: '‘’',
  pt: '“”',
  sv: '””',
  da: '»«',
  fi: '””',
  et: '„“',
  lv: '“”',
  lt: '„“',
  cs: '„“',
  ro: '„”',
  ja: '「」',
};

/** The opening and closing marks for words in `lang` (a BCP 47 tag: `fr-CA` is French). */
export function marksFor(lang: string): [string, string] {
  const marks = quoteMarks[lang.split('-')[0].toLowerCase() as Language] ?? quoteMarks.en;
  const half = marks.length / 2;
  return [marks.slice(0, half), marks.slice(half)];
}

/** `text` in the quotation marks of `lang`. */
export function inMarks(text: string, lang: string): string {
  const [open, close] = marksFor(lang);
  return `${open}${text}${close}`;
}
