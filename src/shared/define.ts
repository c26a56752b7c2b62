import { VERSION } from './version.js';
import { defineWhenHydratable } from './prerendered.js';

/** Which kit version defined each tag, shared by every copy of the kit on the page. */
const definedBy: Record<string, string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('coalition-widgets.defined-by')
] ??= {}) as Record<string, string>;

let warnedAboutOtherVersion = false;

/**
 * Defines a tag unless it is already defined. The kit may be pasted twice on one page, or meet
 * another version of itself: the same version stays silent, another version gets one warning.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return warnIfOtherVersion(tag);
  // Pre-rendered copies of the tag on the page: defined once they can be hydrated.
  defineWhenHydratable(tag, () => {
    if (customElements.get(tag)) return warnIfOtherVersion(tag); // another copy of the kit, meanwhile
    customElements.define(tag, element);
    definedBy[tag] = VERSION;
  });
}

function warnIfOtherVersion(tag: string): void {
  const otherVersion = definedBy[tag] ?? 'unknown';
  if (otherVersion !== VERSION && !warnedAboutOtherVersion) {
    warnedAboutOtherVersion = true;
    console.warn(
      `[coalition-widgets] Two versions of the kit are on this page: ${otherVersion} defined the elements first, so this copy (${VERSION}) is not used.`,
    );
  }
}
