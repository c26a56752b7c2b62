// The problem contract: bad input shows a visible part="error" message, fires one bubbling and
// composed `coalition-error` event, logs one console warning, and throws nothing.
import { expect } from '@open-wc/testing';
import { isVisible, part, shownText } from './reading.js';
import { settled } from './waiting.js';

export interface ProblemWatch {
  /** `coalition-error` events that reached the document in this test. */
  events: CustomEvent<{ message: string }>[];
  /** Arguments of every console.warn call in this test (console.warn is replaced while a test runs). */
  warnings: unknown[][];
  /** Uncaught errors and unhandled rejections in this test. */
  pageErrors: string[];
  /** The `detail.message` of every `coalition-error` event that reached the document. */
  eventMessages(): string[];
  /** Warnings from the kit: the first argument starts with `[coalition-widgets]`. */
  kitWarnings(): string[];
}

/**
 * Watches the three ways a widget reports a problem, in every test of the `describe` this is
 * called in: cleared before each test, and console.warn put back after each, even one that failed.
 */
export function watchProblems(): ProblemWatch {
  const watch: ProblemWatch = {
    events: [],
    warnings: [],
    pageErrors: [],
    eventMessages: () => watch.events.map((event) => event.detail?.message),
    kitWarnings: () =>
      watch.warnings
        .map((args) => args[0])
        .filter((first): first is string => typeof first === 'string' && first.startsWith('[coalition-widgets]')),
  };
  const onEvent = (event: Event) => watch.events.push(event as CustomEvent<{ message: string }>);
  const onError = (event: ErrorEvent) => watch.pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => watch.pageErrors.push(String(event.reason));
  let originalWarn = console.warn;

  beforeEach(() => {
    watch.events.length = 0;
    watch.warnings.length = 0;
    watch.pageErrors.length = 0;
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void watch.warnings.push(args);
    document.addEventListener('coalition-error', onEvent);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    console.warn = originalWarn;
    document.removeEventListener('coalition-error', onEvent);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return watch;
}

/**
 * Asserts that a widget reported exactly one problem, in all three ways: a visible
 * `part="error"` element, one bubbling and composed `coalition-error` event, and one console
 * warning starting with `[coalition-widgets]`; each naming every one of `fragments`. Nothing threw.
 */
export async function expectOneProblemReported(
  element: Element,
  watch: ProblemWatch,
  fragments: string[],
): Promise<void> {
  await settled(element);
  const error = part(element, 'error');
  expect(error !== null, `<${element.localName}> shows a part="error" element`).to.equal(true);
  expect(isVisible(error), 'the error element is visible').to.equal(true);
  const shown = shownText(error);

  expect(watch.eventMessages(), 'coalition-error events that reached the document').to.have.length(1);
  const [event] = watch.events;
  expect(event.target === element, 'the event comes from the widget').to.equal(true);
  expect(event.bubbles, 'the event bubbles').to.equal(true);
  expect(event.composed, 'the event is composed').to.equal(true);
  expect(shown).to.include(event.detail.message);

  const warnings = watch.kitWarnings();
  expect(warnings, 'console warnings starting with [coalition-widgets]').to.have.length(1);
  expect(warnings[0]).to.include(event.detail.message);

  for (const fragment of fragments) {
    expect(shown, 'the visible error').to.include(fragment);
    expect(event.detail.message, 'the event message').to.include(fragment);
  }
  expect(watch.pageErrors, 'uncaught errors').to.deep.equal([]);
}

/** Asserts that the widget shows no `part="error"` element (the message, if there is one, in the failure). */
export function expectNoProblemShown(element: Element): void {
  const error = part(element, 'error');
  expect(
    error && shownText(error, { alsoHidden: 'all' }),
    `<${element.localName}> shows no part="error" element`,
  ).to.equal(null);
}
