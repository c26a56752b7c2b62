import { LitElement, css, html } from 'lit';
import type { StoryState } from '../../data/story-context.js';
import { StoryProvider } from '../../data/story-provider.js';
import { defaultStory } from '../../story/default-story.js';
import { defaultStoryState, pageProviders, setPageStory } from '../../data/page-story.js';
import type { LoadResult } from '../../data/story-loader.js';
import { reportProblem, StoryLoadEvent } from '../../shared/events.js';

/**
 * Provides one story to every widget inside it. The story comes from, in this order: the `data`
 * property, the `src` URL, a child `<script type="application/json">`, or else the default story.
 * A `src` that has not answered within `timeout` milliseconds (10 s by default) fails like any
 * other load: an error, and the widgets keep the last good story. Stories handed out are frozen.
 *
 * @summary Shares a story with the widgets inside it, or with the whole page.
 * @tagname coalition-data
 *
 * @slot - The widgets that show this story, and an optional `<script type="application/json">` holding it.
 * @csspart error - Why the story could not be loaded; the widgets keep showing the last good story.
 *
 * @fires {StoryLoadEvent} coalition-load - A story loaded and validated; `detail.story`, `detail.source`.
 * @fires {CoalitionErrorEvent} coalition-error - Loading or validating failed, or a second `page` provider is ignored; `detail.message` says why.
 */
export class CoalitionData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    p {
      word-break: break-word;
    }
  `;

  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return {
      src: { reflect: true },
      timeout: { type: Number },
      data: { attribute: false },
      page: { type: Boolean, reflect: true },
    };
  }

  /** URL of a story JSON file (see `dist/story.schema.json`). Fetched once per URL for the whole page. */
  src?: string;

  /**
   * How long `src` may take to answer, in milliseconds, before the load fails with an error
   * (default 10000, that is 10 s). A missing, zero, negative or non-numeric value means the default.
   */
  timeout = 10000; // DEFAULT_TIMEOUT_MS, written out for custom-elements.json

  /**
   * A story object, for apps. Takes precedence over `src` and inline JSON. It is validated, then
   * provided, asynchronously: `await el.updateComplete` or listen for `coalition-load`.
   */
  data?: unknown;

  /**
   * Makes this the page's story: widgets outside any `<coalition-data>` show it instead of the
   * default story. Put one in the page template, anywhere in the body. With two or more, the one
   * connected first stays the page's story (the others are reported, and take over in turn when it
   * leaves).
   */
  page = false;

  // `private` rather than #private: the lifecycle test counts the provider's subscriptions.
  private readonly provider = new StoryProvider(this);
  #loadCount = 0;
  #checking?: Promise<unknown>;
  #inlineJson?: string;

  /** What the widgets inside currently get. */
  get state(): StoryState {
    return this.provider.value;
  }

  /**
   * Fetches `src` again, past the copy the page keeps and any HTTP cache (which is asked to
   * revalidate), for a story that changed on the server. Other elements showing the same URL keep
   * their copy; a later `src` of that URL gets the fresh one.
   */
  reload(): void {
    this.#chooseSource(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#joinOrLeavePage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#joinOrLeavePage();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.#chooseSource();
    if (changed.has('page')) this.#joinOrLeavePage();
  }

  protected override render() {
    return html`${this.state.error ? html`<p part="error" role="alert">${this.state.error}</p>` : ''}<slot
        @slotchange=${this.#onSlotChange}
      ></slot>`;
  }

  /**
   * Joins or leaves the line of page providers, as `page` and being on the page say. The page's
   * story comes from the first to connect: one added later (by an ad slot, a comment widget) is
   * ignored until those before it leave, and reported (by the story loader, which a page provider
   * with a story of its own loads anyway).
   */
  #joinOrLeavePage() {
    const place = pageProviders.indexOf(this);
    if (this.page && this.isConnected) {
      if (place >= 0) return;
      if (pageProviders.push(this) > 1) void withLoader((loader) => loader.reportSecondPage(this, pageProviders[0]));
      else setPageStory(this.state);
    } else if (place >= 0) {
      pageProviders.splice(place, 1);
      // The next in line (perhaps from another copy of the kit) takes over.
      if (!place) setPageStory((pageProviders[0] as CoalitionData | undefined)?.state ?? defaultStoryState);
    }
  }

  /**
   * Also waits for a `data` property or inline story to be checked and applied (the checker is
   * loaded on demand), so `el.data = story; await el.updateComplete` ends with the story provided.
   * It does not wait for `src`: that is the network; listen for `coalition-load` instead.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#checking;
    return super.getUpdateComplete();
  }

  #onSlotChange() {
    // Inline JSON may be parsed after the element upgraded, or replaced later.
    if (this.data === undefined && !this.src && this.#findInlineJson() !== this.#inlineJson) this.#chooseSource();
  }

  #findInlineJson(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  #chooseSource(fresh?: boolean) {
    const loadId = ++this.#loadCount;
    const applyIfLatest = (source: string) => (result: LoadResult) =>
      loadId === this.#loadCount && this.#apply(result, source);
    const { data, src, timeout } = this;
    if (data !== undefined) {
      this.#checking = withLoader((loader) => loader.checkStory(data, 'The data property is not a valid story')).then(
        applyIfLatest('data property'),
      );
    } else if (src) {
      this.#publish({ ...this.state, loading: true });
      // Its previous src, if still loading, is aborted, unless other elements wait for it too.
      // Never rejects: withLoader and loadStory turn every failure into a LoadResult.
      void withLoader((loader) => loader.loadStory(src, { timeout, fresh, owner: this })).then(applyIfLatest(src));
    } else {
      const inlineJson = (this.#inlineJson = this.#findInlineJson());
      if (inlineJson !== undefined)
        this.#checking = withLoader((loader) => loader.parseInlineStory(inlineJson)).then(applyIfLatest('inline JSON'));
      else this.#apply({ ok: true, story: defaultStory }, 'default story');
    }
  }

  #apply(result: LoadResult, source: string) {
    if (result.ok) {
      // Frozen: a listener or a widget that changes it in place would change it for every other.
      this.#publish({ story: deepFreeze(result.story), loading: false });
      this.dispatchEvent(new StoryLoadEvent(result.story, source));
    } else {
      // Keep the last good story on screen; say what went wrong.
      this.#publish({ story: this.state.story, error: result.error, loading: false });
      reportProblem(this, result.error);
    }
  }

  #publish(state: StoryState) {
    this.provider.setValue(state);
    if (pageProviders[0] === this) setPageStory(state);
    this.requestUpdate();
  }
}

/** Freezes a story and everything in it (anything not an object counts as frozen already). */
function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) Object.values(Object.freeze(value) as object).forEach(deepFreeze);
  return value;
}

type StoryLoader = typeof import('../../data/story-loader.js');

/**
 * Loading and validating a story of the page's own is a separate file, fetched on first use:
 * the default story needs neither.
 */
async function withLoader<T>(use: (loader: StoryLoader) => T | Promise<T>): Promise<T | LoadResult> {
  let loader: StoryLoader;
  try {
    loader = await import('../../data/story-loader.js');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `The kit could not load its story loader (${why}). Serve the kit's whole folder, chunks/ included.`,
    };
  }
  return use(loader);
}

declare global {
  interface HTMLElementTagNameMap {
    'coalition-data': CoalitionData;
  }
}
