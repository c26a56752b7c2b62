// A widget as a still image: the card laid out by satori (the kit's own wording and figures, drawn with
// the widget's sizes and colours, text set in Inter), as an SVG whose text is shapes. Shared by the
// `coalition-widgets image` command (./image.ts, in Node) and the embed builder's download
// (src/builder/image-maker.ts, in the browser), so both draw the same image: nothing here needs Node or
// a DOM; each caller hands in satori and the fonts (FONT_FILES) as it loads them.
import { figureTokens, widgetStyles } from '../shared/widget-styles.js';
import { satelliteCompareStyles } from '../components/satellite-compare/satellite-compare.styles.js';
import type { Story, Quote, Evidence, SatelliteCount } from '../story/story-schema.js';
import { formatCount, formatDate, formatList, noteLine, withArticle } from '../story/format.js';
import { initials } from '../story/initials.js';
import { describeSatellites, isHighlighted, satelliteFinding } from '../story/describe-satellites.js';
import { reportersOf, updateNotes } from '../story/sourcing.js';
import { X_PHOTO_LINK, X_POST_LINK } from '../story/post-link.js';
import { marksFor } from '../i18n/quote-marks.js';
import { markDots, marksHeight, marksWidth } from '../components/coalition-summary/marks.js';

export type Theme = 'light' | 'dark';

export interface ImageOptions {
  story: Story;
  /** CSS pixels (default 600). */
  width?: number;
  /** Device pixels per CSS pixel in a PNG (default 2, for retina screens). */
  scale?: number;
  theme?: Theme;
}

export interface WidgetImage {
  svg: string;
  /** In CSS pixels. */
  width: number;
  height: number;
  /** What the image shows, as text: for `alt`, or beside the image where there is no `alt`. */
  alt: string;
}

/** A node of satori's tree: an element with its style and children; `said`, what a reader hears for a shape. */
interface Node {
  type: string;
  props: { style?: Style; children?: Child | Child[]; [name: string]: unknown };
  said?: string;
}
type Child = Node | string;
type Style = Record<string, string | number>;

const REM = 16;

function el(type: string, style: Style, ...children: (Child | false | undefined | null)[]): Node {
  const kept = children.filter((child): child is Child => !!child);
  return { type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children: kept } };
}

/** Marks a node that only sizes its box (no height: nothing of it shows): left out of the text alternative. */
const SIZER = 'data-sizer';

/** A line of text in a box: satori wraps it in the box's width. */
function text(style: Style, content: string): Node {
  return { type: 'div', props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children: content } };
}

/**
 * The widget's colours, read from the kit's own styles (src/shared/widget-styles.ts, and the chart's
 * quiet bars): each token is `--_name: var(--cw-…, light-dark(light, dark))`.
 */
export function colors(theme: Theme): Record<string, string> {
  const tokens: Record<string, string> = {};
  const css = widgetStyles.cssText + figureTokens.cssText + satelliteCompareStyles.cssText;
  for (const [, name, light, dark] of css.matchAll(
    /--_(\w+):\s*var\(--cw-[\w-]+,\s*light-dark\(([^,]+),\s*([^)]+)\)\)/g,
  )) {
    tokens[name] = (theme === 'dark' ? dark : light).trim();
  }
  return tokens;
}

/**
 * The closed disclosure of a `<details>`: its summary line after a triangle, as a browser draws it
 * (the triangle inline: a second line starts under it).
 */
function disclosure(color: string, size: number, label: string, style: Style = {}): Node {
  const triangle: Node = {
    type: 'svg',
    props: {
      width: size * 0.6,
      height: size * 0.6,
      viewBox: '0 0 10 10',
      style: { position: 'absolute', left: 0, top: size * 0.45 },
      children: [{ type: 'path', props: { d: 'M1 0 L9 5 L1 10 Z', fill: color } }],
    },
  };
  // An em space holds the triangle's place in the first line.
  return el('div', { position: 'relative', color, fontSize: size, ...style }, triangle, text({}, `\u2003${label}`));
}

interface Options {
  attributes: Record<string, string>;
  story: Story;
  width: number;
  c: Record<string, string>;
}

