// Loads a static HTML page that embeds the built kit into an iframe, the way a reader's browser
// would meet it, and reads what the reader sees there: text in the widgets' shadow DOM and boxes
// with a real size.
import { expect, waitUntil } from '@open-wc/testing';

/** The kit's elements, as a page would use them. */
export const KIT_TAGS = ['coalition-data', 'coalition-summary', 'quote-card', 'satellite-compare'] as const;
export const WIDGET_TAGS = ['coalition-summary', 'quote-card', 'satellite-compare'] as const;

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
export type EmbedWindow = Window &
  typeof globalThis & {
    __messages: PageMessage[];
    __coalitionErrors: RecordedCoalitionError[];
    __fetches: string[];
    [key: string]: unknown;
  };

export interface LoadedPage {
  iframe: HTMLIFrameElement;
  window: EmbedWindow;
  document: Document;
}

const openFrames = new Set<HTMLIFrameElement>();

/**
 * Opens `url` in an 800×1200 iframe and resolves once the page has loaded, every kit element on it
 * is defined, and every widget has rendered something (its card or an error) — or `settleTimeout`
 * has passed, so that a widget that never renders fails the test's own assertion, not a timeout.
 */
export async function loadPage(url: string, { settleTimeout = 4000 } = {}): Promise<LoadedPage> {
  const iframe = document.createElement('iframe');
  iframe.width = '800';
  iframe.height = '1200';
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.title = `Embedding test page ${url}`;
  iframe.src = url;
  const loaded = new Promise<void>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
  openFrames.add(iframe);
  document.body.append(iframe);
  await loaded;

  const win = iframe.contentWindow as EmbedWindow;
  const doc = iframe.contentDocument!;
  if (!Array.isArray(win.__messages)) throw new Error(`${url} has no recorder script (window.__messages)`);

  const deadline = Date.now() + settleTimeout;
  const present = KIT_TAGS.filter((tag) => doc.querySelector(tag));
  await Promise.race([Promise.all(present.map((tag) => win.customElements.whenDefined(tag))), delay(settleTimeout)]);
  const undefinedTags = present.filter((tag) => !win.customElements.get(tag));
  if (undefinedTags.length) {
    throw new Error(
      `${url}: ${undefinedTags.map((tag) => `<${tag}>`).join(', ')} never got defined; did dist/ build (npm run build) and load?`,
    );
  }
  await pollUntil(() => kitElements(doc).every(hasSettled), deadline);
  await Promise.all(kitElements(doc).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return { iframe, window: win, document: doc };
}

/** Removes every iframe opened by loadPage; call it in afterEach. */
export function closePages(): void {
  for (const iframe of openFrames) iframe.remove();
  openFrames.clear();
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

async function pollUntil(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && Date.now() < deadline) await delay(25);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits up to `timeout` ms for `predicate`; fails with `message` otherwise. */
export function waitFor(predicate: () => boolean, message: string, timeout = 3000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 25 });
}

/** The element's rendered shadow-DOM text (styles left out), whitespace collapsed. */
export function shadowText(el: Element | null): string {
  if (!el?.shadowRoot) return '';
  return [...el.shadowRoot.childNodes]
    .filter((node) => node.nodeName !== 'STYLE')
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The shadow-DOM element carrying `part`, or null. */
export function part(el: Element | null, name: string): HTMLElement | null {
  return el?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Texts of every shadow-DOM element matching `selector`, whitespace collapsed. */
export function texts(el: Element | null, selector: string): string[] {
  return [...(el?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Text of one shadow-DOM part, whitespace collapsed ('' when the part is absent). */
export function partText(el: Element | null, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the element takes up space on the page (a reader could see it). */
export function isVisible(el: Element | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
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
export type Facts = Record<(typeof WIDGET_TAGS)[number], string>;

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
      return texts(widget, '.figure .number')[0] ?? '';
    case 'quote-card':
      return partText(widget, 'quote');
    case 'satellite-compare':
      return texts(widget, '.bar-row .count')[0] ?? '';
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
 * than FACT_QUOTE: some quote) and no error, and that its card is visible. Returns how many widgets it checked, so that a test can insist there were some.
 */
export function expectStory(root: ParentNode, facts: Facts): number {
  const widgets = widgetsIn(root);
  for (const widget of widgets) {
    const tag = widget.localName as keyof Facts;
    if (tag === 'quote-card' && widget.getAttribute('quote') !== FACT_QUOTE) {
      expect(partText(widget, 'quote'), `${describeWidget(widget)} shows its quote`).not.to.equal('');
    } else {
      expect(shownFact(widget), `${describeWidget(widget)} shows`).to.equal(facts[tag]);
    }
    expect(part(widget, 'error'), `${describeWidget(widget)} shows an error: "${partText(widget, 'error')}"`).to.equal(
      null,
    );
    expect(isVisible(part(widget, 'base')), `${describeWidget(widget)} has a visible card`).to.equal(true);
  }
  return widgets.length;
}
