import { optionsOf, widgetTags, type WidgetTag } from './widget-catalog.js';
import { quoteFromUrl } from './story-origins.js';
import { kitLanguage, languages } from '../i18n/language.js';

/**
 * What an embed is made of: which widget, with which options. Shared by the builder (which writes
 * snippets) and the embed page (which reads them back from its URL). No Lit, no DOM.
 */

export const backgrounds = ['plain', 'transparent'] as const;
export type Background = (typeof backgrounds)[number];

export interface EmbedOptions {
  widget: WidgetTag;
  /** Attribute values for the widget, only those it takes; '' for a boolean attribute that is set. */
  attributes: Record<string, string>;
  /** A story URL; the default story when absent. */
  src?: string;
  /** Iframe embeds only: a plain page background in the widget's theme, or none. */
  background: Background;
  /**
   * The language the widget writes in (`fr`, `pt-BR`): `lang` on the script + tag snippet's widget, the
   * embed page's `lang` for an iframe. One the kit writes (src/i18n/language.ts), or its region.
   */
  lang?: string;
}

/** A language tag as `lang` takes it: `en`, `fr-CA`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** The attributes an iframe's URL may carry for the widget, in the order snippets write them. */
function iframeAttributes(widget: WidgetTag): string[] {
  return optionsOf(widget)
    .filter((option) => !option.scriptOnly)
    .map((option) => option.name);
}

/**
 * The embed page's copy of the widget for readers without JavaScript, with the default story:
 * `quote-card--healey-post`, the id the iframe's URL names after `#` (CSS shows it by `:target`).
 */
export function withoutScriptId(widget: WidgetTag, attributes: Record<string, string | undefined>): string {
  const values = optionsOf(widget)
    .filter((option) => option.changesHeight && attributes[option.name] && attributes[option.name] !== option.default)
    .map((option) => attributes[option.name]);
  return [widget, ...values].join('--');
}

/** Options as URL parameters for the embed page: `widget=quote-card&quote=healey-post`. */
export function toSearchParams(options: EmbedOptions): URLSearchParams {
  const params = new URLSearchParams({ widget: options.widget });
  for (const name of iframeAttributes(options.widget)) {
    const value = options.attributes[name];
    if (value !== undefined) params.set(name, value);
  }
  if (options.src) params.set('src', options.src);
  if (options.background !== 'plain') params.set('background', options.background);
  if (options.lang) params.set('lang', options.lang);
  return params;
}

export type ReadResult =
  { ok: true; options: EmbedOptions; ignored: string[]; problems: string[] } | { ok: false; problem: string };

/** Reads the embed page's URL parameters back; unknown parameter names are reported, not used. */
export function fromSearchParams(params: URLSearchParams): ReadResult {
  const widget = params.get('widget') ?? '';
  if (!(widgetTags as readonly string[]).includes(widget)) {
    return {
      ok: false,
      problem: `widget="${quoteFromUrl(widget)}" is not a widget of the kit; use ${widgetTags.map((tag) => `"${tag}"`).join(', ')}.`,
    };
  }
  const tag = widget as WidgetTag;
  const allowed = iframeAttributes(tag);
  const attributes: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (allowed.includes(name)) attributes[name] = value;
    else if (!['widget', 'src', 'background', 'lang'].includes(name)) ignored.push(name);
  }
  const background = params.get('background') === 'transparent' ? 'transparent' : 'plain';
  const src = params.get('src') || undefined;
  const lang = params.get('lang') ?? '';
  const options: EmbedOptions = { widget: tag, attributes, src, background };
  const problems: string[] = [];
  // A language the kit does not write (or not a language tag at all): the widget writes English, and
  // the page says so, rather than mark English words as another language.
  if (LANGUAGE_TAG.test(lang) && (kitLanguage(lang) !== 'en' || /^en\b/i.test(lang))) options.lang = lang;
  else if (lang)
    problems.push(
      `lang="${quoteFromUrl(lang)}" is not a language the kit writes, so the widget is in English; use ${languages.map((language) => `"${language}"`).join(', ')} (or one with a region, such as "fr-CA").`,
    );
  return { ok: true, options, ignored, problems };
}
