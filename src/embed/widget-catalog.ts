import { describeSatellites } from '../story/describe-satellites.js';
import { formatCount, formatDate, formatList, noteLine } from '../story/format.js';
import { reportersOf, updateNotes } from '../story/sourcing.js';
import type { Story } from '../story/story-schema.js';
import { headingLevels, layouts, loadings, themes } from '../shared/attributes.js';
import { escapeHtml } from './markup.js';

/**
 * What each widget is to embedding, said once: the builder's form and previews, the snippets, the
 * embed page and the optional stylesheet (scripts/write-embed-files.mjs) all read this table.
 * Adding an option or a widget is one entry here, plus the widget itself. No Lit, no DOM.
 */

export type Attributes = Readonly<Record<string, string>>;

export interface Choice {
  value: string;
  label: string;
}

interface OptionBase {
  /** The widget's attribute. */
  name: string;
  /** What the builder calls it. */
  label: string;
  /** The value the widget uses without the attribute: snippets leave it out. */
  default: string;
  /**
   * Only the script + tag snippet carries it: the builder's previews render at once, and an
   * iframe has its own lazy loading.
   */
  scriptOnly?: boolean;
  /** The widget's height depends on it: its room is measured for each value (widget-heights.ts). */
  changesHeight?: boolean;
  /** Options of one group share a fieldset in the builder, under this legend. */
  group?: string;
}

/** One of a fixed set of values: radio buttons in the builder. */
export interface ChoiceOption extends OptionBase {
  kind: 'choice';
  choices: readonly Choice[];
}

/** One value, on or off: a checkbox in the builder. */
export interface FlagOption extends OptionBase {
  kind: 'flag';
  /** The checkbox's own words, beside it. */
  field: string;
  /** The attribute's value when the box is ticked; '' for a boolean attribute, written bare. */
  on: string;
}

/** Free text, or a web address: a text field in the builder. */
export interface TextOption extends OptionBase {
  kind: 'text';
  /** The field's own words, under the label. */
  field: string;
  /** Only an http(s) address will do. */
  url?: boolean;
}

/** A value from the story (a quote id, a country): radio buttons with the story's values in the builder. */
export interface StoryOption extends OptionBase {
  kind: 'story';
  /** The field's own words, under the label. */
  field: string;
  choices(story: Story): Choice[];
  /** The widget cannot do without it: the builder starts on the story's first value. */
  required?: boolean;
}

export type WidgetOption = ChoiceOption | FlagOption | StoryOption | TextOption;

export interface WidgetEntry {
  /** In the builder's choice of widget. */
  label: string;
  /** The embed page's title, before ": Coalition of the Willing". */
  pageTitle: string;
  /** The widget's own options; every widget also takes `commonOptions`. */
  options: readonly WidgetOption[];
  /** What an iframe showing it is called (its `title`, read out by screen readers). */
  title(story: Story | undefined, attributes: Attributes): string;
  /** Its facts as escaped HTML: what a reader sees before the kit runs, or without JavaScript. */
  fallback(story: Story, attributes: Attributes): string;
}

const capitalized = (value: string) => value[0].toUpperCase() + value.slice(1);

/** The first words of `text`, at most `length` characters, cut at a space. */
function shorten(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (oneLine.length <= length) return oneLine;
  const cut = oneLine.lastIndexOf(' ', length);
  return `${oneLine.slice(0, cut > 0 ? cut : length)}…`;
}

/** Options every widget takes, after its own. */
export const commonOptions: readonly WidgetOption[] = [
  {
    kind: 'choice',
    name: 'theme',
    label: 'Theme',
    default: 'light',
    choices: themes.map((value) => ({ value, label: capitalized(value) })),
  },
  // What the editor adapts to the article around the widget.
  {
    kind: 'text',
    name: 'heading',
    label: 'Title',
    field: 'Its own title, in place of the story’s headline or the chart’s (optional)',
    default: '',
    group: 'In your article',
  },
  {
    kind: 'choice',
    name: 'heading-level',
    label: 'Heading level',
    default: '2',
    choices: headingLevels.map((value) => ({ value, label: `h${value}` })),
    group: 'In your article',
  },
  {
    kind: 'flag',
    name: 'hide-headline',
    label: 'Headline',
    field: 'Hide the headline (the article has it)',
    default: '',
    on: '',
    group: 'In your article',
  },
  {
    kind: 'flag',
    name: 'hide-byline',
    label: 'Byline',
    field: 'Hide the byline (the article has it)',
    default: '',
    on: '',
    group: 'In your article',
  },
  {
    kind: 'text',
    name: 'credit',
    label: 'Credit line',
    field: 'For example “Chart: The Ledger” (optional)',
    default: '',
    group: 'In your article',
  },
  {
    kind: 'text',
    name: 'story-link',
    label: 'Link to the full story',
    field: 'An https:// address; the widget ends with “Read the full story” (optional)',
    default: '',
    url: true,
    group: 'In your article',
  },
  {
    kind: 'flag',
    name: 'loading',
    label: 'Far down the article?',
    field: 'Render when the reader scrolls near it',
    default: loadings[0],
    on: 'lazy',
    // The builder's previews render at once, and an iframe is lazy already.
    scriptOnly: true,
  },
];

