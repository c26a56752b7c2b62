// Rendering a widget in the test page, in the surroundings a page gives it: drawn by the kit in the
// browser, or pre-rendered in Node by the kit's renderer and then hydrated, as Web Awesome runs its
// tests twice (`forEachRendering`).
import { expect, fixtureSync } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import type { Story } from '../../src/story/index.js';
import { settled } from './waiting.js';

/** Attributes of a widget; an undefined value leaves the attribute out. */
export type Attributes = Record<string, string | undefined>;

export interface Surroundings {
  /** Width of the column the widget sits in, in CSS pixels (the test page's width unless given). */
  width?: number;
  /** The page's font around the widget (the CSS `font` shorthand). */
  font?: string;
  /** Custom properties the page sets on the widget itself, as `{ '--cw-color-accent': 'red' }`. */
  customProperties?: Record<string, string>;
  /** A story of the test's own, given by a `<coalition-data>` around the widget (which checks it, as for any page). */
  story?: Story;
  /**
   * A story handed to the widget as it is, unchecked by this copy of the kit: what a provider of
   * another copy of the kit, or an app's own context provider, may hand over.
   */
  uncheckedStory?: unknown;
}

/** How renderWidget() draws a widget: in the browser, or pre-rendered then hydrated. */
export type Rendering = 'client-rendered' | 'pre-rendered, then hydrated';
export const RENDERINGS: Rendering[] = ['client-rendered', 'pre-rendered, then hydrated'];
let rendering: Rendering = 'client-rendered';

/**
 * Runs `tests` twice, each time in a describe named for the rendering: widgets drawn by the kit in
 * the browser, then pre-rendered by the kit's renderer in Node and hydrated by the kit.
 */
export function forEachRendering(tests: (rendering: Rendering) => void): void {
  for (const each of RENDERINGS) {
    describe(each, () => {
      before(() => (rendering = each));
      after(() => (rendering = 'client-rendered'));
      tests(each);
    });
  }
}

/** The context the widgets ask for (src/data/story-context.ts): a registered symbol every copy of the kit shares. */
const STORY_CONTEXT = Symbol.for('coalition-widgets.story/1');

/** Renders `<tag>` with `attributes` in a column of the test page and waits until it is laid out. */
export async function renderWidget<T extends HTMLElement = LitElement>(
  tag: string,
  attributes: Attributes = {},
  { width, font, customProperties = {}, story, uncheckedStory }: Surroundings = {},
): Promise<T> {
  const column = document.createElement('div');
  if (width !== undefined) column.style.width = `${width}px`;
  if (font !== undefined) column.style.font = font;
  const written = Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  if (rendering !== 'client-rendered' && uncheckedStory !== undefined) {
    throw new Error('a story handed over unchecked reaches a widget only in the browser: render it client-side');
  }
  const widget = rendering === 'client-rendered' ? document.createElement(tag) : await prerendered(tag, written, story);
  for (const [name, value] of Object.entries(written)) widget.setAttribute(name, value);
  for (const [name, value] of Object.entries(customProperties)) widget.style.setProperty(name, value);
  if (uncheckedStory !== undefined) handOver(column, uncheckedStory);
  let provider: CoalitionData | undefined;
  if (story) {
    provider = document.createElement('coalition-data');
    provider.data = story;
    provider.append(widget);
  }
  column.append(provider ?? widget);
  const copy = widget.shadowRoot ? drawnNodes(widget.shadowRoot) : [];
  fixtureSync(column); // removed after the test, as every fixture
  await provider?.updateComplete; // the story is checked and provided
  await settled(widget);
  if (copy.length) {
    // Hydrated: the kit kept the pre-rendered nodes rather than draw them again.
    expect(
      copy.every((node) => node.getRootNode() === widget.shadowRoot),
      `<${tag}>'s pre-rendered nodes are still those it shows (hydrated, not rendered again)`,
    ).to.equal(true);
  }
  return widget as T;
}

/** What test/support/prerender-server.mjs renders. */
interface PrerenderRequest {
  tag: string;
  attributes: Record<string, string>;
  story?: Story;
  /** The page's language, as the `prerender` command reads it from the page around a widget. */
  lang?: string;
}