function card(o: Options, children: (Child | false | undefined)[]): Node {
  return el(
    'div',
    {
      flexDirection: 'column',
      width: o.width,
      background: o.c.surface,
      border: `1px solid ${o.c.border}`,
      borderRadius: 10,
      padding: REM,
      color: o.c.text,
      fontFamily: 'Inter',
      fontSize: REM,
      lineHeight: 1.45,
    },
    ...children,
  );
}

/** The editor's credit line and "Read the full story" link, and the story's updates and corrections. */
function updatesAndEnd(o: Options): Node[] {
  const nodes: Node[] = [];
  const notes = updateNotes(o.story);
  if (notes.length) {
    nodes.push(
      el(
        'div',
        { flexDirection: 'column', marginTop: 0.75 * REM, fontSize: 0.9 * REM },
        ...notes.map((note) => text({}, note)),
      ),
    );
  }
  const { credit } = o.attributes;
  const link = /^https?:\/\/\S+$/i.test(o.attributes['story-link'] ?? '');
  if (credit || link) {
    nodes.push(
      el(
        'div',
        {
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          marginTop: 0.75 * REM,
          color: o.c.muted,
          fontSize: 0.85 * REM,
        },
        credit && text({}, credit),
        link && text({ color: o.c.accent, fontWeight: 600, textDecoration: 'underline' }, 'Read the full story'),
      ),
    );
  }
  return nodes;
}

function sourceLine(story: Story, evidence: readonly Evidence[]): string {
  const names = reportersOf(story, evidence);
  return `Source${names[1] ? 's' : ''}: ${formatList(names)}`;
}

function evidence(o: Options, items: readonly Evidence[] | undefined, label?: string): Node | undefined {
  if (!items?.length) return undefined;
  return disclosure(o.c.accent, 0.85 * REM, label ?? sourceLine(o.story, items), { marginTop: 0.4 * REM });
}

// <quote-card>

function quoteCard(o: Options): Node {
  const quote = o.story.quotes.find((each) => each.id === o.attributes.quote)!;
  const heading = o.attributes.heading && !('hide-headline' in o.attributes) ? o.attributes.heading : undefined;
  const lines = quote.text.split('\n');
  if (quote.post) return post(o, quote, heading, lines);
  // The card draws the quote at 1.15em at every width (no size container: issue 14), in the marks of its language.
  const size = 1.15 * REM;
  const [open, close] = marksFor(quote.lang ?? o.story.lang ?? 'en');
  return card(o, [
    heading && text({ fontWeight: 700, marginBottom: 0.6 * REM }, heading),
    quote.lead && text({ fontStyle: 'italic', marginBottom: 0.3 * REM }, quote.lead),
    el(
      'div',
      { flexDirection: 'column', paddingLeft: 1.1 * REM, borderLeft: `4px solid ${o.c.accent}` },
      ...lines.map((line, i) =>
        text(
          { fontSize: size, lineHeight: 1.5, marginTop: i ? 0.5 * REM : 0 },
          `${i === 0 ? open : ''}${line}${i === lines.length - 1 ? close : ''}`,
        ),
      ),
    ),
    el(
      'div',
      { flexDirection: 'column', marginTop: 0.85 * REM },
      text({ fontWeight: 700 }, quote.speaker),
      text({ color: o.c.muted, fontSize: 0.92 * REM, marginTop: 0.1 * REM }, quote.role),
      text(
        { color: o.c.muted, fontSize: 0.92 * REM, marginTop: 0.1 * REM },
        `${quote.setting}${quote.date ? `, ${formatDate(quote.date)}` : ''}`,
      ),
    ),
    ...updatesAndEnd(o),
  ]);
}

/** X's logo, as the card draws it (src/components/quote-card/quote-card.ts). */
function xLogo(color: string, size: number): Node {
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 96 96',
      style: { flexShrink: 0, alignSelf: 'flex-start', marginLeft: 0.65 * REM },
      children: [
        {
          type: 'path',
          props: { d: 'M76 5h14L58 41l38 50H66L43 61 17 91H2l34-39L0 5h30l21 27zM70 83h9L26 13h-9z', fill: color },
        },
      ],
    },
    said: 'Post on X',
  };
}

