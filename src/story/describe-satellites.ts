import type { SatelliteCount } from './story-schema.js';
import { isolate } from './format.js';
import { englishLocale, text, type Locale } from '../i18n/catalogue.js';

/** Countries the sentence compares the largest fleet with; "and N more" are in the chart. */
const MOST_COMPARED = 3;

/** Countries the chart's title compares the largest fleet with, when none is highlighted. */
const TITLE_COMPARED = 2;

/**
 * One sentence comparing the largest fleet with each of the next three, and "N more", saying whose
 * figures they are: "According to the report, the United States has 249 military satellites: about
 * 15 times as many as France (17) …". A count with a note is starred, as in the chart. In the words
 * of `locale` (English unless given).
 */
export function describeSatellites(
  countries: readonly SatelliteCount[],
  reportedBy: readonly string[] = [],
  locale: Locale = englishLocale,
): string {
  if (countries.length === 0) return text(locale, 'noSatellites');
  const [largest, ...others] = bySize(countries);
  const country = isolate(locale.country(largest));
  const lead = reportedBy.length
    ? text(locale, 'satellitesReported', { reporters: locale.list(reportedBy), country, count: largest.count })
    : text(locale, 'satellitesUnreported', { country: capitalize(country), count: largest.count });
  if (others.length === 0) return text(locale, 'satellitesOnly', { lead });
  const comparisons = others.map((other) => {
    const values = {
      country: isolate(locale.country(other)),
      figure: `${locale.count(other.count)}${other.note ? '*' : ''}`,
    };
    const ratio = timesAsMany(largest.count, other.count);
    if (!other.count) return text(locale, 'comparedNone', values);
    return ratio ? text(locale, 'comparedTimes', { ...values, count: ratio }) : text(locale, 'comparedSame', values);
  });
  return text(locale, 'comparison', { lead, comparisons: locale.list(comparisons, MOST_COMPARED) });
}

/**
 * What the chart shows, as its title: the largest fleet against the highlighted country, or else
 * against the next two (a country with none is left to the chart), and whose figures they are.
 * "The United States has about 15 times France’s military satellites and 42 times the United
 * Kingdom’s, according to the report". In the words of `locale` (English unless given).
 */
export function satelliteFinding(
  countries: readonly SatelliteCount[],
  reportedBy: readonly string[] = [],
  highlight?: string,
  locale: Locale = englishLocale,
): string {
  if (countries.length === 0) return text(locale, 'satellitesTitle');
  const [largest, ...others] = bySize(countries).filter((country, i) => !i || country.count);
  const chosen = others.find((country) => isHighlighted(country, highlight));
  // Each named as the language's sentences take it ("que la France"); one whose form the catalogue
  // lacks is not compared, and the title may state the largest fleet alone.
  const compared = (chosen ? [chosen] : others.slice(0, TITLE_COMPARED))
    .map((other) => [timesAsMany(largest.count, other.count), isolate(locale.country(other, true))] as const)
    .filter(([, name]) => name);
  // English says "France’s"; the other catalogues' names already stand as their sentences take them.
  const owner = (name: string) => (locale.language === 'en' ? possessive(name) : name);
  const phrases = compared.map(([count, name], i) => {
    // "about" once for a run of multiples: "about 15 times France’s … and 42 times the United Kingdom’s".
    if (count)
      return text(locale, compared[i - 1]?.[0] ? 'findingMoreTimes' : 'findingTimes', {
        count,
        country: owner(name),
      });
    return text(locale, i ? 'findingMoreSame' : 'findingSame', { country: name });
  });
  const finding = text(locale, 'finding', {
    country: capitalize(isolate(locale.country(largest))),
    phrases: phrases.length ? locale.list(phrases) : text(locale, 'findingCount', { count: largest.count }),
  });
  return reportedBy.length
    ? text(locale, 'findingAccording', { finding, reporters: locale.list(reportedBy) })
    : finding;
}

/** Whether `highlight` (a code or a name, in any case) names `country`. */
export function isHighlighted(country: SatelliteCount, highlight: string | undefined): boolean {
  const wanted = highlight?.trim().toLowerCase();
  return !!wanted && (country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted);
}

function bySize(countries: readonly SatelliteCount[]): SatelliteCount[] {
  return [...countries].sort((a, b) => b.count - a.count);
}

/** 14.6 → 15, 1.76 → 1.8; undefined for about as many (or a count of none). */
function timesAsMany(larger: number, smaller: number): number | undefined {
  const ratio = larger / smaller;
  if (!smaller || ratio < 1.05) return undefined;
  return ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
}

/** "France’s", "the United States’". */
function possessive(name: string): string {
  return /s\u2069?$/.test(name) ? `${name}’` : `${name}’s`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
