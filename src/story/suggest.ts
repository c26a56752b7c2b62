import { text, type Locale } from '../i18n/catalogue.js';

/** The candidate closest to `input` by edit distance, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * "Did you mean …" help for an unknown name, listing what is known when nothing is close: in the
 * words of `locale` once its words for problems have loaded (src/i18n/load-problems.ts), else in English.
 */
export function unknownNameHelp(input: string, known: readonly string[], locale?: Locale): string {
  const close = closestMatch(input, known);
  const names = known.map((name) => `"${name}"`).join(', ');
  if (locale?.problems)
    return close ? text(locale, 'didYouMean', { name: `"${close}"` }) : text(locale, 'known', { names });
  return close ? `Did you mean "${close}"?` : `Known: ${names}.`;
}
