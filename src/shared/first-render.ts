import type { LitElement, ReactiveController } from 'lit';
import { hydrating } from './prerendered.js';

type Widget = LitElement & { loading?: string };

// One observer for every lazy widget on the page. "Near" is within a screen's height of the
// viewport, so a reader scrolling down finds the widget already drawn. The root is the page's own
// document, so that this also holds for a page shown in an iframe.
let observer: IntersectionObserver | undefined;
const whenNear = new WeakMap<Element, () => void>();

/**
 * When a widget first renders, and what that render replaces.
 *
 * - At once, or with `loading="lazy"` only when the widget comes near the viewport, as a browser
 *   does for a lazy image: a long article then draws only what a reader is about to see.
 * - A pre-rendered widget (the `prerender` command, the builder's instant snippet) carries its
 *   shadow root as declarative shadow DOM, so the page shows it at its final size before the kit
 *   loads. A copy of what the widget would render now is hydrated by Lit (./hydration.ts) and kept;
 *   any other copy stays until the first render, which replaces it in the same task: no frame shows
 *   the widget empty.
 */
export class FirstRender implements ReactiveController {
  readonly #host: Widget;
  #near = false;

  constructor(host: Widget) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the widget may render now (its `shouldUpdate`). */
  get ready(): boolean {
    return this.#near || this.#host.loading !== 'lazy' || typeof IntersectionObserver === 'undefined';
  }

  hostConnected(): void {
    // Lit renders before existing children by default, which would keep the pre-rendered copy.
    this.#host.renderOptions.renderBefore = null;
    if (this.ready) return;
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) whenNear.get(entry.target)?.();
      },
      { root: document, rootMargin: '100% 0px' },
    );
    whenNear.set(this.#host, () => {
      this.#near = true;
      this.hostDisconnected();
      this.#host.requestUpdate();
    });
    observer.observe(this.#host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.#host);
    whenNear.delete(this.#host);
  }

  hostUpdate(): void {
    if (!this.#host.hasUpdated && !hydrating.has(this.#host)) this.#host.renderRoot.replaceChildren();
  }
}
