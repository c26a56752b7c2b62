import { LitElement, html, nothing } from 'lit';
import { defaultStory } from '../story/default-story.js';
import type { Story } from '../story/story-schema.js';
import { loadStory } from '../data/story-loader.js';
import { backgrounds, type Background, type EmbedOptions } from '../embed/embed-options.js';
import {
  optionsOf,
  widgetCatalog,
  widgetTags,
  type ChoiceOption,
  type FlagOption,
  type StoryOption,
  type TextOption,
  type WidgetOption,
  type WidgetTag,
} from '../embed/widget-catalog.js';
import { hostScriptSnippet, iframeSnippet, imageCommand, scriptSnippet } from './snippets.js';
import { Renderer } from './renderer.js';
import { WorkerCalls } from './worker-calls.js';
import type { ImageRequest, MadeImage } from './image-worker.js';
import type { Theme } from '../publish/draw-widget.js';
import { declaredScheme } from '../shared/page-scheme.js';
import { embedBuilderStyles } from './embed-builder.styles.js';
import { element } from './element-directive.js';
import { isLocalUrl } from '../embed/local-url.js';
import { VERSION } from '../shared/version.js';
import '../coalition-widgets.js';
import { define } from '../shared/define.js';
import { languages, type Language } from '../i18n/language.js';

const anyWidget = widgetTags.join(', ');

/** Each language the widgets write in, named in that language. */
const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  uk: 'Українська',
  pl: 'Polski',
  it: 'Italiano',
  es: 'Español',
  nl: 'Nederlands',
  pt: 'Português',
  sv: 'Svenska',
  da: 'Dansk',
  fi: 'Suomi',
  et: 'Eesti',
  lv: 'Latviešu',
  lt: 'Lietuvių',
  cs: 'Čeština',
  ro: 'Română',
  ja: '日本語',
};

/** Where each option starts: the widget's default, or the story's first value where one is needed. */
function startingValues(story: Story): Values {
  const values: Values = {};
  for (const tag of widgetTags) {
    for (const option of optionsOf(tag)) {
      if (option.kind === 'flag') continue; // unticked
      values[option.name] =
        option.kind === 'story' && option.required ? (option.choices(story)[0]?.value ?? '') : option.default;
    }
  }
  return values;
}

/** Each option's value by attribute name; undefined for an unticked box. */
type Values = Record<string, string | undefined>;

/** The options in the order the form shows them, those of a group together under its legend. */
function grouped(options: readonly WidgetOption[]): (WidgetOption | { group: string; options: WidgetOption[] })[] {
  const shown: (WidgetOption | { group: string; options: WidgetOption[] })[] = [];
  for (const option of options) {
    const group = option.group && shown.find((entry) => 'options' in entry && entry.group === option.group);
    if (group && 'options' in group) group.options.push(option);
    else shown.push(option.group ? { group: option.group, options: [option] } : option);
  }
  return shown;
}

/**
 * The embed builder of the demo page: pick a widget and its options, see it at phone and desktop
 * widths, and copy a snippet for a CMS (script + tag, or an iframe). Its form is written from the
 * widget catalog (src/embed/widget-catalog.ts).
 *
 * @summary Builds embed snippets for CMS editors.
 * @tagname embed-builder
 */
export class EmbedBuilder extends LitElement {
  static override styles = embedBuilderStyles;

  static override properties = {
    kitUrl: { attribute: 'kit-url' },
    widget: { state: true },
    values: { state: true },
    useStoryUrl: { state: true },
    storyUrl: { state: true },
    background: { state: true },
    language: { state: true },
    story: { state: true },
    status: { state: true },
    rendererUrl: { attribute: 'renderer-url' },
    prerendered: { state: true },
    instant: { state: true },
    previewProblem: { state: true },
    phoneHeight: { state: true },
    imageMakerUrl: { attribute: 'image-maker-url' },
    imageWidth: { state: true },
    drawing: { state: true },
    imageStatus: { state: true },
    imageFailed: { state: true },
    madeImage: { state: true },
  };

  /**
   * Where readers' browsers load the kit's built files from (the `dist/` folder on a CDN or the
   * newsroom's server); snippets point there. The editor can change it in the form.
   */
  kitUrl = `https://cdn.jsdelivr.net/npm/coalition-widgets@${VERSION}/dist/`;