const quoteOf = (story: Story | undefined, attributes: Attributes) =>
  story?.quotes.find((quote) => quote.id === attributes.quote);

/** The story's "Updated …" and "Correction (…): …" lines, as of when the snippet is made. */
const updatesOf = (story: Story) =>
  updateNotes(story)
    .map((note) => `\n<p>${escapeHtml(note)}</p>`)
    .join('');

export const widgetCatalog = {
  'coalition-summary': {
    label: 'Summary',
    pageTitle: 'Summary',
    options: [
      {
        kind: 'choice',
        name: 'layout',
        label: 'Layout',
        default: 'full',
        changesHeight: true,
        choices: layouts.map((value) => ({ value, label: capitalized(value) })),
      },
    ],
    title: (story) => `Summary: ${story?.headline ?? 'the coalition at a glance'}`,
    fallback(story) {
      const { headline, coalition, troops, force, meeting } = story;
      const troopSources = troops.evidence ? reportersOf(story, troops.evidence) : [troops.reportedBy ?? ''];
      return `<p>${escapeHtml(
        `${headline} (${meeting.city}, ${formatDate(meeting.date)}): ${formatCount(coalition.participantCount)} countries take part; ` +
          `${formatCount(troops.readyCount)} of ${formatCount(coalition.participantCount)} are reportedly considering sending troops` +
          `${troopSources[0] ? ` (according to ${formatList(troopSources)})` : ''}; ` +
          `an allied force could number ${formatCount(force.min)}–${formatCount(force.max)} troops.`,
      )}</p>${updatesOf(story)}`;
    },
  },
  'quote-card': {
    label: 'Quote card',
    pageTitle: 'Quote',
    options: [
      {
        kind: 'story',
        name: 'quote',
        label: 'Quote',
        field: 'Quote id',
        default: '',
        required: true,
        changesHeight: true,
        choices: (story) =>
          story.quotes.map((quote) => ({ value: quote.id, label: `${quote.speaker}: “${shorten(quote.text, 80)}”` })),
      },
    ],
    title(story, attributes) {
      const quote = quoteOf(story, attributes);
      return quote ? `Quote: ${quote.speaker}, ${quote.role}` : 'Quote';
    },
    fallback(story, attributes) {
      const quote = quoteOf(story, attributes);
      if (!quote) return '';
      const paragraphs = quote.text.split('\n').map((line) => `  <p>${escapeHtml(line)}</p>`);
      const when = quote.date ? `, ${formatDate(quote.date)}` : '';
      const who = `${quote.speaker}${quote.post ? ` (${quote.post.handle})` : ''}, ${quote.role}`;
      const lead = quote.lead ? `<p>${escapeHtml(quote.lead)}</p>\n` : '';
      return `${lead}<blockquote>\n${paragraphs.join('\n')}\n  <footer>${escapeHtml(`${who}, ${quote.setting}${when}`)}</footer>\n</blockquote>${updatesOf(story)}`;
    },
  },
  'satellite-compare': {
    label: 'Satellite chart',
    pageTitle: 'Military satellites by country',
    options: [
      {
        kind: 'story',
        name: 'highlight',
        label: 'Highlight',
        field: 'Country code or name (empty for none)',
        default: '',
        choices: (story) => story.satellites.countries.map((country) => ({ value: country.code, label: country.name })),
      },
    ],
    title: () => 'Chart: military satellites by country',
    fallback(story) {
      const { countries, source, evidence = [] } = story.satellites;
      const notes = countries
        .filter((country) => country.note)
        .map((country) => ` ${noteLine(country.name, country.note!, story.lang)}`);
      return `<p>${escapeHtml(`${describeSatellites(countries, reportersOf(story, evidence))}${notes.join('')} Source: ${source}`)}</p>${updatesOf(story)}`;
    },
  },
} satisfies Record<string, WidgetEntry>;

export type WidgetTag = keyof typeof widgetCatalog;
export const widgetTags = Object.keys(widgetCatalog) as WidgetTag[];

/** A widget's options, its own first, then those every widget takes. */
export function optionsOf(tag: WidgetTag): readonly WidgetOption[] {
  return [...widgetCatalog[tag].options, ...commonOptions];
}

/**
 * The attributes that give a widget each of its heights with `story`: one set per value of every
 * option that changes its height (no attribute for a default value).
 */
export function heightVariants(tag: WidgetTag, story: Story): Attributes[] {
  let variants: Attributes[] = [{}];
  for (const option of optionsOf(tag)) {
    if (!option.changesHeight) continue;
    const values = option.kind === 'choice' ? option.choices : option.kind === 'story' ? option.choices(story) : [];
    variants = variants.flatMap((variant) =>
      values.map(({ value }) => (value === option.default ? variant : { ...variant, [option.name]: value })),
    );
  }
  return variants;
}
