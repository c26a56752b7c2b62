// Lit's hydration for the kit's pre-rendered widgets, loaded by ./prerendered.ts only on pages that
// have some. @lit-labs/ssr-client's lit-element-hydrate-support makes a LitElement that finds a shadow
// root already there adopt its DOM, rather than draw it again; this file adds one decision: a copy
// waits, on screen, for the widget's story, and is then hydrated if it shows that story
// (./copy-marker.ts), or replaced by a fresh render.
import { LitElement } from 'lit';
import { otherHydrateSupport } from './hydrate-support-global.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { StoryState } from '../data/story-context.js';
import { copyMarker } from './copy-marker.js';
import { hasCopy, hydrating } from './prerendered.js';

type Installer = (lit: { LitElement: typeof LitElement }) => void;
const global = globalThis as { litElementHydrateSupport?: Installer };

/** A widget, as far as hydration needs it: its story (src/data/story-consumer.ts) and its language. */
type Widget = LitElement & { data?: { state: StoryState }; i18n?: { language: string } };

// Installed on the kit's own LitElement only: the global is put back as the page had it, so that a
// copy of Lit the page loads later is left alone.
const install = global.litElementHydrateSupport!;
global.litElementHydrateSupport = otherHydrateSupport as Installer | undefined;
// Protected methods, reached through the prototype as lit-element-hydrate-support does. These are
// looked up at each call, unlike the lifecycle callbacks, which the browser reads once when a tag is
// defined: this works for tags defined before this file loaded, and for copies added to the page later.
const prototype = LitElement.prototype as unknown as {
  createRenderRoot(this: Widget): Element | ShadowRoot;
  scheduleUpdate(this: Widget): void | Promise<unknown>;
};
const render = prototype.createRenderRoot; // keeps a declarative shadow root and its children
install({ LitElement });
const markForHydration = prototype.createRenderRoot;
const schedule = prototype.scheduleUpdate;

prototype.createRenderRoot = function () {
  if (hasCopy(this)) hydrating.add(this);
  return render.call(this);
};

// The first update of a copy waits for the widget's story, then hydrates or replaces the copy.
prototype.scheduleUpdate = function () {
  if (!hydrating.has(this) || this.hasUpdated) return schedule.call(this);
  return storySettled(this).then(() => {
    if (isCurrentCopy(this)) {
      markForHydration.call(this);
      // The copy's own <style> gives way to the stylesheets every instance shares (adopted by
      // createRenderRoot): one per page.
      for (const child of [...this.renderRoot.children]) if (child.localName === 'style') child.remove();
    } else {
      hydrating.delete(this); // drawn anew: FirstRender (./first-render.ts) clears the copy in the same task
    }
    return schedule.call(this);
  });
};

function isCurrentCopy(widget: Widget): boolean {
  const marker = widget.shadowRoot?.firstChild;
  const story = widget.data?.state.story;
  return !!story && (marker as Comment | null)?.data === copyMarker(story, widget.i18n?.language);
}

/**
 * Resolves once the widget's story has loaded (or failed to), wherever it comes from: the widget's
 * story consumer marks it `aria-busy` meanwhile.
 */
function storySettled(widget: Widget): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => !widget.data?.state.loading;
    if (settled()) return resolve();
    const observer = new MutationObserver(() => {
      if (!settled()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(widget, { attributeFilter: ['aria-busy'] });
  });
}
