import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { LanguageController } from '../i18n/language-controller.js';
import { kitLanguage } from '../i18n/language.js';
import { loadLocale } from '../i18n/load-catalogue.js';
import type { Story } from '../story/story-schema.js';
import { StoryConsumer } from '../data/story-consumer.js';
import { loadStoryShownIn, storyShownIn } from '../data/story-in-language.js';
import { storyIn } from '../story/story-in.js';
import { checkChoice, headingLevels, loadings, type Loading, type Problem, type Theme } from './attributes.js';
import { FirstRender } from './first-render.js';
import { PageScheme } from './page-scheme.js';
import { langBeside } from './story-words.js';
import { ProblemController } from './problem-controller.js';

// A page in another language (<html lang>) asks for its words, and for the default story's translation
// unless it has a story of its own, now, while the rest of the kit evaluates, rather than when its first
// widget renders: that widget then waits for a round trip started earlier, or for none (bench: the
// first summary in French). A widget in a language other than the page's loads its own as it renders.
if (!isServer) {
  const language = kitLanguage(document.documentElement.lang);
  void loadLocale(language);
  if (!document.querySelector('coalition-data')) void storyIn(language);
}

/**
 * What every widget is besides its own content: the attributes every widget takes (its theme,
 * when it first renders, and the editor's options for the article around it), the story it shows,
 * how it reports a problem, and how its card ends (a credit line, a link to the full story).
 * A widget says what part of the story it shows, checks its own attributes and renders its card.
 *
 * @csspart end - The end of the card: the credit line and the link to the full story, when given.
 * @csspart credit - The editor's credit line.
 * @csspart story-link - The "Read the full story" link.
 */
export abstract class WidgetElement extends LitElement {
  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return {
      theme: { reflect: true },
      loading: { reflect: true },
      heading: {},
      headingLevel: { attribute: 'heading-level' },
      hideHeadline: { attribute: 'hide-headline', type: Boolean },
      hideByline: { attribute: 'hide-byline', type: Boolean },
      credit: {},
      storyLink: { attribute: 'story-link' },
    };
  }

  /** Colour scheme: `light` (default), `dark`, or `auto`: the page's own scheme, else the reader's system setting. */
  theme?: Theme;

  /**
   * `eager` (default) renders at once; `lazy` waits until the widget comes near the viewport, as
   * `<img loading="lazy">` does. For widgets far down a long page.
   */
  loading?: Loading;

  /** A title of the editor's own, shown in place of the story's headline or the chart's title. */
  heading?: string;

  /** The level of the widget's first heading, `2` (default) to `6`, so it fits under the article's own headings. */
  headingLevel?: string;

  /** Hides the widget's headline or title (the article around it has one). */
  hideHeadline = false;

  /** Hides the widget's byline (the article around it has one). */
  hideByline = false;

  /** A line at the end of the card crediting the outlet, for example "Chart: The Ledger". */
  credit?: string;

  /** An http(s) address: the card ends with a "Read the full story" link to it. */
  storyLink?: string;

  protected readonly data = new StoryConsumer(this, (story) => [story.lang, this.shows(story)]);
  /**
   * The language of the words the widget writes itself (its own `lang`, else its closest ancestor's,
   * else the page's), set as `lang` on its card. The story's own words keep the story's (`langOf`).
   */
  readonly i18n = new LanguageController(this);
  readonly #problems = new ProblemController(this);
  readonly #firstRender = new FirstRender(this);
  readonly #pageScheme = new PageScheme(this);

  /** The part of the story the widget shows: it re-renders when that changes. */
  protected abstract shows(story: Story): unknown;

  /** What is wrong with the widget's own attributes, for its story (or before there is one). */
  protected abstract ownProblems(story: Story | undefined): (Problem | false | undefined)[];

  /** The widget's card, or nothing to show the page's fallback content instead. */
  protected abstract renderCard(story: Story): TemplateResult | undefined;

  /**
   * Waits, the first time, for the words of the widget's language, rather than show English first;
   * and for the default story in that language, where the kit has it (fr, de, uk, pl).
   */
  protected override shouldUpdate(): boolean {
    // The story starts loading at once, beside the words (the language is known before its words load).
    const { story } = this.data.state;
    const storyReady = !story || !!storyShownIn(story, this.i18n.language);
    if (!storyReady) this.#storyLoading = loadStoryShownIn(story, this.i18n.language).then(() => this.requestUpdate());
    return storyReady && this.#firstRender.ready && this.i18n.ready;
  }

  #storyLoading?: Promise<void>;

  /**
   * The story the widget shows: the one it gets, or for the default story its translation into the
   * widget's language (English where there is none, or while it loads on the server).
   */
  protected get story(): Story | undefined {
    const { story } = this.data.state;
    return story && (storyShownIn(story, this.i18n.language) ?? story);
  }

  protected override willUpdate(): void {
    // The server renderer connects no controllers: the widget looks up its language here, once.
    if (isServer) this.i18n.follow();
    const { error } = this.data.state;
    const { story } = this;
    this.#problems.set(
      error,
      [
        this.#pageScheme.problem,
        checkChoice('loading', this.loading, loadings),
        checkChoice('heading-level', this.headingLevel, headingLevels),
        !!this.storyLink && !isWebAddress(this.storyLink) && ['story-link', this.storyLink],
        ...this.ownProblems(story),
      ],
      this.i18n.current,
    );
  }

  /** Also waits for the words of the widget's language, and for the words that say a problem of its own. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.i18n.loaded;
    await super.getUpdateComplete();
    await this.#storyLoading;
    await super.getUpdateComplete();
    await this.#problems.messagesLoaded;
    return super.getUpdateComplete();
  }

  protected override render() {
    const { story } = this;
    const card = story && this.renderCard(story);
    return html`${this.#problems.render(this.i18n.language)}${card ?? html`<slot></slot>`}`;
  }

  /** The `aria-level` of a heading `depth` below the widget's first (0 for the first). */
  protected level(depth = 0): string {
    const first = headingLevels.includes(this.headingLevel ?? '') ? Number(this.headingLevel) : 2;
    return String(Math.min(first + depth, 6));
  }

  /** The language of the story's words, for `lang` on the card, so that a page in another language reads them right. */
  protected langOf(story: Story): string {
    return story.lang ?? 'en';
  }

  /** The `lang` the story's words need in this card: the story's where it is not the card's, else none. */
  protected wordsLangOf(story: Story): string | undefined {
    return langBeside(this.langOf(story), this.i18n.language);
  }

  /** The editor's link to the full story, when it is a web address. */
  protected storyAddress(): string | undefined {
    return this.storyLink && isWebAddress(this.storyLink) ? this.storyLink : undefined;
  }

  /** The end of the card: the editor's credit line and link to the full story, when given. */
  protected renderEnd() {
    const link = this.storyAddress();
    if (!this.credit && !link) return nothing;
    return html`<p class="end" part="end" lang=${this.i18n.language}>
      ${this.credit ? html`<span part="credit">${this.credit}</span>` : nothing}
      ${link ? html`<a part="story-link" href=${link}>${this.i18n.t('readFullStory')}</a>` : nothing}
    </p>`;
  }
}

function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}
