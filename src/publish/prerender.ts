/// <reference types="node" />
// `coalition-widgets prerender`: every widget of the kit in an HTML file, pre-rendered for its
// attributes and its story by the kit's renderer. The file is otherwise written back byte for byte:
// each widget gets its shadow root as declarative shadow DOM after its start tag, and the readable
// fallback of the widget catalog when it has none of its own.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { renderWidget } from '../ssr/render-widget.js';
import { kitLanguage } from '../i18n/language.js';
import { optionsOf, widgetCatalog, widgetTags, type WidgetTag } from '../embed/widget-catalog.js';
import { closestMatch } from '../story/suggest.js';
import type { StoryState } from '../data/story-context.js';
import { loadStorySource, type PageFiles, type StorySource } from './stories.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderResult {
  html: string;
  /** How many widgets were pre-rendered. */
  widgets: number;
  /** Left as they are: unknown tags and attributes, non-English surroundings. */
  warnings: string[];
  /** Widgets written in their error state: a story that failed, an option the widget cannot use. */
  problems: string[];
}

/** Attributes every HTML element takes; anything else on a widget must be one of its options. */
const globalAttributes =
  /^(id|class|style|lang|dir|hidden|title|slot|part|tabindex|role|translate|inert|nonce|defer-hydration|(aria|data)-.+)$/;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Pre-renders every widget of the kit in `html`, read from `files.page` (named in messages); story
 * files are read as the page's URLs name them (./stories.ts).
 */
export async function prerender(html: string, files: PageFiles): Promise<PrerenderResult> {
  const file = files.page;
  const document = parse(html, { sourceCodeLocationInfo: true });
  const result: PrerenderResult = { html, widgets: 0, warnings: [], problems: [] };
  const edits: Edit[] = [];
  const unknownTags = new Map<string, number>();
  const pageProvider = findAll(
    document,
    (element) => element.tagName === 'coalition-data' && hasAttribute(element, 'page'),
  )[0];

  const widgets: { element: Element; provider?: Element; lang: string }[] = [];
  walk(document, undefined, '', (element, provider, lang) => {
    if ((widgetTags as string[]).includes(element.tagName)) widgets.push({ element, provider, lang });
    else if (element.tagName.includes('-') && element.tagName !== 'coalition-data')
      unknownTags.set(element.tagName, (unknownTags.get(element.tagName) ?? 0) + 1);
  });

  for (const { element, provider, lang } of widgets) {
    const tag = element.tagName as WidgetTag;
    const where = `${file}:${element.sourceCodeLocation!.startLine}: <${tag}>`;
    const attributes = Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value]));
    for (const name of Object.keys(attributes)) {
      const known = optionsOf(tag).map((option) => option.name);
      if (known.includes(name) || globalAttributes.test(name)) continue;
      const close = closestMatch(name, known);
      result.warnings.push(
        `${where}: unknown attribute ${name}, left as it is${close ? ` (did you mean ${close}?)` : ''}.`,
      );
    }
    if (lang && !/^en\b/i.test(lang) && kitLanguage(lang) === 'en') {
      result.warnings.push(
        `${where}: it sits in lang="${lang}" content, a language the kit has no words for, so it writes English there: give it lang="en" so that screen readers read it as English.`,
      );
    }

    const storyFrom = provider ?? pageProvider;
    const loaded = await loadStorySource(storyFrom ? sourceOf(storyFrom) : {}, files);
    const state: StoryState = loaded.ok
      ? { story: loaded.story, loading: false }
      : { error: loaded.error, loading: false };
    const options = Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'defer-hydration'));
    // In the language the widget finds on the page (its own `lang`, an ancestor's, <html lang>).
    const rendered = renderWidget(tag, options, state, lang);
    if (rendered.problem) result.problems.push(`${where}: ${rendered.problem}`);
    result.widgets += 1;

    const location = element.sourceCodeLocation!;
    const startTagEnd = location.startTag!.endOffset;
    const earlier = element.childNodes.find(
      (child): child is DefaultTreeAdapterMap['template'] =>
        child.nodeName === 'template' && hasAttribute(child, 'shadowrootmode'),
    );
    const fallback =
      hasContent(element, earlier) || !loaded.ok ? '' : widgetCatalog[tag].fallback(loaded.story, options);
    if (earlier) {
      // Run again on its own output: the copy is drawn anew.
      const { startOffset, endOffset } = earlier.sourceCodeLocation!;
      edits.push({ start: startOffset, end: endOffset, text: rendered.shadow });
      if (fallback) edits.push({ start: endOffset, end: endOffset, text: fallback });
    } else {
      edits.push({ start: startTagEnd, end: startTagEnd, text: rendered.shadow + fallback });
    }
  }

  if (unknownTags.size) {
    const named = [...unknownTags].map(([tag, count]) => {
      const close = closestMatch(tag, widgetTags);
      return `<${tag}>${count > 1 ? ` (${count})` : ''}${close ? ` (did you mean <${close}>?)` : ''}`;
    });
    result.warnings.push(`${file}: not elements of the kit, left as they are: ${named.join(', ')}.`);
  }

  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result.html = result.html.slice(0, edit.start) + edit.text + result.html.slice(edit.end);
  }
  return result;
}

function hasAttribute(element: Element, name: string): boolean {
  return element.attrs.some((attribute) => attribute.name === name);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((each) => each.name === name)?.value;
}

/** A <coalition-data>'s story as the element chooses it: `src`, else a child <script type="application/json">. */
function sourceOf(provider: Element): StorySource {
  const src = attribute(provider, 'src');
  if (src) return { src };
  const script = provider.childNodes.find(
    (child): child is Element =>
      'tagName' in child && child.tagName === 'script' && attribute(child, 'type') === 'application/json',
  );
  const text = script?.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
  return text === undefined ? {} : { inlineJson: text };
}

/** Whether the widget has fallback content of its own, besides a pre-rendered copy. */
function hasContent(element: Element, copy: Node | undefined): boolean {
  return element.childNodes.some(
    (child) =>
      child !== copy &&
      (child.nodeName === '#text' ? /\S/.test((child as { value: string }).value) : child.nodeName !== '#comment'),
  );
}

/** Visits every element with its nearest <coalition-data> and `lang`, not inside <template> or a widget. */
function walk(
  node: Node,
  provider: Element | undefined,
  lang: string,
  visit: (element: Element, provider: Element | undefined, lang: string) => void,
): void {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child) || child.tagName === 'template') continue;
    const own = attribute(child, 'lang') ?? lang;
    visit(child, provider, own);
    if ((widgetTags as string[]).includes(child.tagName)) continue;
    walk(child, child.tagName === 'coalition-data' ? child : provider, own, visit);
  }
}

function findAll(node: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(node, undefined, '', (element) => test(element) && found.push(element));
  return found;
}
