// Waiting for the page: for a frame, for rendering to finish, for a condition.
import { waitUntil } from '@open-wc/testing';
import { deepElements } from './reading.js';

type Updating = Element & { updateComplete: Promise<boolean>; isUpdatePending?: boolean };

/** Resolves after the next animation frame of `win`: styles applied, layout done. */
export function nextFrame(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/** Resolves once the next frame of `win` has been painted (rAF runs before painting; a task after it, after). */
export function nextPaint(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits up to `timeout` ms for `predicate`; fails with `message` otherwise. */
export function waitFor(predicate: () => unknown, message: string, timeout = 3000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 25 });
}

/**
 * Waits until `target` and every Lit element under it (through shadow roots) have finished
 * updating, then, unless `frame` is false, for the next animation frame and any update it caused:
 * the browser has laid them out. `frame: false` suits loops that render many times and read no layout.
 */
export async function settled(target: Element | Document, { frame = true } = {}): Promise<void> {
  await updatesDone(target);
  if (!frame) return;
  const doc = target.nodeType === Node.DOCUMENT_NODE ? (target as Document) : (target as Element).ownerDocument;
  // WebKit draws no frames in an iframe out of view: there, a short wait stands in for the frame.
  await Promise.race([nextFrame(doc.defaultView!), delay(100)]);
  await updatesDone(target);
}

async function updatesDone(target: Element | Document): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const candidates =
      target.nodeType === Node.ELEMENT_NODE ? [target as Element, ...deepElements(target)] : deepElements(target);
    const updating = candidates.filter((element): element is Updating => 'updateComplete' in element);
    await Promise.all(updating.map((element) => element.updateComplete));
    if (!updating.some((element) => element.isUpdatePending)) return;
  }
}