/** A post card is at most as wide as X draws a post. */
export const POST_WIDTH = 550;

function post(o: Options, quote: Quote, heading: string | undefined, lines: string[]): Node {
  const post = quote.post!;
  const avatar = 2.6 * REM;
  const link = X_POST_LINK.test(post.url);
  const photo = link && X_PHOTO_LINK.test(post.url);
  const linked = (label: string) => text({ color: o.c.accent, textDecoration: 'underline' }, label);
  return card({ ...o, width: Math.min(o.width, POST_WIDTH) }, [
    heading && text({ fontWeight: 700, marginBottom: 0.6 * REM }, heading),
    el(
      'div',
      { alignItems: 'center', marginBottom: 0.75 * REM },
      el(
        'div',
        {
          width: avatar,
          height: avatar,
          flexShrink: 0,
          borderRadius: avatar / 2,
          background: o.c.accent,
          color: o.c.surface,
          fontWeight: 700,
          alignItems: 'center',
          justifyContent: 'center',
          marginRight: 0.65 * REM,
        },
        initials(quote.speaker),
      ),
      el(
        'div',
        { flexDirection: 'column', flexGrow: 1, flexShrink: 1 },
        text({ fontWeight: 700 }, quote.speaker),
        text({ color: o.c.muted }, post.handle),
        text({ color: o.c.muted, fontSize: 0.92 * REM }, quote.role),
      ),
      xLogo(o.c.text, 1.25 * REM),
    ),
    el(
      'div',
      { flexDirection: 'column' },
      ...lines.map((line, i) => text({ fontSize: 1.05 * REM, lineHeight: 1.5, marginTop: i ? 0.5 * REM : 0 }, line)),
    ),
    photo &&
      el(
        'div',
        {
          flexWrap: 'wrap',
          marginTop: 0.75 * REM,
          padding: `${0.6 * REM}px ${0.8 * REM}px`,
          border: `1px solid ${o.c.border}`,
          borderRadius: 10,
          color: o.c.muted,
          fontSize: 0.92 * REM,
        },
        // The card's words (the catalogue's viewPhoto): one sentence, all of it the link.
        linked('The post included a photo: view it on X'),
      ),
    el(
      'div',
      {
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        marginTop: 0.85 * REM,
        paddingTop: 0.6 * REM,
        borderTop: `1px solid ${o.c.border}`,
        color: o.c.muted,
        fontSize: 0.92 * REM,
      },
      quote.date && text({}, formatDate(quote.date)),
      link && !photo && linked(`View the post on ${post.platform}`),
    ),
    ...updatesAndEnd(o),
  ]);
}

// <satellite-compare>

