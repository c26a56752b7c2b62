import { text, type Catalogue, type Locale } from './catalogue.js';
import type { Language } from './language.js';

// Loaded beside a language's catalogue, never for English: the bundle carries none of this.

/** A language's Locale from its catalogue's tables. */
export function localeFrom(language: Language, { messages, formats }: Catalogue): Locale {
  const [group, decimal, minimumGrouping = 1] = formats.number;
  const [between, last] = formats.list;
  const count = (value: number) => {
    const [whole, fraction] = (Number.isInteger(value) ? BigInt(value).toString() : String(value)).split('.');
    const grouped = whole.length < 3 + minimumGrouping ? whole : whole.replace(/\B(?=(\d{3})+$)/g, group);
    return grouped + (fraction ? decimal + fraction : '');
  };
  const locale: Locale = {
    language,
    messages,
    plural: formats.plural,
    count,
    range: (min, max) => fill(formats.range, { min: count(min), max: count(max) }),
    date(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number);
      return fill(formats.date, { year: String(year), month: formats.months[month - 1], day: String(day) });
    },
    list(items, most = items.length) {
      const shown =
        items.length > most
          ? [...items.slice(0, most), text(locale, 'andMore', { count: items.length - most })]
          : items;
      const end = shown.at(-1) ?? '';
      if (shown.length < 2) return end;
      return shown.slice(0, -1).join(between) + (typeof last === 'string' ? last : last(end)) + end;
    },
    country: ({ code, name }, inSentence) =>
      formats.countries ? (formats.countries[code]?.[inSentence ? 1 : 0] ?? (inSentence ? '' : name)) : name,
  };
  return locale;
}

const fill = (pattern: string, values: Record<string, string>) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
