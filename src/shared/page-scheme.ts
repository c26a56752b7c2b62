import type { ReactiveController, ReactiveElement } from 'lit';
import { checkChoice, themes, type Problem } from './attributes.js';

type Scheme = 'light' | 'dark';
type Widget = ReactiveElement & { theme?: string };

/**
 * Whether the page says it is light or dark around `element`: a `data-theme="dark|light"` or a
 * `.dark`/`.light` class on an ancestor (as react-tweet and Datawrapper read it), else the root's
 * `color-scheme` or `<meta name="color-scheme">`. Undefined when the page says nothing.
 */
export function declaredScheme(element: Element): Scheme | undefined {
  for (let at: Element | null = element; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const theme = at.getAttribute('data-theme');
    if (theme === 'dark' || theme === 'light') return theme;
    if (at.classList.contains('dark')) return 'dark';
    if (at.classList.contains('light')) return 'light';
  }
  const root = `${getComputedStyle(document.documentElement).colorScheme} ${
    document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? ''
  }`;
  return /dark/.test(root) === /light/.test(root) ? undefined : /dark/.test(root) ? 'dark' : 'light';
}

const widgets = new Set<PageScheme>();
let observer: MutationObserver | undefined;

/**
 * The widget's `theme`, checked; and `theme="auto"` following the page before the reader's system: the widget gets the custom state
 * `page-dark` or `page-light` when the page declares one (its styles turn that into a colour
 * scheme), and neither when the page says nothing, so the system setting decides. Pages that
 * switch (a class or data-theme toggled, anywhere) are followed.
 */
export class PageScheme implements ReactiveController {
  readonly #host: Widget;
  readonly #states?: CustomStateSet;

  constructor(host: Widget) {
    this.#host = host;
    this.#states = host.attachInternals?.().states;
    host.addController(this);
  }

  hostConnected(): void {
    widgets.add(this);
    observer ??= new MutationObserver(() => widgets.forEach((widget) => widget.follow()));
    if (widgets.size === 1) {
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['class', 'data-theme', 'style'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    widgets.delete(this);
    if (!widgets.size) observer?.disconnect();
  }

  hostUpdate(): void {
    this.follow();
  }

  /** What is wrong with the widget's `theme` attribute, if anything. */
  get problem(): Problem | undefined {
    return checkChoice('theme', this.#host.theme, themes);
  }

  /** Sets the widget's state from the page's scheme, for `theme="auto"`. */
  follow(): void {
    const scheme = this.#host.theme === 'auto' ? declaredScheme(this.#host) : undefined;
    for (const each of ['light', 'dark'] as const) {
      if (each === scheme) this.#states?.add(`page-${each}`);
      else this.#states?.delete(`page-${each}`);
    }
  }
}