  private widget: WidgetTag = 'quote-card';
  /** The value of every option of every widget, by attribute name, so switching widgets keeps choices. */
  private values = startingValues(defaultStory);
  private useStoryUrl = false;
  private storyUrl = '';
  private background: Background = 'plain';
  /** The language the widget writes in; '' for the article's own (the widget then reads its `lang`). */
  private language: Language | '' = '';
  private story: Story | undefined = defaultStory;
  private status = '';
  /**
   * Where the kit's renderer for instant snippets is (dist/render-worker.js, beside this file by
   * default); a worker, so it must be on the builder page's own origin.
   */
  rendererUrl = new URL('render-worker.js', import.meta.url).href;

  #renderer?: Renderer;
  /** The chosen widget pre-rendered by the kit's renderer, for the instant snippet, and what it was made for. */
  private prerendered?: { shadow: string; madeFor: string };
  /**
   * The pre-render under way, or that failed, and what it is for. Not reactive: it is set as an update
   * ends (updated), and the snippet already says "Preparing" without it; a failure asks for an update.
   */
  #preparing?: { madeFor: string; failed: boolean };
  /** The script + tag snippet carries the widget pre-rendered, so it shows before the kit loads. */
  private instant = false;
  /** What the preview's widget says is wrong; nothing can be copied meanwhile. */
  private previewProblem = '';
  /** How tall the phone preview's widget is, in px: the iframe snippet starts at least as tall. */
  private phoneHeight = 0;
  #phoneSize = new ResizeObserver(([entry]) => (this.phoneHeight = Math.ceil(entry.borderBoxSize[0].blockSize)));
  #phoneWidget?: Element;
  /**
   * Where the image maker is (dist/image/image-worker.js, beside this file by default, with the files it
   * loads beside it); a worker, so it must be on the builder page's own origin.
   */
  imageMakerUrl = new URL('image/image-worker.js', import.meta.url).href;

  #imageMaker?: WorkerCalls<ImageRequest, MadeImage>;
  /** The image's width in CSS pixels. */
  private imageWidth = 600;
  /** The image being made, if one is. */
  private drawing?: 'png' | 'svg';
  /** What became of the last image asked for; `imageFailed` when it could not be made. */
  private imageStatus = '';
  private imageFailed = false;
  /** The text alternative of the last image made, and what it was made for. */
  private madeImage?: { alt: string; madeFor: string };

  /** The chosen widget's attributes, without empty or default values (the snippets' attributes). */
  private get options(): EmbedOptions {
    const attributes: Record<string, string> = {};
    for (const option of optionsOf(this.widget)) {
      const value = this.values[option.name]?.trim();
      const chosen = option.kind === 'flag' ? value === option.on : value && value !== option.default;
      if (chosen) attributes[option.name] = value!;
    }
    const src = this.useStoryUrl && this.storyUrl.trim() ? this.storyUrl.trim() : undefined;
    const options: EmbedOptions = { widget: this.widget, attributes, src, background: this.background };
    if (this.language) options.lang = this.language;
    return options;
  }

