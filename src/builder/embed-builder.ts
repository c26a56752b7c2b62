import { LitElement, html, nothing, type CSSResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultStory } from '../story/default-story.js';
import type { Story } from '../story/story-schema.js';
import { loadStory } from '../data/story-loader.js';
import {
  backgrounds,
  widgetAttributes,
  type Background,
  type EmbedOptions,
  type WidgetTag,
} from '../embed/embed-options.js';
import { hostScriptSnippet, iframeSnippet, scriptSnippet, type Prerendered } from './snippets.js';
import { embedBuilderStyles } from './embed-builder.styles.js';
import '../coalition-widgets.js';
import { define } from '../shared/define.js';

const widgetChoices: { tag: WidgetTag; label: string }[] = [
  { tag: 'coalition-summary', label: 'Summary' },
  { tag: 'quote-card', label: 'Quote card' },
  { tag: 'satellite-compare', label: 'Satellite chart' },
];
const themeChoices = ['light', 'dark', 'auto'];

/**
 * The embed builder of the demo page: pick a widget and its options, see it at phone and desktop
 * widths, and copy a snippet for a CMS (script + tag, or an iframe).
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
    lazy: { state: true },
    story: { state: true },
    status: { state: true },
    prerendered: { state: true },
  };

  /** Where the kit's built files are served from; snippets load the kit from there. */
  kitUrl = new URL('./', import.meta.url).href;

  private widget: WidgetTag = 'quote-card';
  private values: Record<string, string> = { quote: 'healey-planning', layout: 'full', highlight: '', theme: 'light' };
  private useStoryUrl = false;
  private storyUrl = '';
  private background: Background = 'plain';
  /** Adds loading="lazy" to the script + tag snippet (the previews render at once; an iframe is lazy anyway). */
  private lazy = false;
  private story: Story | undefined = defaultStory;
  private status = '';
  private prerendered?: Prerendered;

  private get options(): EmbedOptions {
    const attributes: Record<string, string> = {};
    for (const name of widgetAttributes[this.widget]) {
      const value = this.values[name]?.trim();
      if (value && !(name === 'theme' && value === 'light') && !(name === 'layout' && value === 'full'))
        attributes[name] = value;
    }
    const src = this.useStoryUrl && this.storyUrl.trim() ? this.storyUrl.trim() : undefined;
    return { widget: this.widget, attributes, src, background: this.background };
  }

  protected override render() {
    const options = this.options;
    const tagOptions = this.lazy ? { ...options, attributes: { ...options.attributes, loading: 'lazy' } } : options;
    const scriptCode = scriptSnippet(tagOptions, this.story, this.kitUrl, this.prerendered);
    const iframeCode = iframeSnippet(options, this.story, this.kitUrl);
    return html`
      <div class="layout">
        <form aria-label="Embed options" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>Widget</legend>
            ${widgetChoices.map(
              ({ tag, label }) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="widget"
                    value=${tag}
                    .checked=${this.widget === tag}
                    @change=${() => (this.widget = tag)}
                  />
                  ${label}
                </label>`,
            )}
          </fieldset>
          ${this.renderWidgetOptions()}
          <fieldset>
            <legend>Theme</legend>
            ${themeChoices.map((theme) => this.renderChoice('theme', theme, theme[0].toUpperCase() + theme.slice(1)))}
          </fieldset>
          <fieldset>
            <legend>Data</legend>
            <label class="choice">
              <input
                type="radio"
                name="data"
                .checked=${!this.useStoryUrl}
                @change=${() => this.chooseStoryUrl(false)}
              />
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
          <fieldset>
            <legend>Far down the article?</legend>
            <label class="choice">
              <input
                type="checkbox"
                name="loading"
                .checked=${this.lazy}
                @change=${(event: Event) => (this.lazy = (event.target as HTMLInputElement).checked)}
              />
              <span>Render when the reader scrolls near it (<code>loading="lazy"</code>)</span>
            </label>
          </fieldset>
          <fieldset>
            <legend>Iframe background</legend>
            ${backgrounds.map(
              (background) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="background"
                    value=${background}
                    .checked=${this.background === background}
                    @change=${() => (this.background = background)}
                  />
                  ${background === 'plain' ? 'Plain, in the theme' : 'Transparent'}
                </label>`,
            )}
          </fieldset>
        </form>

        <div>
          <h3>Preview</h3>
          <div class="previews">
            ${this.renderPreview('phone', 'Phone, 360 px')} ${this.renderPreview('desktop', 'Desktop, up to 720 px')}
          </div>

          <section class="snippet" aria-labelledby="script-heading">
            <h3 id="script-heading">1. Script + tag</h3>
            <p class="hint">
              Paste this into your CMS's HTML view (for example a Custom HTML block). The script line is safe to paste
              in every block.
            </p>
            <pre tabindex="0" aria-labelledby="script-heading"><code data-snippet="script">${scriptCode}</code></pre>
            <button type="button" data-copy="script" @click=${() => this.copy(scriptCode, 'script + tag')}>
              Copy script + tag
            </button>
          </section>

          <section class="snippet" aria-labelledby="iframe-heading">
            <h3 id="iframe-heading">2. Iframe</h3>
            <p class="hint">
              Paste this into your CMS's HTML view when it strips scripts. For heights that follow the content, add once
              to the page template: <code>${hostScriptSnippet(this.kitUrl)}</code>
            </p>
            <pre tabindex="0" aria-labelledby="iframe-heading"><code data-snippet="iframe">${iframeCode}</code></pre>
            <button type="button" data-copy="iframe" @click=${() => this.copy(iframeCode, 'iframe')}>
              Copy iframe
            </button>
          </section>
          <p class="status" role="status">${this.status}</p>
        </div>
      </div>
    `;
  }

  protected override async updated() {
    // The snippet carries the widget as the desktop preview renders it; that render follows ours.
    const widget = this.renderRoot.querySelector<LitElement>(
      '[data-preview="desktop"] :is(coalition-summary, quote-card, satellite-compare)',
    );
    if (!widget) return;
    await widget.updateComplete;
    const prerendered = widget.shadowRoot ? serialize(widget) : undefined;
    if (prerendered?.html !== this.prerendered?.html || prerendered?.css !== this.prerendered?.css)
      this.prerendered = prerendered;
  }

  private renderWidgetOptions() {
    switch (this.widget) {
      case 'quote-card':
        return html`<fieldset>
          <legend>Quote</legend>
          <label class="field">
            Quote id
            <input
              type="text"
              name="quote"
              list="quote-ids"
              .value=${this.values.quote ?? ''}
              @input=${this.onText}
              autocomplete="off"
            />
          </label>
          <datalist id="quote-ids">
            ${(this.story?.quotes ?? []).map((quote) => html`<option value=${quote.id}>${quote.speaker}: ${quote.text.slice(0, 60)}…</option>`)}
          </datalist>
        </fieldset>`;
      case 'coalition-summary':
        return html`<fieldset>
          <legend>Layout</legend>
          ${this.renderChoice('layout', 'full', 'Full')} ${this.renderChoice('layout', 'compact', 'Compact')}
        </fieldset>`;
      case 'satellite-compare':
        return html`<fieldset>
          <legend>Highlight</legend>
          <label class="field">
            Country code or name (empty for none)
            <input
              type="text"
              name="highlight"
              list="countries"
              .value=${this.values.highlight ?? ''}
              @input=${this.onText}
              autocomplete="off"
            />
          </label>
          <datalist id="countries">
            ${(this.story?.satellites.countries ?? []).map((country) => html`<option value=${country.code}>${country.name}</option>`)}
          </datalist>
        </fieldset>`;
    }
  }

  private renderChoice(name: string, value: string, label: string) {
    return html`<label class="choice">
      <input
        type="radio"
        name=${name}
        value=${value}
        .checked=${this.values[name] === value}
        @change=${() => (this.values = { ...this.values, [name]: value })}
      />
      ${label}
    </label>`;
  }

  private renderPreview(size: 'phone' | 'desktop', caption: string) {
    const { attributes, src } = this.options;
    const dark = attributes.theme === 'dark';
    const widget = this.renderWidget(attributes);
    return html`<figure class="preview ${size} ${dark ? 'dark' : ''}" data-preview=${size}>
      <figcaption>${caption}</figcaption>
      ${src ? html`<coalition-data src=${src}>${widget}</coalition-data>` : widget}
    </figure>`;
  }

  /** One branch per widget: tags stay static in the template. */
  private renderWidget(attributes: Record<string, string>) {
    const theme = ifDefined(attributes.theme);
    switch (this.widget) {
      case 'coalition-summary':
        return html`<coalition-summary layout=${ifDefined(attributes.layout)} theme=${theme}></coalition-summary>`;
      case 'quote-card':
        return html`<quote-card quote=${ifDefined(attributes.quote)} theme=${theme}></quote-card>`;
      case 'satellite-compare':
        return html`<satellite-compare
          highlight=${ifDefined(attributes.highlight)}
          theme=${theme}
        ></satellite-compare>`;
    }
  }

  private onText(event: Event) {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, [input.name]: input.value };
  }

  private chooseStoryUrl(useStoryUrl: boolean) {
    this.useStoryUrl = useStoryUrl;
    this.updateStory();
  }

  private onStoryUrl(event: Event) {
    this.storyUrl = (event.target as HTMLInputElement).value;
    this.updateStory();
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

  private async copy(text: string, name: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.status = `Copied the ${name} snippet.`;
    } catch {
      this.status = `Could not copy automatically: select the ${name} snippet and copy it.`;
    }
  }
}

/** The widget's shadow DOM as markup, without Lit's comment markers, and its styles. */
function serialize(widget: LitElement): Prerendered {
  const styles = (widget.constructor as typeof LitElement).elementStyles as CSSResult[];
  return {
    html: widget.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''),
    css: styles.map((style) => style.cssText.replace(/\s+/g, ' ').trim()).join(''),
  };
}

define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