function satelliteCompare(o: Options): Node {
  const { countries, source, evidence: items = [] } = o.story.satellites;
  const largest = Math.max(1, ...countries.map((country) => country.count));
  const { highlight, heading } = o.attributes;
  const hideHeadline = 'hide-headline' in o.attributes;
  const reportedBy = reportersOf(o.story, items);
  const wide = o.width >= 480;
  const gap = 0.5 * REM;
  const weight = (country: SatelliteCount) => (isHighlighted(country, highlight) ? 800 : 700);
  // The figures make one column, as wide as the widest: each row's cell holds every figure, those of
  // the other rows without height.
  const figureColumn = el(
    'div',
    { flexDirection: 'column', height: 0, overflow: 'hidden' },
    ...countries.map((country) => text({ fontWeight: weight(country) }, formatCount(country.count))),
  );
  const rows = countries.map((country, i) => {
    const highlighted = isHighlighted(country, highlight);
    const fill = highlighted || !highlight ? o.c.accent : o.c.quiet;
    const name = text({ fontWeight: highlighted ? 800 : 400 }, `${country.name}${country.note ? '*' : ''}`);
    const figure = el(
      'div',
      { flexDirection: 'column', alignItems: 'flex-end', flexShrink: 0, marginRight: gap },
      text({ fontWeight: weight(country), color: highlighted ? o.c.accent : o.c.text }, formatCount(country.count)),
      { ...figureColumn, props: { ...figureColumn.props, [SIZER]: true } },
    );
    const bar = el(
      'div',
      { flexGrow: 1, alignItems: 'center' },
      country.count > 0 &&
        el('div', {
          width: `${(100 * country.count) / largest}%`,
          minWidth: 3,
          height: REM,
          borderRadius: 3,
          background: fill,
        }),
    );
    const spaced = i ? 0.55 * REM : 0;
    return wide
      ? el(
          'div',
          { alignItems: 'center', marginTop: spaced },
          el('div', { width: 10 * REM, flexShrink: 0, marginRight: gap }, name),
          figure,
          bar,
        )
      : el(
          'div',
          { flexDirection: 'column', marginTop: spaced },
          name,
          el('div', { alignItems: 'center' }, figure, bar),
        );
  });
  const notes = countries.filter((country) => country.note);
  const findingShown = heading === undefined && !hideHeadline;
  return card(o, [
    el(
      'div',
      { flexDirection: 'column', marginBottom: 0.9 * REM },
      !hideHeadline &&
        text(
          { fontWeight: 700, fontSize: 1.1 * REM, lineHeight: 1.3, marginBottom: 0.25 * REM },
          heading ?? satelliteFinding(countries, reportedBy, highlight),
        ),
      text(
        { color: o.c.muted },
        findingShown ? 'Military satellites by country' : describeSatellites(countries, reportedBy),
      ),
    ),
    el('div', { flexDirection: 'column' }, ...rows),
    disclosure(o.c.accent, REM, 'Show the figures as a table', { marginTop: 0.9 * REM }),
    text({ color: o.c.accent, textDecoration: 'underline', marginTop: 0.4 * REM }, 'Get the data (CSV)'),
    el(
      'div',
      { flexDirection: 'column', marginTop: 0.9 * REM, fontSize: 0.85 * REM, color: o.c.muted },
      ...notes.map((country) => text({}, noteLine(country.name, country.note!, o.story.lang))),
      items.length ? evidence(o, items, `Source: ${source}`) : text({}, `Source: ${source}`),
    ),
    ...updatesAndEnd(o),
  ]);
}

// <coalition-summary>

