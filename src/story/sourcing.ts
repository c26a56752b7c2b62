import type { Evidence, Story } from './story-schema.js';
import { formatDate, isolate } from './format.js';

/** Who reported `evidence`, each once, by name as the story's `sources` give it: ["the report", "Bloomberg"]. */
export function reportersOf(story: Story, evidence: readonly Evidence[]): string[] {
  return [
    ...new Set(
      evidence.map(({ reportedBy }) => isolate(story.sources?.find(({ id }) => id === reportedBy)?.name ?? reportedBy)),
    ),
  ];
}

/** "Updated 12 April 2025", then "Correction (11 April 2025): …" for each correction, as published. */
export function updateNotes({ updated, corrections = [] }: Story): string[] {
  return [
    ...(updated ? [`Updated ${formatDate(updated)}`] : []),
    ...corrections.map(({ date, text }) => `Correction (${formatDate(date)}): ${isolate(text)}`),
  ];
}
