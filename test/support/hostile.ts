// Helpers for the hostile-input tests (test/hostile): the browser under test, the shape of what
// the widgets render, and what must never happen on a page (code run, CSP violations, errors).
import { expect } from '@open-wc/testing';
import type { RecordedWindow } from './pages.js';
import { deepElements } from './reading.js';

/** The browser running this test, for tests that run in some engines only. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

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

/** Fails when the page recorded that injected code ran, a CSP violation, or an uncaught error. */
export function expectNothingRan(win: RecordedWindow, context = ''): void {
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

/**
 * Whether `element` loads something or runs code: one of ACTIVE_TAGS, but not a button that can only
 * be clicked (type="button", in no form, no formaction), as the chart's "Get the data".
 */
export function isActive(element: Element): boolean {
  const plainButton =
    element.getAttribute('type') === 'button' && !element.closest('form') && !element.hasAttribute('formaction');
  return ACTIVE_TAGS.includes(element.localName) && !(element.localName === 'button' && plainButton);
}
