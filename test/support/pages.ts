// Pages in an iframe: a fixture page that embeds the built kit, the kit's own pages, or markup of the
// test's own, loaded the way a reader's browser meets them; and what their widgets show.
import { expect } from '@open-wc/testing';
import { isVisible, part, shownText } from './reading.js';
import { delay, nextFrame, settled } from './waiting.js';

/** The kit's elements, as a page would use them. */
export const KIT_TAGS = ['coalition-data', 'coalition-summary', 'quote-card', 'satellite-compare'] as const;
export const WIDGET_TAGS = ['coalition-summary', 'quote-card', 'satellite-compare'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** What test/fixtures/recorder.js, loaded first by each fixture page, collects. */
export interface PageMessage {
  level: 'error' | 'warn' | 'uncaught';
  text: string;
}
export interface RecordedCoalitionError {
  message: string;
  bubbles: boolean;
  composed: boolean;
  from: string;
}
export type RecordedWindow = Window &
  typeof globalThis & {
    __messages: PageMessage[];
    __coalitionErrors: RecordedCoalitionError[];
    __fetches: string[];
    __violations: { directive: string; blockedURI: string; sample: string }[];
    __pwned: string[];
    __requests: { api: string; url: string }[];
    [key: string]: unknown;
  };

export interface LoadedPage {
  iframe: HTMLIFrameElement;
  window: Window & typeof globalThis & Record<string, unknown>;
  document: Document;
}
export interface RecordedPage extends LoadedPage {
  window: RecordedWindow;
}

export interface PageOptions {
  /** Size of the iframe, in CSS pixels: 800 × 1200 unless given. */
  width?: number;
  height?: number;
  /**
   * Whether to wait, after the load event, until every kit element on the page is defined and has
   * rendered something (true unless given); false for a page that loads the kit later.
   */
  untilRendered?: boolean;
  /**
   * Up to how long to wait for that, in ms (8000 unless given, within a test's 10 s; a page's story took
   * over 4 s in Firefox once, under a full run's load); past it the test goes on, so that a widget that
   * never renders fails the test's own assertion, not a timeout.
   */
  settleTimeout?: number;
  /** Scroll through the page first, so that widgets with loading="lazy" render. */
  scrollThrough?: boolean;
  /**
   * Whether the page loads test/fixtures/recorder.js first, as every fixture page does (checked;
   * true unless given). False for the kit's own pages and markup of the test's own.
   */
  recorder?: boolean;
  /**
   * Whether the page may run scripts (true unless given). False opens it sandboxed without
   * `allow-scripts`, as a reader with JavaScript off meets it; its iframes inherit that.
   */
  scripts?: boolean;
}

const openFrames = new Set<HTMLIFrameElement>();

/**
 * Opens `source` (a URL, or `{ html }`: markup of the test's own, as the iframe's srcdoc) in an
 * iframe and resolves once the page has loaded and, unless told otherwise, its widgets rendered.
 * Close it with closePages() in afterEach.
 */
export async function loadPage(
  source: string | { html: string },
  options?: PageOptions & { recorder?: true },
): Promise<RecordedPage>;
export async function loadPage(
  source: string | { html: string },
  options: PageOptions & { recorder: false },
): Promise<LoadedPage>;
export async function loadPage(
  source: string | { html: string },
  {
    width = 800,
    height = 1200,
    untilRendered = true,
    settleTimeout = 8000,
    scrollThrough = false,
    recorder = true,
    scripts = true,
  }: PageOptions = {},
): Promise<LoadedPage> {
  const name = typeof source === 'string' ? source : 'markup of the test';
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.title = `Embedding test page ${name}`;
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  if (typeof source === 'string') iframe.src = source;
  else
    iframe.srcdoc = `<!doctype html><html lang="en"><head><title>Test page</title></head><body>${source.html}</body></html>`;
  const loaded = new Promise<void>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.addEventListener('error', () => reject(new Error(`${name} did not load`)), { once: true });
  });
  openFrames.add(iframe);
  document.body.append(iframe);
  await loaded;

  const page = { iframe, window: iframe.contentWindow!, document: iframe.contentDocument! } as LoadedPage;
  if (recorder && !Array.isArray(page.window.__messages && page.window.__pwned)) {
    throw new Error(`${name} does not load /test/fixtures/recorder.js first (no window.__messages, window.__pwned)`);
  }
  if (scrollThrough) await scrollThroughPage(page);
  if (untilRendered && scripts) await widgetsRendered(page, name, settleTimeout);
  return page;
}

/** Loads the kit's optional host script (dist/embed-host.js) into this test page, once. */
export async function installHostScript(): Promise<void> {
  if (document.querySelector('script[data-test-host]')) return;
  const script = document.createElement('script');
  script.src = '/dist/embed-host.js';
  script.dataset.testHost = '';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  document.head.append(script);
  await loaded;
}

/** Removes every iframe opened by loadPage; call it in afterEach. */
export function closePages(): void {
  for (const iframe of openFrames) iframe.remove();
  openFrames.clear();
}

/** Whether a widget has rendered once (a pre-rendered copy in its markup does not count). */
export function hasRendered(widget: Element | null | undefined): boolean {
  return (widget as (Element & { hasUpdated?: boolean }) | null)?.hasUpdated === true;
}

