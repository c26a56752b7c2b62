// Helpers for the hostile-input tests (test/hostile): pages that load the built kit with
// test/fixtures/recorder.js, and ways to read everything the widgets put on the page.
import { expect } from '@open-wc/testing';
import { KIT_TAGS, loadPage, type EmbedWindow, type LoadedPage } from './page.js';

/** What test/fixtures/recorder.js collects, besides what EmbedWindow already names. */
export type HostileWindow = EmbedWindow & {
  __violations: { directive: string; blockedURI: string; sample: string }[];
  __pwned: string[];
  __requests: { api: string; url: string }[];
};

export interface HostilePage extends LoadedPage {
  window: HostileWindow;
}

export async function loadHostilePage(url: string, options?: { settleTimeout?: number }): Promise<HostilePage> {
  const page = (await loadPage(url, options)) as HostilePage;
  if (!Array.isArray(page.window.__pwned)) throw new Error(`${url} does not load /test/fixtures/recorder.js`);
  return page;
}

/** The browser running this test, for tests that run in some engines only. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Every element under `root`, in light DOM and in every open shadow root below it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * The shape of what is rendered under `root`: how many elements of each tag carry each set of
 * attribute names ("a[href part rel target]": 2). Text and attribute values are left out, so a
 * story with other words has the same shape, and any injected element or attribute shows.
 */
export function shape(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of deepElements(root)) {
    const key = `${el.localName}[${[...el.attributes]
      .map((a) => a.name)
      .sort()
      .join(' ')}]`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The differences between two shapes, readable in an assertion message. */
export function shapeDifference(actual: Record<string, number>, expected: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys]
    .filter((key) => (actual[key] ?? 0) !== (expected[key] ?? 0))
    .map((key) => `${key}: ${expected[key] ?? 0} expected, ${actual[key] ?? 0} rendered`);
}

/** Waits until every kit element under `root` has finished updating (and, given `win`, for a frame). */
export async function settled(root: ParentNode, win?: Window): Promise<void> {
  type Updating = Element & { updateComplete?: Promise<boolean>; isUpdatePending?: boolean };
  for (let round = 0; round < 10; round++) {
    const kit = deepElements(root).filter((el) => (KIT_TAGS as readonly string[]).includes(el.localName)) as Updating[];
    await Promise.all(kit.map((el) => el.updateComplete));
    if (!kit.some((el) => el.isUpdatePending)) break;
  }
  if (win) await nextFrame(win);
}

/** Fails when the page recorded that injected code ran, a CSP violation, or an uncaught error. */
export function expectNothingRan(win: HostileWindow, context = ''): void {
  expect(win.__pwned, `${context}injected code ran`).to.deep.equal([]);
  expect(win.__violations, `${context}CSP violations`).to.deep.equal([]);
  expect(
    win.__messages.filter((message) => message.level !== 'warn'),
    `${context}uncaught exceptions and console errors`,
  ).to.deep.equal([]);
}

/** Elements that load something or run code: none of them belongs in a widget. */
export const ACTIVE_TAGS = [
  'script',
  'iframe',
  'frame',
  'img',
  'image',
  'link',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'base',
  'meta',
  'form',
  'input',
  'button',
  'style',
  'foreignobject',
  'use',
  'animate',
  'set',
];

export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}
