// Lit's hydration for the kit's pre-rendered widgets, loaded by ./prerendered.ts only on pages that
// have some. @lit-labs/ssr-client's lit-element-hydrate-support makes a LitElement that finds a shadow
// root already there adopt its DOM, rather than draw it again; this file adds one decision: a copy
// is hydrated only when it shows what the widget would render now (./copy-marker.ts), and is
// otherwise replaced by a fresh render.
import { LitElement, adoptStyles } from 'lit';
import { otherHydrateSupport } from './hydrate-support-global.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { StoryState } from '../data/story-context.js';
import { getPageStory, watchPageStory } from '../data/page-story.js';
import { copyMarker } from './copy-marker.js';
import { hydrating } from './prerendered.js';

type Installer = (lit: { LitElement: typeof LitElement }) => void;
const global = globalThis as { litElementHydrateSupport?: Installer };

// Installed on the kit's own LitElement only: the global is put back as the page had it, so that a
// copy of Lit the page loads later is left alone.
const install = global.litElementHydrateSupport!;
global.litElementHydrateSupport = otherHydrateSupport as Installer | undefined;
// createRenderRoot is protected: reached through the prototype, as lit-element-hydrate-support does.
const prototype = LitElement.prototype as unknown as { createRenderRoot(this: LitElement): Element | ShadowRoot };
const render = prototype.createRenderRoot;
install({ LitElement });
const hydrate = prototype.createRenderRoot;

prototype.createRenderRoot = function (this: LitElement) {
  if (!isCurrentCopy(this)) return render.call(this);
  hydrating.add(this);
  const root = hydrate.call(this) as ShadowRoot;
  // The copy's own <style> gives way to the stylesheets every instance shares: one per page.
  adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  for (const child of [...root.children]) if (child.localName === 'style') child.remove();
  return root;
};

/** The story a widget shows: its `<coalition-data>`'s, else the page's. */
function storyStateOf(widget: Element): StoryState | undefined {
  const provider = widget.closest('coalition-data');
  return provider ? (provider as Element & { state?: StoryState }).state : getPageStory();
}

function isCurrentCopy(widget: Element): boolean {
  const marker = widget.shadowRoot?.firstChild;
  const story = storyStateOf(widget)?.story;
  return marker?.nodeType === 8 && !!story && (marker as Comment).data === copyMarker(story);
}

/**
 * A copy whose story comes from a `<coalition-data>` is written with `defer-hydration`: the widget
 * waits, its copy on screen, until that story has loaded (or failed), and is then hydrated or replaced.
 */
export function releaseWhenStoryReady(widget: Element): void {
  if (!widget.hasAttribute('defer-hydration')) return;
  const release = () => widget.removeAttribute('defer-hydration');
  const ready = () => storyStateOf(widget)?.loading === false;
  if (ready()) return release();
  const provider = widget.closest('coalition-data');
  if (provider) {
    const onSettled = () => {
      if (!ready()) return;
      provider.removeEventListener('coalition-load', onSettled);
      provider.removeEventListener('coalition-error', onSettled);
      release();
    };
    provider.addEventListener('coalition-load', onSettled);
    provider.addEventListener('coalition-error', onSettled);
  } else {
    const stop = watchPageStory(() => {
      if (ready()) {
        stop();
        release();
      }
    });
  }
}
