import { VERSION } from './version.js';
import { afterHydrationFor } from './prerendered.js';

/** Which kit version defined each tag, shared by every copy of the kit on the page. */
const definedBy: Record<string, string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('coalition-widgets.defined-by')
] ??= {}) as Record<string, string>;

let warnedAboutOtherVersion = false;

/**
 * Defines a tag unless it is already defined. The kit may be pasted twice on one page, or meet
 * another version of itself: the same version stays silent, another version gets one warning.
 * Pre-rendered copies of the tag on the page wait for Lit's hydration (./prerendered.ts).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  afterHydrationFor(tag, () => defineNow(tag, element));
}

function defineNow(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, element);
    definedBy[tag] = VERSION;
    return;
  }
  const otherVersion = definedBy[tag] ?? 'unknown';
  if (otherVersion !== VERSION && !warnedAboutOtherVersion) {
    warnedAboutOtherVersion = true;
    console.warn(
      `[coalition-widgets] Two versions of the kit are on this page: ${otherVersion} defined the elements first, so this copy (${VERSION}) is not used.`,
    );
  }
}
