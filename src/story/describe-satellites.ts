import type { SatelliteCount } from './story-schema.js';
import { formatCount, formatList, isolate, withArticle } from './format.js';

/** Countries the sentence compares the largest fleet with; "and N more" are in the chart. */
const MOST_COMPARED = 3;

/** Countries the chart's title compares the largest fleet with, when none is highlighted. */
const TITLE_COMPARED = 2;

/**
 * One sentence comparing the largest fleet with each of the next three, and "N more", saying whose
 * figures they are: "According to the report, the United States has 249 military satellites: about
 * 15 times as many as France (17) …". A count with a note is starred, as in the chart.
 */
export function describeSatellites(countries: readonly SatelliteCount[], reportedBy: readonly string[] = []): string {
  if (countries.length === 0) return 'No satellite figures are given.';
  const [largest, ...others] = bySize(countries);
  const subject = isolate(withArticle(largest.name));
  const lead = `${reportedBy.length ? `According to ${formatList(reportedBy)}, ${subject}` : capitalize(subject)} has ${formatCount(largest.count)} military satellites`;
  if (others.length === 0) return `${lead}.`;
  const comparisons = others.map(
    (other) =>
      `${compareCounts(largest.count, other.count)} ${isolate(withArticle(other.name))} (${formatCount(other.count)}${other.note ? '*' : ''})`,
  );
  return `${lead}: ${formatList(comparisons, MOST_COMPARED)}.`;
}

/**
 * What the chart shows, as its title: the largest fleet against the highlighted country, or else
 * against the next two (a country with none is left to the chart), and whose figures they are.
 * "The United States has about 15 times France’s military satellites and 42 times the United
 * Kingdom’s, according to the report".
 */
export function satelliteFinding(
  countries: readonly SatelliteCount[],
  reportedBy: readonly string[] = [],
  highlight?: string,
): string {
  if (countries.length === 0) return 'Military satellites by country';
  const [largest, ...others] = bySize(countries).filter((country, i) => !i || country.count);
  const chosen = others.find((country) => isHighlighted(country, highlight));
  const compared = chosen ? [chosen] : others.slice(0, TITLE_COMPARED);
  const multiples = compared.map((other) => timesAsMany(largest.count, other.count));
  const phrases = compared.map((other, i) => {
    const name = isolate(withArticle(other.name));
    const what = i ? '' : ' military satellites';
    const times = multiples[i];
    // "about" once for a run of multiples: "about 15 times France’s … and 42 times the United Kingdom’s".
    return times
      ? `${multiples[i - 1] ? '' : 'about '}${times} times ${possessive(name)}${what}`
      : `about as many${what} as ${name}`;
  });
  const finding = `${capitalize(isolate(withArticle(largest.name)))} has ${phrases.length ? formatList(phrases) : `${formatCount(largest.count)} military satellites`}`;
  return reportedBy.length ? `${finding}, according to ${formatList(reportedBy)}` : finding;
}

/** Whether `highlight` (a code or a name, in any case) names `country`. */
export function isHighlighted(country: SatelliteCount, highlight: string | undefined): boolean {
  const wanted = highlight?.trim().toLowerCase();
  return !!wanted && (country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted);
}

function bySize(countries: readonly SatelliteCount[]): SatelliteCount[] {
  return [...countries].sort((a, b) => b.count - a.count);
}

/** 14.6 → "15", 1.76 → "1.8"; undefined for about as many (or a count of none). */
function timesAsMany(larger: number, smaller: number): string | undefined {
  const ratio = larger / smaller;
  if (!smaller || ratio < 1.05) return undefined;
  return formatCount(ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio));
}

function compareCounts(larger: number, smaller: number): string {
  if (smaller === 0) return 'against none for';
  const times = timesAsMany(larger, smaller);
  return times ? `about ${times} times as many as` : 'about as many as';
}

/** "France’s", "the United States’". */
function possessive(name: string): string {
  return /s\u2069?$/.test(name) ? `${name}’` : `${name}’s`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