/** What became of a widget's pre-rendered copy once the kit ran. */
export type CopyFate = 'no copy' | 'kept (hydrated)' | 'drawn anew' | 'partly kept';

export interface RenderedMarkup {
  root: HTMLElement;
  /** What became of `widget`'s pre-rendered copy: `no copy` when client-rendered. */
  copyOf(widget: Element): CopyFate;
}

/**
 * Renders `markup` (widgets, `<coalition-data>`…) in the test page as a page holds it: as written, or
 * as the `prerender` command writes it (src/publish/prerender.ts, in Node), then hydrated by the kit.
 * `beforeConnect` may set properties (a provider's `data`) before the elements upgrade. Waits until
 * the widgets have rendered, unless `settle` is false (a copy whose story is still loading waits for it).
 */
export async function renderMarkup(
  markup: string,
  { beforeConnect, settle = true }: { beforeConnect?: (root: HTMLElement) => void; settle?: boolean } = {},
): Promise<RenderedMarkup> {
  const root = document.createElement('div');
  if (rendering === 'client-rendered') {
    root.innerHTML = markup;
  } else {
    hydrationInstalled ??= import('../../src/shared/hydration.js');
    const [{ html }] = await Promise.all([
      executeServerCommand<{ html: string }, { html: string }>('prerender-page', { html: markup }),
      hydrationInstalled,
    ]);
    root.setHTMLUnsafe(html);
  }
  const widgets = [...root.querySelectorAll('coalition-summary, quote-card, satellite-compare')];
  const copies = new Map(widgets.map((widget) => [widget, widget.shadowRoot ? drawnNodes(widget.shadowRoot) : []]));
  beforeConnect?.(root);
  fixtureSync(root); // removed after the test, as every fixture
  for (const provider of root.querySelectorAll<CoalitionData>('coalition-data')) await provider.updateComplete;
  if (settle) await settled(root);
  return {
    root,
    copyOf(widget) {
      const copy = copies.get(widget) ?? [];
      const kept = copy.filter((node) => node.getRootNode() === widget.shadowRoot).length;
      if (!copy.length) return 'no copy';
      return kept === copy.length ? 'kept (hydrated)' : kept ? 'partly kept' : 'drawn anew';
    },
  };
}

let hydrationInstalled: Promise<unknown> | undefined;

/**
 * `<tag>` as the kit's renderer writes it in Node, showing `story` (the default story unless given),
 * parsed (its shadow root attached) but not yet in the page.
 */
async function prerendered(tag: string, attributes: Record<string, string>, story?: Story): Promise<HTMLElement> {
  // The kit loads its hydration itself where a page holds copies when it starts; widgets added later need it installed.
  hydrationInstalled ??= import('../../src/shared/hydration.js');
  const [{ shadow }] = await Promise.all([
    executeServerCommand<{ shadow: string }, PrerenderRequest>('prerender', {
      tag,
      attributes,
      story,
      lang: document.documentElement.lang,
    }),
    hydrationInstalled,
  ]);
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(`<${tag}>${shadow}</${tag}>`);
  const widget = holder.firstElementChild as HTMLElement;
  expect(widget.shadowRoot, `the pre-rendered <${tag}> has a declarative shadow root`).to.not.equal(null);
  return widget;
}

/** The nodes a widget draws in its shadow root (its own <style> gives way to shared stylesheets). */
function drawnNodes(root: ShadowRoot): Node[] {
  return [...root.querySelectorAll('*')].filter((node) => node.localName !== 'style');
}

/** Answers the widgets' requests for a story inside `holder` with `story`, as the context protocol has it. */
function handOver(holder: HTMLElement, story: unknown): void {
  holder.addEventListener('context-request', (event) => {
    const request = event as Event & {
      context?: unknown;
      callback?: (value: unknown, unsubscribe: () => void) => void;
    };
    if (request.context !== STORY_CONTEXT) return;
    event.stopPropagation();
    request.callback?.({ story, loading: false }, () => undefined);
  });
}

/** `quote="healey-post" theme="dark"`, for test names. */
export function describeAttributes(attributes: Attributes): string {
  const written = Object.entries(attributes).filter(([, value]) => value !== undefined);
  return written.map(([name, value]) => `${name}="${value}"`).join(' ') || 'no attributes';
}
