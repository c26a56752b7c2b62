import type { SatelliteCount } from './story-schema.js';
import { formatCount, formatList, isolate, withArticle } from './format.js';

/** Countries the sentence compares the largest fleet with; "and N more" are in the chart. */
const MOST_COMPARED = 3;

/**
 * One sentence comparing the largest fleet with each of the next three, and "N more", saying whose
 * figures they are: "According to the report, the United States has 249 military satellites: about
 * 15 times as many as France (17) …". A count with a note is starred, as in the chart.
 */
export function describeSatellites(countries: readonly SatelliteCount[], reportedBy: readonly string[] = []): string {
  if (countries.length === 0) return 'No satellite figures are given.';
  const [largest, ...others] = [...countries].sort((a, b) => b.count - a.count);
  const subject = isolate(withArticle(largest.name));
  const lead = `${reportedBy.length ? `According to ${formatList(reportedBy)}, ${subject}` : capitalize(subject)} has ${formatCount(largest.count)} military satellites`;
  if (others.length === 0) return `${lead}.`;
  const comparisons = others.map(
    (other) =>
      `${compareCounts(largest.count, other.count)} ${isolate(withArticle(other.name))} (${formatCount(other.count)}${other.note ? '*' : ''})`,
  );
  return `${lead}: ${formatList(comparisons, MOST_COMPARED)}.`;
}

function compareCounts(larger: number, smaller: number): string {
  if (smaller === 0) return 'against none for';
  const ratio = larger / smaller;
  if (ratio < 1.05) return 'about as many as';
  const times = ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
  return `about ${formatCount(times)} times as many as`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
