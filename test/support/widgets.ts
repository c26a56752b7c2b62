// Small helpers shared by the widget tests: what a reader sees in a shadow root, how to wait for
// layout, and how to watch the ways a widget reports a problem (event, console, page errors).
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Resolves after the next animation frame: styles applied, layout done. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until the element has rendered and the browser has laid it out. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}

/** Collapses runs of white space, as a reader perceives them. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text rendered in an element's shadow root as a reader sees it (`innerText`: only what is
 * laid out, with CSS text-transform applied), white space collapsed.
 */
export function shadowText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no open shadow root`);
  const parts = [...root.children].map((child) =>
    child instanceof HTMLElement ? child.innerText : (child.textContent ?? ''),
  );
  return normalizeSpace(parts.join(' '));
}

/** One element of the shadow root, failing the test with a clear message when it is missing. */
export function shadowPart<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> renders no ${selector}`);
  return found;
}

/** Whether the element is laid out with a non-empty box. */
export function isRendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 0 && box.height > 0;
}

/**
 * Elements as short strings (`<time datetime="…">`), for assertions: a failing assertion that holds
 * a DOM node makes the test runner hang while it serializes the node, so never pass nodes to expect().
 */
export function tags(nodes: Iterable<Element> | ArrayLike<Element> | Element | null | undefined): string[] {
  if (!nodes) return [];
  const list = nodes instanceof Element ? [nodes] : Array.from(nodes as ArrayLike<Element>);
  return list.map((node) => {
    const attributes = [...node.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
    return `<${node.localName}${attributes}>`;
  });
}

/** Parses the `rgb()`/`rgba()` colours that getComputedStyle returns. */
export function parseRgb(color: string): [number, number, number] {
  const match = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance of a computed colour: 0 for black, 1 for white. */
export function luminance(color: string): number {
  const [r, g, b] = parseRgb(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface ProblemWatch {
  /** `coalition-error` events that reached the document. */
  events: CustomEvent<{ message: string }>[];
  /** Arguments of every console.warn call (console.warn is stubbed while watching). */
  warnings: unknown[][];
  /** Uncaught errors and unhandled rejections on the page. */
  pageErrors: string[];
  /** The `detail.message` of every `coalition-error` event that reached the document. */
  eventMessages(): string[];
  /** Warnings from the kit: the first argument starts with `[coalition-widgets]`. */
  kitWarnings(): string[];
  /** Puts console.warn back and stops listening. */
  restore(): void;
}

/**
 * Starts watching the three ways a widget reports a problem. Call in `beforeEach` and `restore()`
 * in `afterEach`, so console.warn is put back even when a test fails.
 */
export function watchProblems(): ProblemWatch {
  const originalWarn = console.warn;
  const watch: ProblemWatch = {
    events: [],
    warnings: [],
    pageErrors: [],
    eventMessages: () => watch.events.map((event) => event.detail?.message),
    kitWarnings: () =>
      watch.warnings
        .map((args) => args[0])
        .filter((first): first is string => typeof first === 'string' && first.startsWith('[coalition-widgets]')),
    restore() {
      console.warn = originalWarn;
      document.removeEventListener('coalition-error', onEvent);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
  const onEvent = (event: Event) => watch.events.push(event as CustomEvent<{ message: string }>);
  const onError = (event: ErrorEvent) => watch.pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => watch.pageErrors.push(String(event.reason));
  console.warn = (...args: unknown[]) => void watch.warnings.push(args);
  document.addEventListener('coalition-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return watch;
}

/**
 * Asserts that a widget reported exactly one problem, in all three ways: a visible
 * `part="error"` element, one bubbling and composed `coalition-error` event, and one console
 * warning starting with `[coalition-widgets]`; each naming every one of `fragments`. Nothing threw.
 */
export async function expectOneProblemReported(
  element: LitElement,
  watch: ProblemWatch,
  fragments: string[],
): Promise<void> {
  await settled(element);
  const error = element.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
  expect(error, `<${element.localName}> shows a part="error" element`).to.exist;
  expect(isRendered(error!), 'the error element has a visible size').to.equal(true);
  const shown = normalizeSpace(error!.innerText);

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

/** Asserts that the widget shows no `part="error"` element. */
export function expectNoProblemShown(element: Element): void {
  const error = element.shadowRoot?.querySelector('[part="error"]');
  expect(error?.textContent ?? null, `<${element.localName}> shows no part="error" element`).to.equal(null);
}

/** Asserts that nothing inside the widget's base part sticks out sideways. */
export function expectNoHorizontalOverflow(element: Element): void {
  const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  expect(base, 'a [part~=base] element').to.exist;
  expect(base.scrollWidth, 'scrollWidth of the base part').to.be.at.most(base.clientWidth);
  const hostBox = element.getBoundingClientRect();
  const baseBox = base.getBoundingClientRect();
  expect(baseBox.right, 'right edge of the base part').to.be.at.most(hostBox.right + 0.5);
  // Nor out of the box it sits in (a mark sticking out of its tile is overflow a reader sees).
  for (const child of base.querySelectorAll('*')) {
    if (child.getClientRects().length === 0 || child.closest('.visually-hidden')) continue;
    const box = child.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = `<${child.localName} class="${child.getAttribute('class') ?? ''}">`;
    expect(box.right, `right edge of ${name}`).to.be.at.most(baseBox.right + 0.5);
    const parent = child.parentElement!;
    if (getComputedStyle(parent).display === 'contents' || getComputedStyle(parent).display === 'inline') continue;
    expect(
      box.right,
      `right edge of ${name} inside <${parent.localName} class="${parent.getAttribute('class') ?? ''}">`,
    ).to.be.at.most(parent.getBoundingClientRect().right + 0.5);
  }
}