function coalitionSummary(o: Options): Node {
  const { meeting, coalition, report, troops, force } = o.story;
  const compact = o.attributes.layout === 'compact';
  const wide = o.width >= 560;
  const inner = o.width - 2 * REM - 2;
  const gap = 0.5 * REM;
  const columns = wide ? (compact ? 3 : 2) : 1;
  const column = (inner - gap * (columns - 1)) / columns;
  const leads = formatList(coalition.leadPartners.map((country) => withArticle(country.name)));
  const note = (content: string) => text({ color: o.c.muted, fontSize: 0.85 * REM }, content);
  const figure = (width: number, ...children: (Node | false | undefined)[]) =>
    el(
      'div',
      {
        flexDirection: 'column',
        width,
        padding: `${0.55 * REM}px ${0.75 * REM}px`,
        borderRadius: 7,
        background: o.c.subtle,
      },
      ...children,
    );
  // The figure inline, larger, before its words, as the heading runs on.
  const h3 = (figure: string, words: string) =>
    el(
      'div',
      { display: 'block', fontWeight: 700, lineHeight: 1.3 },
      { type: 'span', props: { style: { fontSize: 1.5 * REM, fontWeight: 800, lineHeight: 1 }, children: figure } },
      ` ${words}`,
    );

  const total = coalition.participantCount;
  const ready = Math.min(troops.readyCount, total);
  // The widget's one SVG of two paths, scaled down to the tile in a narrow column.
  const [marksW, marksH] = [marksWidth(total), marksHeight(total)];
  const marksScale = Math.min(1, (column - 1.5 * REM) / marksW);
  const path = (from: number, to: number, fill: string, stroke: string): Node => ({
    type: 'path',
    props: { d: markDots(from, to), fill, stroke, strokeWidth: 1.5 },
  });
  const marks = el(
    'div',
    { marginTop: 0.2 * REM, marginBottom: 0.2 * REM },
    {
      type: 'svg',
      props: {
        width: marksW * marksScale,
        height: marksH * marksScale,
        viewBox: `-2 -2 ${marksW} ${marksH}`,
        children: [path(0, ready, o.c.accent, o.c.accent), path(ready, total, 'none', o.c.muted)],
      },
    },
  );
  const forceWidth = compact || !wide ? column : inner;
  const figures = [
    figure(column, h3(formatCount(total), 'countries taking part'), !compact && more(o, coalition.evidence)),
    figure(
      column,
      h3(`${formatCount(ready)} of ${formatCount(total)}`, 'reportedly considering sending troops'),
      marks,
      !troops.evidence && !!troops.reportedBy && note(`Reported by ${troops.reportedBy}.`),
      more(o, troops.evidence),
    ),
    figure(
      forceWidth,
      h3(`${formatCount(force.min)}–${formatCount(force.max)}`, 'troops could make up the allied force'),
      compact ? summarySources(o, force.evidence) : more(o, force.evidence),
    ),
  ];
  // The CSS grid's rows, as flex rows: items of a row stretch to the same height.
  const rows: Node[][] = [];
  if (columns === 1) figures.forEach((each) => rows.push([each]));
  else if (compact) rows.push(figures);
  else rows.push(figures.slice(0, 2), [figures[2]]);
  const grid = el(
    'div',
    { flexDirection: 'column' },
    ...rows.map((row, i) =>
      el(
        'div',
        { marginTop: i ? gap : 0, alignItems: 'stretch' },
        ...row.map((each, j) => el('div', { marginLeft: j ? gap : 0 }, each)),
      ),
    ),
  );

  const heading = o.attributes.heading ?? o.story.headline;
  return card(o, [
    el(
      'div',
      { flexDirection: 'column', marginBottom: 0.75 * REM },
      text(
        { color: o.c.accent, fontSize: 0.8 * REM, fontWeight: 700, letterSpacing: 0.06 * 0.8 * REM },
        `${meeting.city} · ${formatDate(meeting.date)}`.toUpperCase(),
      ),
      !('hide-headline' in o.attributes) &&
        text({ fontSize: (wide ? 1.6 : 1.35) * REM, lineHeight: 1.2, fontWeight: 700, marginTop: 0.15 * REM }, heading),
      text(
        { color: o.c.muted, fontSize: 0.9 * REM, marginTop: 0.15 * REM },
        `${meeting.name}, ${meeting.venue}${compact ? '' : ` · Closest partners: ${leads}`}`,
      ),
    ),
    grid,
    !compact && details(o),
    !('hide-byline' in o.attributes) &&
      text(
        { color: o.c.muted, fontSize: 0.85 * REM, marginTop: 0.75 * REM },
        `Report by ${report.author}, ${report.city}, ${formatDate(report.date)}`,
      ),
    ...updatesAndEnd(o),
  ]);
}

/** A closed disclosure line of the summary (smaller, tighter than the other widgets'). */
function summaryLine(o: Options, label: string): Node {
  return disclosure(o.c.accent, 0.85 * REM, label, { lineHeight: 1.35, marginTop: 0.15 * 0.85 * REM });
}

/** A claim's sources, closed (nothing when the claim has none). */
function summarySources(o: Options, items: readonly Evidence[] | undefined): Node | undefined {
  return items?.length ? summaryLine(o, sourceLine(o.story, items)) : undefined;
}

/** A block's one closed disclosure: "More", and who reported the claim. */
function more(o: Options, items: readonly Evidence[] | undefined): Node {
  return summaryLine(o, items?.length ? `More · ${sourceLine(o.story, items)}` : 'More');
}

