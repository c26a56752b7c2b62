import type { Evidence, Story } from './story-schema.js';
import { isolate } from './format.js';
import { englishLocale, text, type Locale } from '../i18n/catalogue.js';

/** Who reported `evidence`, each once, by name as the story's `sources` give it: ["the report", "Bloomberg"]. */
export function reportersOf(story: Story, evidence: readonly Evidence[]): string[] {
  return [
    ...new Set(
      evidence.map(({ reportedBy }) => isolate(story.sources?.find(({ id }) => id === reportedBy)?.name ?? reportedBy)),
    ),
  ];
}

/** Whether `words` hold a quotation of their own (they then go in their language's other marks). */
export function holdsQuotation(words: string): boolean {
  return /["“”„«»]/.test(words);
}

/**
 * "Updated 12 April 2025", then "Correction (11 April 2025): …" for each correction, as published,
 * in the words of `locale` (English unless given); the correction's own text as the story has it.
 */
export function updateNotes({ updated, corrections = [] }: Story, locale: Locale = englishLocale): string[] {
  return [
    ...(updated ? [text(locale, 'updated', { date: locale.date(updated) })] : []),
    ...corrections.map((correction) =>
      text(locale, 'correction', { date: locale.date(correction.date), text: isolate(correction.text) }),
    ),
  ];
}
