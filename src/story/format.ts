import type { SatelliteCount } from './story-schema.js';

// The story is told in British English, so dates read "10 April 2025".
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const countFormat = new Intl.NumberFormat('en-GB');
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatCount(count: number): string {
  return countFormat.format(count);
}

export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/**
 * One sentence comparing the largest fleet with each of the others:
 * "The United States has 249 military satellites: about 15 times as many as France (17) …".
 */
export function describeSatellites(countries: readonly SatelliteCount[]): string {
  if (countries.length === 0) return 'No satellite figures are given.';
  const [largest, ...others] = [...countries].sort((a, b) => b.count - a.count);
  const lead = `${capitalize(withArticle(largest.name))} has ${formatCount(largest.count)} military satellites`;
  if (others.length === 0) return `${lead}.`;
  const comparisons = others.map((other) => `${compareCounts(largest.count, other.count)} ${withArticle(other.name)} (${formatCount(other.count)})`);
  return `${lead}: ${formatList(comparisons)}.`;
}

function compareCounts(larger: number, smaller: number): string {
  if (smaller === 0) return 'against none for';
  const ratio = larger / smaller;
  if (ratio < 1.05) return 'about as many as';
  const times = ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
  return `about ${formatCount(times)} times as many as`;
}

/** "the United States", "the United Kingdom", but "France". */
export function withArticle(countryName: string): string {
  return /^(United|Netherlands|Philippines|Czech Republic)\b/.test(countryName) ? `the ${countryName}` : countryName;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
