/**
 * The languages the kit writes its own words in (issue 15): English is the reference, in the bundle;
 * every other catalogue loads on demand.
 */
export const languages = [
  'en',
  'fr',
  'de',
  'uk',
  'pl',
  'it',
  'es',
  'nl',
  'pt',
  'sv',
  'da',
  'fi',
  'et',
  'lv',
  'lt',
  'cs',
  'ro',
  'ja',
] as const;
export type Language = (typeof languages)[number];

/**
 * The language a widget is in, as the page marks it: the element's own `lang`, else the closest
 * ancestor's (across shadow roots, as a CMS marks a block in another language and as X's embed reads
 * it), else the document's. '' where nothing says (`lang=""` says "unknown" on purpose).
 */
export function declaredLanguage(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const lang = at.getAttribute('lang');
    if (lang !== null) return lang.trim();
  }
  return '';
}

/** The kit's language for a BCP 47 tag: `fr-CA` → `fr`; one the kit lacks, or none, → `en`. */
export function kitLanguage(tag: string): Language {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}