function details(o: Options): Node {
  const { objectives, usPosition } = o.story;
  const objectiveEvidence = objectives
    .flatMap((objective) => objective.evidence ?? [])
    .filter((item, index, all) => all.findIndex((other) => other.excerpt === item.excerpt) === index);
  const h3 = (label: string) =>
    text({ fontSize: 1.05 * REM, fontWeight: 700, lineHeight: 1.3, marginBottom: 0.25 * 1.05 * REM }, label);
  return el(
    'div',
    { flexDirection: 'column' },
    el(
      'div',
      { flexDirection: 'column', marginTop: 0.75 * REM },
      h3('Objectives'),
      // Each objective on one line, as many to a line as fit, each after a rule in the accent colour.
      el(
        'div',
        { flexWrap: 'wrap', columnGap: REM, rowGap: 0.25 * REM },
        ...objectives.map((objective) =>
          text({ paddingLeft: 0.4 * REM, borderLeft: `${0.2 * REM}px solid ${o.c.accent}` }, objective.title),
        ),
      ),
      summarySources(o, objectiveEvidence),
    ),
    el(
      'div',
      {
        flexDirection: 'column',
        marginTop: 0.75 * REM,
        padding: `${0.55 * REM}px ${0.75 * REM}px`,
        borderLeft: `4px solid ${o.c.highlight}`,
        background: o.c.subtle,
        borderRadius: '0 7px 7px 0',
      },
      h3('The U.S. position'),
      text({}, usPosition.summary),
      more(o, usPosition.evidence),
    ),
  );
}

const drawers = {
  'coalition-summary': coalitionSummary,
  'quote-card': quoteCard,
  'satellite-compare': satelliteCompare,
} as const;

/** Every string a tree shows, in reading order: the text alternative of what it draws as text. */
function textOf(node: Child | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  if (node.said) return [node.said];
  if (node.props[SIZER]) return [];
  const children = node.props.children;
  return (Array.isArray(children) ? children : [children]).flatMap(textOf);
}

/** The sentences a reader hears for what the image draws as shapes (the widget's own aria-labels). */
function shapesSaid(tag: keyof typeof drawers, story: Story): string[] {
  if (tag === 'satellite-compare') {
    return story.satellites.countries.map(
      (country) =>
        `${country.name}: ${formatCount(country.count)} military satellites${country.note ? ' (see note)' : ''}`,
    );
  }
  if (tag === 'coalition-summary') {
    const total = story.coalition.participantCount;
    return [
      `${formatCount(Math.min(story.troops.readyCount, total))} of ${formatCount(total)} countries are reportedly considering sending troops.`,
    ];
  }
  return [];
}

type FontWeight = 400 | 600 | 700 | 800;
type FontStyle = 'normal' | 'italic';

/** The faces of Inter the images use, as @fontsource/inter names its files (woff: satori reads no woff2). */
export const FONT_FILES: { weight: FontWeight; style: FontStyle; file: string }[] = (
  [
    [400, 'normal'],
    [400, 'italic'],
    [600, 'normal'],
    [700, 'normal'],
    [800, 'normal'],
  ] as const
).map(([weight, style]) => ({ weight, style, file: `inter-latin-${weight}-${style}.woff` }));

export interface Font {
  name: string;
  data: ArrayBuffer;
  weight: FontWeight;
  style: FontStyle;
}

/** satori's default export (the Node build's or the browser's), as called here. */
export type Satori = (tree: never, options: { width: number; fonts: Font[] }) => Promise<string>;

/** The widget `<tag attributes>` showing `story`, drawn as an SVG (its text as shapes: no fonts needed to show it). */
export async function drawWidget(
  satori: Satori,
  fonts: Font[],
  tag: string,
  attributes: Record<string, string>,
  { story, width = 600, theme = 'light' }: ImageOptions,
): Promise<WidgetImage> {
  const draw = drawers[tag as keyof typeof drawers];
  if (!draw) throw new Error(`<${tag}> is not a widget of the kit`);
  const tree = draw({ attributes, story, width, c: colors(theme) });
  // The card's own width: a post card is narrower than a wide image would be.
  const drawn = Number(tree.props.style?.width ?? width);
  const svg = await satori(tree as never, { width: drawn, fonts });
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
  const alt = [...textOf(tree), ...shapesSaid(tag as keyof typeof drawers, story)].join('\n');
  return { svg, width: drawn, height, alt };
}