  /** The attributes the previews show: what only the script + tag snippet carries stays out of them. */
  get #shownAttributes(): Record<string, string> {
    const { widget, attributes } = this.options;
    return Object.fromEntries(
      optionsOf(widget)
        .filter((option) => !option.scriptOnly && attributes[option.name] !== undefined)
        .map((option) => [option.name, attributes[option.name]]),
    );
  }

  protected override render() {
    return html`
      <div class="layout">
        ${this.#renderForm()}
        <div>${this.#renderPreviews()} ${this.#renderSnippets()} ${this.#renderImage()}</div>
      </div>
    `;
  }

  protected override updated() {
    void this.#readPreview();
    void this.#makeCopy();
    this.#watchPhonePreview();
  }

  /** Follows the height of the phone preview's widget, which a new widget choice replaces. */
  #watchPhonePreview() {
    const widget = this.renderRoot.querySelector(`[data-preview="phone"] :is(${anyWidget})`) ?? undefined;
    if (widget === this.#phoneWidget) return;
    this.#phoneSize.disconnect();
    if (widget) this.#phoneSize.observe(widget);
    this.#phoneWidget = widget;
  }

  /** What the desktop preview shows, once it has rendered: its problem, if any (Copy is off meanwhile). */
  async #readPreview() {
    const widget = this.renderRoot.querySelector<LitElement>(`[data-preview="desktop"] :is(${anyWidget})`);
    if (!widget) return;
    await widget.updateComplete;
    this.previewProblem = widget.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim() ?? '';
  }

  /** What the pre-rendered copy shows: the widget, its options, and the story (from its URL, when one is chosen). */
  get #copyFor(): string {
    const { widget, attributes, src, lang } = this.options;
    return JSON.stringify([widget, attributes, src, lang, this.story === defaultStory]);
  }

  /** The chosen widget pre-rendered by the kit's renderer, with the story the snippet's text is written from. */
  async #makeCopy() {
    const { widget, attributes, lang } = this.options;
    const story = this.story;
    const madeFor = this.#copyFor;
    if (!this.instant || !story || this.prerendered?.madeFor === madeFor || this.#preparing?.madeFor === madeFor) {
      return;
    }
    this.#preparing = { madeFor, failed: false };
    this.#renderer ??= new Renderer(this.rendererUrl);
    let failed = false;
    try {
      // The default story goes as none: a copy sent to the worker is no longer the kit's default story,
      // which the widget shows in its language's translation (it would show the English story in French words).
      const state = story === defaultStory ? undefined : { story, loading: false };
      const { shadow } = await this.#renderer.render(widget, lang ? { lang, ...attributes } : attributes, state);
      this.prerendered = { shadow, madeFor };
    } catch (error) {
      failed = true;
      console.warn(`[coalition-widgets] embed builder: the widget could not be pre-rendered (${String(error)}).`);
    }
    // Options changed meanwhile: the newer pre-render is the one shown.
    if (this.#preparing?.madeFor !== madeFor) return;
    this.#preparing = failed ? { madeFor, failed } : undefined;
    if (failed) this.requestUpdate();
  }

  /**
   * Until the pre-rendered copy is in the script + tag snippet, copying it would give the bare tag (a
   * smaller box, then a jump, once the kit has loaded): what the editor is told meanwhile, or if it failed.
   */
  get #instantCopyNote(): { text: string; blocks: boolean } | undefined {
    if (!this.instant || this.prerendered?.madeFor === this.#copyFor) return undefined;
    return this.#preparing?.madeFor === this.#copyFor && this.#preparing.failed
      ? {
          text: 'The widget could not be prepared to show at once: this snippet shows it once the kit has loaded.',
          blocks: false,
        }
      : { text: 'Preparing the widget to show at once…', blocks: true };
  }

  #renderForm() {
    return html`<form aria-label="Embed options" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend>Widget</legend>
        ${this.#radios(
          'widget',
          widgetTags.map((tag) => ({ value: tag, label: widgetCatalog[tag].label })),
          this.widget,
          (tag) => (this.widget = tag as WidgetTag),
        )}
      </fieldset>
      ${grouped(optionsOf(this.widget).filter((option) => option.name !== 'loading')).map((entry) =>
        'options' in entry ? this.#renderGroup(entry.group, entry.options) : this.#renderOption(entry),
      )}
      ${this.#renderLanguage()}
      <fieldset>
        <legend>Data</legend>
        <label class="choice">
          <input type="radio" name="data" .checked=${!this.useStoryUrl} @change=${() => this.chooseStoryUrl(false)} />
          The default story
        </label>
        <label class="choice">
          <input type="radio" name="data" .checked=${this.useStoryUrl} @change=${() => this.chooseStoryUrl(true)} />
          A story URL
        </label>
        ${
          this.useStoryUrl
            ? html`<label class="field">
                Story URL (JSON, see story.schema.json)
                <input
                  type="url"
                  name="src"
                  .value=${this.storyUrl}
                  @change=${this.onStoryUrl}
                  placeholder="https://…/story.json"
                />
              </label>`
            : nothing
        }
      </fieldset>
      ${optionsOf(this.widget)
        .filter((option) => option.name === 'loading')
        .map((option) => this.#renderOption(option))}
      ${this.#renderKitUrl()}
      <fieldset>
        <legend>Iframe background</legend>
        ${this.#radios(
          'background',
          backgrounds.map((value) => ({ value, label: value === 'plain' ? 'Plain, in the theme' : 'Transparent' })),
          this.background,
          (background) => (this.background = background as Background),
        )}
      </fieldset>
    </form>`;
  }

  #renderLanguage() {
    return html`<fieldset>
      <legend>Language</legend>
      <label class="field">
        The widget's own words, numbers and dates in
        <select
          name="lang"
          aria-describedby="lang-hint"
          @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value as Language | '')}
        >
          <option value="" .selected=${!this.language}>The article's language, from its lang</option>
          ${languages.map(
            (language) =>
              html`<option value=${language} lang=${language} .selected=${this.language === language}>
                ${languageNames[language]}
              </option>`,
          )}
        </select>
      </label>
      <p id="lang-hint" class="hint">
        The story's own words (its quotes, names and sources) stay in the story's language.
      </p>
    </fieldset>`;
  }

  #renderKitUrl() {
    const local = isLocalUrl(this.kitUrl);
    return html`<fieldset>
      <legend>Where readers load the kit from</legend>
      <label class="field">
        <span>The kit's public address (its <code>dist/</code> folder)</span>
        <input
          type="url"
          name="kit-url"
          .value=${this.kitUrl}
          aria-describedby="kit-url-hint"
          aria-invalid=${local ? 'true' : 'false'}
          @change=${(event: Event) => (this.kitUrl = (event.target as HTMLInputElement).value.trim())}
        />
      </label>
      <p id="kit-url-hint" class=${local ? 'hint warning' : 'hint'}>
        ${
          local
            ? 'This address is on your own computer or a private network: readers’ browsers cannot reach it, and the widget will not appear for them. Use the CDN address or your newsroom’s public server.'
            : 'The CDN by default; use your newsroom’s own server if it hosts the kit.'
        }
      </p>
    </fieldset>`;
  }

  #renderOption(option: WidgetOption) {
    return html`<fieldset>
      <legend>${option.label}</legend>
      ${this.#renderControl(option)}
    </fieldset>`;
  }

  /** Options of one group in one fieldset: each choice list in a fieldset of its own, the rest labelled. */
  #renderGroup(group: string, options: WidgetOption[]) {
    return html`<fieldset>
      <legend>${group}</legend>
      ${options.map((option) =>
        option.kind === 'choice'
          ? html`<fieldset class="inline">
              <legend>${option.label}</legend>
              ${this.#renderControl(option)}
            </fieldset>`
          : this.#renderControl(option),
      )}
    </fieldset>`;
  }

  #renderControl(option: WidgetOption) {
    switch (option.kind) {
      case 'choice':
        return this.#renderChoices(option);
      case 'flag':
        return this.#renderFlag(option);
      case 'story':
        return this.#renderStoryChoices(option);
      case 'text':
        return this.#renderText(option);
    }
  }

  #renderText({ name, label, field, url }: TextOption) {
    const value = this.values[name] ?? '';
    const wrong = url && value.trim() !== '' && !/^https?:\/\/[^\s]+$/i.test(value.trim());
    return html`<label class="field">
        ${label}
        <input
          type=${url ? 'url' : 'text'}
          name=${name}
          .value=${value}
          aria-describedby="${name}-hint"
          aria-invalid=${wrong ? 'true' : 'false'}
          @change=${(event: Event) => this.#set(name, (event.target as HTMLInputElement).value)}
        />
      </label>
      <p id="${name}-hint" class=${wrong ? 'hint warning' : 'hint'}>
        ${wrong ? 'Only an address starting with https:// (or http://) will do.' : field}
      </p>`;
  }

  #renderChoices({ name, choices }: Pick<ChoiceOption, 'name' | 'choices'>) {
    return this.#radios(name, choices, this.values[name], (value) => this.#set(name, value));
  }

  /** One radio button per choice, `current` checked; `choose` is told the value picked. */
  #radios(
    name: string,
    choices: readonly { value: string; label: string }[],
    current: string | undefined,
    choose: (value: string) => void,
  ) {
    return choices.map(
      ({ value, label }) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${name}
            value=${value}
            .checked=${current === value}
            @change=${() => choose(value)}
          />
          ${label}
        </label>`,
    );
  }

  #renderFlag({ name, field, on }: FlagOption) {
    return html`<label class="choice">
      <input
        type="checkbox"
        name=${name}
        .checked=${this.values[name] === on}
        @change=${(event: Event) => this.#set(name, (event.target as HTMLInputElement).checked ? on : undefined)}
      />
      <span>${field} (<code>${on ? `${name}="${on}"` : name}</code>)</span>
    </label>`;
  }

  /** The story's values as choices, the one chosen kept even when this story lacks it. */
  #renderStoryChoices({ name, choices, required }: StoryOption) {
    const offered = this.story ? choices(this.story) : [];
    const value = this.values[name] ?? '';
    const missing = value && !offered.some((choice) => choice.value === value);
    return this.#renderChoices({
      name,
      choices: [
        ...(required ? [] : [{ value: '', label: 'None' }]),
        ...offered,
        ...(missing ? [{ value, label: `${value} (not in this story)` }] : []),
      ],
    });
  }

  #set(name: string, value: string | undefined) {
    this.values = { ...this.values, [name]: value };
  }

  #renderPreviews() {
    return html`<h3>Preview</h3>
      <div class="previews" @coalition-error=${this.#readPreview} @coalition-load=${this.#readPreview}>
        ${this.#renderPreview('phone', 'Phone, 360 px')} ${this.#renderPreview('desktop', 'Desktop, up to 720 px')}
      </div>`;
  }

  #renderPreview(size: 'phone' | 'desktop', caption: string) {
    const { widget, src } = this.options;
    // The previews render at once: what only the script + tag snippet carries stays out of them.
    const shown = this.#shownAttributes;
    const preview = element(widget, this.language ? { lang: this.language, ...shown } : shown);
    return html`<figure class="preview ${size} ${shown.theme === 'dark' ? 'dark' : ''}" data-preview=${size}>
      <figcaption>${caption}</figcaption>
      ${src ? html`<coalition-data src=${src}>${preview}</coalition-data>` : preview}
    </figure>`;
  }

  #renderSnippets() {
    const options = this.options;
    const copy = this.prerendered?.madeFor === this.#copyFor ? this.prerendered.shadow : undefined;
    const scriptCode = scriptSnippet(options, this.story, this.kitUrl, this.instant ? copy : undefined);
    const iframeCode = iframeSnippet(options, this.story, this.kitUrl, this.phoneHeight);
    const instantCost = copy
      ? kilobytes(
          scriptSnippet(options, this.story, this.kitUrl, copy).length -
            scriptSnippet(options, this.story, this.kitUrl).length,
        )
      : '';
    return html`<section class="snippet" aria-labelledby="script-heading">
        <h3 id="script-heading">1. Script + tag</h3>
        <p class="hint">
          Paste this into your CMS's HTML view (for example a Custom HTML block). The script line is safe to paste in
          every block. The text inside the tag is what readers see without JavaScript.
        </p>
        <label class="choice">
          <input
            type="checkbox"
            name="instant"
            .checked=${this.instant}
            @change=${(event: Event) => {
              this.instant = (event.target as HTMLInputElement).checked;
              if (this.#preparing?.failed) this.#preparing = undefined; // ticked again: try again
            }}
          />
          <span
            >Show the widget at once, before the kit loads (adds ${instantCost || 'a few KB'} of styles and markup to
            the snippet)</span
          >
        </label>
        ${
          this.instant && !this.language
            ? html`<p class="hint" data-hint="instant-language">
                It shows at once in English. For an article in another language, choose that language above; otherwise
                the widget is drawn again in it once the kit has loaded.
              </p>`
            : nothing
        }
        <pre tabindex="0" aria-labelledby="script-heading"><code data-snippet="script">${scriptCode}</code></pre>
        ${this.#renderCopy('script', scriptCode, 'script + tag', this.#instantCopyNote)}
      </section>

      <section class="snippet" aria-labelledby="iframe-heading">
        <h3 id="iframe-heading">2. Iframe</h3>
        <p class="hint">
          Paste this into your CMS's HTML view when it strips the kit's script. Its few lines of script make the frame
          as tall as the widget, with nothing added to your site's template; where scripts are removed too, the frame
          keeps a phone's height and scrolls rather than cutting anything off. Web teams can instead add once to the
          page template: <code>${hostScriptSnippet(this.kitUrl)}</code>
        </p>
        <pre tabindex="0" aria-labelledby="iframe-heading"><code data-snippet="iframe">${iframeCode}</code></pre>
        ${this.#renderCopy('iframe', iframeCode, 'iframe')}
      </section>
      <p class="status" role="status">${this.status}</p>`;
  }

  /** Why `kind` cannot be copied or made now (the problem the preview shows), beside its button. */
  #renderBlocked(kind: string, doing: string) {
    return this.previewProblem
      ? html`<p class="blocked" id="${kind}-blocked">
          Fix the problem the preview shows before ${doing}: ${this.previewProblem}
        </p>`
      : nothing;
  }

  /** A Copy button, off while the preview shows a problem or `note` says to wait, with the reason beside it. */
  #renderCopy(kind: 'script' | 'iframe', code: string, name: string, note?: { text: string; blocks: boolean }) {
    const problem = this.previewProblem;
    const off = !!problem || !!note?.blocks;
    return html`${this.#renderBlocked(kind, 'copying')}
      ${
        note && !problem
          ? html`<p class=${note.blocks ? 'hint' : 'blocked'} id="${kind}-blocked" role="status">${note.text}</p>`
          : nothing
      }
      <button
        type="button"
        data-copy=${kind}
        ?disabled=${off}
        aria-describedby=${problem || note ? `${kind}-blocked` : nothing}
        @click=${async () => (this.status = await copied(code, `the ${name} snippet`))}
      >
        Copy ${name}
      </button>`;
  }

  /** The image's colours: the preview's (for `auto`, the page's scheme around it, else the system's). */
  get #imageTheme(): Theme {
    const { theme } = this.#shownAttributes;
    if (theme !== 'auto') return theme === 'dark' ? 'dark' : 'light';
    const preview = this.renderRoot.querySelector('[data-preview="desktop"]');
    const scheme =
      (preview && declaredScheme(preview)) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    return scheme;
  }

  /** The image's attributes and file name, as the `coalition-widgets image` command takes them. */
  #imageFor(format: 'png' | 'svg') {
    const { widget, src } = this.options;
    const { theme: _chosen, ...attributes } = this.#shownAttributes;
    const theme = this.#imageTheme;
    if (theme === 'dark') attributes.theme = 'dark';
    const quote = attributes.quote ? `-${attributes.quote.replace(/[^\w-]+/g, '_')}` : '';
    const file = `${widget}${quote}-${this.imageWidth}px${theme === 'dark' ? '-dark' : ''}.${format}`;
    return {
      widget,
      attributes,
      theme,
      src,
      file,
      madeFor: JSON.stringify([widget, attributes, src, this.imageWidth]),
    };
  }

  #renderImage() {
    const problem = this.previewProblem;
    const blocked = problem || !this.story || this.drawing;
    const { theme, attributes, src, file, madeFor } = this.#imageFor('png');
    const alt = this.madeImage?.madeFor === madeFor ? this.madeImage.alt : undefined;
    return html`<section class="snippet" aria-labelledby="image-heading">
      <h3 id="image-heading">3. Image, for newsletters and apps</h3>
      <p class="hint">
        Where no script or iframe runs (newsletters, Apple News, social posts): the widget as a still image, ${theme} as
        the preview shows it, with its text alternative for the image's alt text. The PNG has twice the width in pixels,
        for sharp screens; an SVG stays sharp at any size. The first image loads the drawing tools once: about 0.8 MB,
        and 1 MB more for a PNG.
      </p>
      ${
        this.language && this.language !== 'en'
          ? html`<p class="hint" data-image-language>
              <strong>The image is in English</strong>, not in the language chosen above: the story's words and the
              widget's own (your title and credit stay as you typed them). The image maker draws English only so far.
            </p>`
          : nothing
      }
      <fieldset class="inline">
        <legend>Width</legend>
        ${this.#radios(
          'image-width',
          imageWidths.map((width) => ({ value: String(width), label: `${width} px` })),
          String(this.imageWidth),
          (width) => (this.imageWidth = Number(width)),
        )}
      </fieldset>
      ${this.#renderBlocked('image', 'making an image')}
      <div class="buttons">
        ${(['png', 'svg'] as const).map(
          (format) =>
            html`<button
              type="button"
              data-download=${format}
              ?disabled=${!!blocked}
              aria-describedby=${problem ? 'image-blocked' : nothing}
              @click=${() => this.downloadImage(format)}
            >
              ${this.drawing === format ? `Drawing the ${format.toUpperCase()}…` : `Download ${format === 'png' ? 'PNG (2×)' : 'SVG'}`}
            </button>`,
        )}
      </div>
      <p class=${this.imageFailed ? 'blocked' : 'status'} role="status" data-image-status>${this.imageStatus}</p>
      ${
        alt === undefined
          ? nothing
          : html`<h4 id="alt-heading">Text alternative</h4>
              <pre tabindex="0" aria-labelledby="alt-heading"><code data-image-alt>${alt}</code></pre>
              <button
                type="button"
                data-copy="alt"
                @click=${async () => {
                  this.imageFailed = false;
                  this.imageStatus = await copied(alt, 'the text alternative');
                }}
              >
                Copy text alternative
              </button>`
      }
      <p class="hint">
        The same image from the command line:
        <code class="command" data-image-command
          >${imageCommand(this.widget, attributes, { width: this.imageWidth, src, file })
            .split(' ')
            .map((word, i) => html`${i ? ' ' : ''}${word.startsWith('-') ? html`<span>${word}</span>` : word}`)}</code
        >
      </p>
    </section>`;
  }

  /** Makes the image the preview shows, in the image maker's worker, and downloads it. */
  private async downloadImage(format: 'png' | 'svg') {
    const story = this.story;
    if (!story || this.previewProblem || this.drawing) return;
    const { widget, attributes, theme, file, madeFor } = this.#imageFor(format);
    this.drawing = format;
    this.imageFailed = false;
    this.imageStatus = `Drawing the ${format.toUpperCase()}…`;
    const started = performance.now();
    this.#imageMaker ??= new WorkerCalls(this.imageMakerUrl, 'the image maker did not start');
    try {
      const made = await this.#imageMaker.call({
        tag: widget,
        attributes,
        story,
        width: this.imageWidth,
        theme,
        format,
        scale: 2,
      });
      const type = format === 'png' ? 'image/png' : 'image/svg+xml';
      const blob = new Blob([made.data as BlobPart], { type });
      saveAs(blob, file);
      this.madeImage = { alt: made.alt, madeFor };
      const pixels =
        format === 'png'
          ? `${Math.round(made.width * 2)}×${Math.round(made.height * 2)} pixels`
          : `${made.width}×${Math.round(made.height)} CSS pixels`;
      this.imageStatus = `Downloaded ${file} (${pixels}, ${kilobytes(blob.size)}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    } catch (error) {
      this.imageFailed = true;
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
      this.imageStatus = `Could not make the image: ${reason}. The snippets above still work.`;
    } finally {
      this.drawing = undefined;
    }
  }

  private chooseStoryUrl(useStoryUrl: boolean) {
    this.useStoryUrl = useStoryUrl;
    void this.updateStory();
  }

  private onStoryUrl(event: Event) {
    this.storyUrl = (event.target as HTMLInputElement).value;
    void this.updateStory();
  }

  /** The story the snippets' fallback text and titles are written from. */
  private async updateStory() {
    const src = this.options.src;
    if (!src) {
      this.story = defaultStory;
      return;
    }
    this.story = undefined;
    const result = await loadStory(src);
    if (this.options.src === src) this.story = result.ok ? result.story : undefined;
  }
}

/** Copies `text` to the clipboard, and says whether it could. */
async function copied(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `Copied ${what}.`;
  } catch {
    return `Could not copy automatically: select ${what} and copy it.`;
  }
}

/** The image widths offered: a phone's, a newsletter's column, the desktop preview's. */
const imageWidths = [360, 600, 720];

function kilobytes(characters: number): string {
  return `${(characters / 1024).toFixed(1)} KB`;
}

/** Downloads `blob` as `file`, as a link with `download` would. */
function saveAs(blob: Blob, file: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file;
  link.click();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
