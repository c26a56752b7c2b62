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

/** "the United States", "the United Kingdom", but "France". */
export function withArticle(countryName: string): string {
  return /^(United|Netherlands|Philippines|Czech Republic)\b/.test(countryName) ? `the ${countryName}` : countryName;
}

