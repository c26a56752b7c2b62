import type { Story } from './story-schema.js';

type Cell = string | number | undefined;

/** `a,"b ""c""",d`: a CSV line (RFC 4180). */
function csvLine(values: Cell[]): string {
  return values
    .map((value) => {
      const text = value === undefined ? '' : String(value);
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

function csv(rows: Cell[][]): string {
  return rows.map(csvLine).join('\r\n') + '\r\n';
}

/** The chart's figures as CSV, each country with its note and the source: what "Get the data" downloads. */
export function satellitesCsv({ satellites: { countries, source } }: Story): string {
  return csv([
    ['country', 'code', 'military_satellites', 'note', 'source'],
    ...countries.map((country) => [country.name, country.code, country.count, country.note, source]),
  ]);
}

/**
 * The data a widget shows, as CSV with a header line: the `publish` command's data.csv, and for
 * <satellite-compare> the file its "Get the data" downloads.
 */
export function widgetCsv(tag: string, attributes: Readonly<Record<string, string>>, story: Story): string {
  if (tag === 'satellite-compare') return satellitesCsv(story);
  if (tag === 'coalition-summary') {
    const { coalition, troops, force, meeting } = story;
    const at = [meeting.name, meeting.date];
    return csv([
      ['figure', 'value', 'meeting', 'date'],
      ['countries taking part', coalition.participantCount, ...at],
      ['countries reportedly considering sending troops', troops.readyCount, ...at],
      ['allied force, fewest troops', force.min, ...at],
      ['allied force, most troops', force.max, ...at],
    ]);
  }
  const quote = story.quotes.find((each) => each.id === attributes.quote)!;
  return csv([
    ['speaker', 'role', 'setting', 'date', 'quote', 'post'],
    [quote.speaker, quote.role, quote.setting, quote.date, quote.text, quote.post?.url],
  ]);
}
