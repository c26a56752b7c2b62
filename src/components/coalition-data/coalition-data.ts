import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { parseStory, summarizeProblems } from '../../story/index.js';
import { storyContext, type StoryState } from '../../data/story-context.js';
import { defaultStoryState, setPageStory } from '../../data/page-story.js';
import { loadStory, type LoadResult } from '../../data/story-loader.js';
import { CoalitionErrorEvent, StoryLoadEvent } from '../../shared/events.js';

/**
 * Provides one story to every widget inside it. The story comes from, in this order: the `data`
 * property, the `src` URL, a child `<script type="application/json">`, or else the default story.
 * A `src` that has not answered within `timeout` milliseconds (10 s by default) fails like any
 * other load: an error, and the widgets keep the last good story.
 *
 * @summary Shares a story with the widgets inside it, or with the whole page.
 * @tagname coalition-data
 *
 * @slot - The widgets that show this story, and an optional `<script type="application/json">` holding it.
 * @csspart error - Why the story could not be loaded; the widgets keep showing the last good story.
 *
 * @fires {StoryLoadEvent} coalition-load - A story loaded and validated; `detail.story`, `detail.source`.
 * @fires {CoalitionErrorEvent} coalition-error - Loading or validating failed; `detail.message` says why.
 */
export class CoalitionData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of a story JSON file (see `dist/story.schema.json`). Fetched once per URL for the whole page. */
  @property({ reflect: true }) src?: string;

  /**
   * How long `src` may take to answer, in milliseconds, before the load fails with an error
   * (default 10000, that is 10 s). A missing, zero, negative or non-numeric value means the default.
   */
  @property({ type: Number }) timeout = 10000; // DEFAULT_TIMEOUT_MS, written out for custom-elements.json

  /** A story object, for apps. Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /**
   * Makes this the page's story: widgets outside any `<coalition-data>` show it instead of the
   * default story. Put one in the page template, anywhere in the body.
   */
  @property({ type: Boolean, reflect: true }) page = false;

  private readonly provider = new ContextProvider(this, { context: storyContext, initialValue: { loading: true } });
  private loadCount = 0;
  private inlineJson?: string;

  /** What the widgets inside currently get. */
  get state(): StoryState {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.page) setPageStory(this.state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.page) setPageStory(defaultStoryState);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.chooseSource();
    if (changed.has('page') && changed.get('page') && !this.page) setPageStory(defaultStoryState);
    if (changed.has('page') && this.page) setPageStory(this.state);
  }

  protected override render() {
    return html`${this.state.error ? html`<p part="error" role="alert">${this.state.error}</p>` : ''}<slot
        @slotchange=${this.onSlotChange}
      ></slot>`;
  }

  private onSlotChange() {
    // Inline JSON may be parsed after the element upgraded, or replaced later.
    if (this.data === undefined && !this.src && this.findInlineJson() !== this.inlineJson) this.chooseSource();
  }

  private findInlineJson(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  private chooseSource() {
    const loadId = ++this.loadCount;
    if (this.data !== undefined) {
      this.apply(this.parseData(this.data), 'data property');
    } else if (this.src) {
      const src = this.src;
      this.publish({ ...this.state, loading: true });
      loadStory(src, { timeout: this.timeout }).then((result) => loadId === this.loadCount && this.apply(result, src));
    } else {
      this.inlineJson = this.findInlineJson();
      if (this.inlineJson !== undefined) this.apply(this.parseInline(this.inlineJson), 'inline JSON');
      else this.apply({ ok: true, story: defaultStoryState.story! }, 'default story');
    }
  }

  private parseData(data: unknown): LoadResult {
    let parsed: ReturnType<typeof parseStory>;
    try {
      parsed = parseStory(data);
    } catch (error) {
      // An app's object may throw when read (a getter, a revoked Proxy): that is an error, not a crash.
      const why = typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
      return { ok: false, error: `The data property is not a valid story: reading it failed (${why}).` };
    }
    return parsed.ok ? parsed : { ok: false, error: `The data property is not a valid story: ${summarizeProblems(parsed.problems)}.` };
  }

  private parseInline(json: string): LoadResult {
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch (error) {
      return { ok: false, error: `The inline <script type="application/json"> is not valid JSON (${(error as Error).message}).` };
    }
    const parsed = parseStory(input);
    return parsed.ok ? parsed : { ok: false, error: `The inline story is not valid: ${summarizeProblems(parsed.problems)}.` };
  }

  private apply(result: LoadResult, source: string) {
    if (result.ok) {
      this.publish({ story: result.story, loading: false });
      this.dispatchEvent(new StoryLoadEvent(result.story, source));
    } else {
      // Keep the last good story on screen; say what went wrong.
      this.publish({ story: this.state.story, error: result.error, loading: false });
      console.warn(`[coalition-widgets] <coalition-data>: ${result.error}`);
      this.dispatchEvent(new CoalitionErrorEvent(result.error));
    }
  }

  private publish(state: StoryState) {
    this.provider.setValue(state);
    if (this.page && this.isConnected) setPageStory(state);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coalition-data': CoalitionData;
  }
}