async function widgetsRendered(page: LoadedPage, name: string, timeout: number): Promise<void> {
  const { window: win, document: doc } = page;
  const deadline = Date.now() + timeout;
  const present = KIT_TAGS.filter((tag) => doc.querySelector(tag));
  await Promise.race([Promise.all(present.map((tag) => win.customElements.whenDefined(tag))), delay(timeout)]);
  const undefinedTags = present.filter((tag) => !win.customElements.get(tag));
  if (undefinedTags.length) {
    throw new Error(
      `${name}: ${undefinedTags.map((tag) => `<${tag}>`).join(', ')} never got defined; did dist/ build (npm run build) and load?`,
    );
  }
  while (!kitElements(doc).every(hasSettled) && Date.now() < deadline) await delay(25);
  await settled(doc, { frame: false });
}

/** Scrolls down a screen at a time, as a reader does, then back to the top. */
async function scrollThroughPage({ window: win, document: doc }: LoadedPage): Promise<void> {
  for (let y = 0; y < doc.documentElement.scrollHeight; y += win.innerHeight) {
    win.scrollTo(0, y);
    await nextFrame(win);
    await delay(50);
  }
  win.scrollTo(0, 0);
}

function kitElements(doc: Document): Element[] {
  return [...doc.querySelectorAll(KIT_TAGS.join(','))];
}

/** A provider has finished loading; a widget shows either its card or an error. */
function hasSettled(el: Element): boolean {
  if (el.localName === 'coalition-data')
    return (el as Partial<{ state: { loading: boolean } }>).state?.loading === false;
  return !!el.shadowRoot?.querySelector('[part~="base"], [part~="error"]');
}

/** The one element matching `selector` in the page; throws a readable error when it is missing. */
export function $(doc: Document, selector: string): HTMLElement {
  const el = doc.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`the page has no element matching ${selector}`);
  return el;
}

/** The kit's version, as published: package.json's. */
export async function packageVersion(): Promise<string> {
  const response = await fetch('/package.json');
  return ((await response.json()) as { version: string }).version;
}

/**
 * The one fact each widget shows that differs between the test stories: the number of countries
 * taking part (<coalition-summary>), the text of quote FACT_QUOTE (<quote-card>), and the
 * United States' military satellites (<satellite-compare>).
 */
export type Facts = Record<WidgetTag, string>;

/** The quote whose text differs between the test stories. */
export const FACT_QUOTE = 'healey-planning';

export const STORIES = {
  /** The story built into the kit (dist/story.json). */
  default: {
    'coalition-summary': '30',
    'quote-card':
      'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
    'satellite-compare': '249',
  },
  /** test/fixtures/stories/alt.json */
  alt: {
    'coalition-summary': '31',
    'quote-card': 'Alternative story: the quote from alt.json.',
    'satellite-compare': '251',
  },
  /** The inline <script type="application/json"> of data-routes.html. */
  inline: {
    'coalition-summary': '32',
    'quote-card': 'Inline story: the quote from the script element.',
    'satellite-compare': '252',
  },
  /** test/fixtures/stories/page.json */
  page: {
    'coalition-summary': '33',
    'quote-card': 'Page story: the quote from page.json.',
    'satellite-compare': '253',
  },
  /** test/fixtures/stories/second.json */
  second: {
    'coalition-summary': '34',
    'quote-card': 'Second story: the quote from second.json.',
    'satellite-compare': '254',
  },
} satisfies Record<string, Facts>;

/** The fact of STORIES that `widget` shows right now ('' when it shows none). */
export function shownFact(widget: Element): string {
  switch (widget.localName) {
    case 'coalition-summary':
      return shownText(widget.shadowRoot?.querySelector('.figure .number'));
    case 'quote-card':
      return shownText(part(widget, 'quote'));
    case 'satellite-compare':
      return shownText(widget.shadowRoot?.querySelector('.bar-row .count'));
    default:
      throw new Error(`<${widget.localName}> is not a widget`);
  }
}

/** The widgets inside `root` (a page or an element), in document order. */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(','))];
}

/** "<quote-card quote="healey-planning"> in #outside", for assertion messages. */
export function describeWidget(widget: Element): string {
  const attributes = [...widget.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  const holder = widget.closest('[id]:not(quote-card, coalition-summary, satellite-compare)') ?? widget.parentElement;
  return `<${widget.localName}${attributes}> in ${holder?.id ? `#${holder.id}` : `<${holder?.localName}>`}`;
}

/**
 * Checks that every widget inside `root` shows the story `facts` (a quote card showing another quote
 * than FACT_QUOTE: some quote) and no error, and that its card is visible. Returns how many widgets
 * it checked, so that a test can insist there were some.
 */
export function expectStory(root: ParentNode, facts: Facts): number {
  const widgets = widgetsIn(root);
  for (const widget of widgets) {
    const tag = widget.localName as keyof Facts;
    if (tag === 'quote-card' && widget.getAttribute('quote') !== FACT_QUOTE) {
      expect(shownText(part(widget, 'quote')), `${describeWidget(widget)} shows its quote`).not.to.equal('');
    } else {
      expect(shownFact(widget), `${describeWidget(widget)} shows`).to.equal(facts[tag]);
    }
    const error = part(widget, 'error');
    expect(error === null, `${describeWidget(widget)} shows an error: "${shownText(error)}"`).to.equal(true);
    expect(isVisible(part(widget, 'base')), `${describeWidget(widget)} has a visible card`).to.equal(true);
  }
  return widgets.length;
}
