var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { parseStory, summarizeProblems } from '../../story/index.js';
import { storyContext } from '../../data/story-context.js';
import { defaultStoryState, setPageStory } from '../../data/page-story.js';
import { loadStory } from '../../data/story-loader.js';
import { CoalitionErrorEvent, StoryLoadEvent } from '../../shared/events.js';
/**
 * Provides one story to every widget inside it. The story comes from, in this order: the `data`
 * property, the `src` URL, a child `<script type="application/json">`, or else the default story.
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
    constructor() {
        super(...arguments);
        /**
         * Makes this the page's story: widgets outside any `<coalition-data>` show it instead of the
         * default story. Put one in the page template, anywhere in the body.
         */
        this.page = false;
        this.provider = new ContextProvider(this, { context: storyContext, initialValue: { loading: true } });
        this.loadCount = 0;
    }
    static { this.styles = css `
    :host {
      display: contents;
    }
  `; }
    /** What the widgets inside currently get. */
    get state() {
        return this.provider.value;
    }
    connectedCallback() {
        super.connectedCallback();
        if (this.page)
            setPageStory(this.state);
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        if (this.page)
            setPageStory(defaultStoryState);
    }
    willUpdate(changed) {
        if (!this.hasUpdated || changed.has('data') || changed.has('src'))
            this.chooseSource();
        if (changed.has('page') && changed.get('page') && !this.page)
            setPageStory(defaultStoryState);
        if (changed.has('page') && this.page)
            setPageStory(this.state);
    }
    render() {
        return html `${this.state.error ? html `<p part="error" role="alert">${this.state.error}</p>` : ''}<slot
        @slotchange=${this.onSlotChange}
      ></slot>`;
    }
    onSlotChange() {
        // Inline JSON may be parsed after the element upgraded, or replaced later.
        if (this.data === undefined && !this.src && this.findInlineJson() !== this.inlineJson)
            this.chooseSource();
    }
    findInlineJson() {
        return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    }
    chooseSource() {
        const loadId = ++this.loadCount;
        if (this.data !== undefined) {
            const parsed = parseStory(this.data);
            this.apply(parsed.ok ? parsed : { ok: false, error: `The data property is not a valid story: ${summarizeProblems(parsed.problems)}.` }, 'data property');
        }
        else if (this.src) {
            const src = this.src;
            this.publish({ ...this.state, loading: true });
            loadStory(src).then((result) => loadId === this.loadCount && this.apply(result, src));
        }
        else {
            this.inlineJson = this.findInlineJson();
            if (this.inlineJson !== undefined)
                this.apply(this.parseInline(this.inlineJson), 'inline JSON');
            else
                this.apply({ ok: true, story: defaultStoryState.story }, 'default story');
        }
    }
    parseInline(json) {
        let input;
        try {
            input = JSON.parse(json);
        }
        catch (error) {
            return { ok: false, error: `The inline <script type="application/json"> is not valid JSON (${error.message}).` };
        }
        const parsed = parseStory(input);
        return parsed.ok ? parsed : { ok: false, error: `The inline story is not valid: ${summarizeProblems(parsed.problems)}.` };
    }
    apply(result, source) {
        if (result.ok) {
            this.publish({ story: result.story, loading: false });
            this.dispatchEvent(new StoryLoadEvent(result.story, source));
        }
        else {
            // Keep the last good story on screen; say what went wrong.
            this.publish({ story: this.state.story, error: result.error, loading: false });
            console.warn(`[coalition-widgets] <coalition-data>: ${result.error}`);
            this.dispatchEvent(new CoalitionErrorEvent(result.error));
        }
    }
    publish(state) {
        this.provider.setValue(state);
        if (this.page && this.isConnected)
            setPageStory(state);
        this.requestUpdate();
    }
}
__decorate([
    property({ reflect: true })
], CoalitionData.prototype, "src", void 0);
__decorate([
    property({ attribute: false })
], CoalitionData.prototype, "data", void 0);
__decorate([
    property({ type: Boolean, reflect: true })
], CoalitionData.prototype, "page", void 0);
