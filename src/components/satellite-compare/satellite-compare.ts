import { LitElement, html } from 'lit';
import { describeSatellites } from '../../story/describe-satellites.js';
import { formatCount, isolate } from '../../story/format.js';
import { unknownNameHelp } from '../../story/suggest.js';
import type { SatelliteCount, Story } from '../../story/story-schema.js';
import { StoryConsumer } from '../../data/story-consumer.js';
import { ProblemController } from '../../shared/problem-controller.js';
import { checkChoice, themes, type Theme } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { FirstRender, loadings, type Loading } from '../../shared/first-render.js';
import { satelliteCompareStyles } from './satellite-compare.styles.js';

/**
 * An accessible bar chart of the military satellites each country has, with a one-sentence
 * summary, the figures as a table on demand and a note on the source.
 *
 * @summary Compares the military satellites of the United States, France and the United Kingdom.
 * @tagname satellite-compare
 *
 * @slot - Fallback content, shown before the kit loads and while there is no story.
 * @csspart base - The chart's card.
 * @csspart title - The chart title.
 * @csspart summary - The sentence comparing the countries.
 * @csspart chart - The list of bars.
 * @csspart table - The data table, inside a disclosure.
 * @csspart source - The note on the source.
 * @csspart error - What is wrong, when something is.
 *
 * @cssprop [--cw-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--cw-color-text=#1b1d21] - Text colour.
 * @cssprop [--cw-color-muted=#596070] - Secondary text and bars that are not highlighted.
 * @cssprop [--cw-color-surface=#ffffff] - Card background.
 * @cssprop [--cw-color-border=#d5d9e0] - Card and table borders.
 * @cssprop [--cw-color-accent=#0b57a4] - Bars and links.
 * @cssprop [--cw-color-highlight=#b7860b] - The highlighted country's bar.
 * @cssprop [--cw-color-subtle=#eef1f5] - Bar tracks.
 * @cssprop [--cw-color-error=#b3261e] - Error messages.
 * @cssprop [--cw-radius=10px] - Corner radius of the card.
 * @cssprop [--cw-space=1rem] - Padding of the card.
 *
 * @fires {CoalitionErrorEvent} coalition-error - An attribute cannot be used, for example an unknown `highlight`.
 */
export class SatelliteCompare extends LitElement {
  static override styles = [widgetStyles, satelliteCompareStyles];

  static override properties = {
    loading: { reflect: true },
    theme: { reflect: true },
    highlight: { reflect: true },
  };

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  /**
   * `eager` (default) renders at once; `lazy` waits until the widget comes near the viewport, as
   * `<img loading="lazy">` does. For widgets far down a long page.
   */
  loading?: Loading;

  /** Country to stand out, by code (`US`, `FR`, `UK`) or name; case does not matter. */
  highlight?: string;

  readonly #data = new StoryConsumer(this, (story) => story.satellites);
  readonly #problems = new ProblemController(this);
  readonly #firstRender = new FirstRender(this);

  protected override shouldUpdate(): boolean {
    return this.#firstRender.ready;
  }

  protected override willUpdate(): void {
    const story = this.#data.state.story;
    this.#problems.set(this.#data.state.error, [
      checkChoice('theme', this.theme, themes),
      checkChoice('loading', this.loading, loadings),
      story && this.#checkHighlight(story),
    ]);
  }

  protected override render() {
    const story = this.#data.state.story;
    return html`${this.#problems.render()}${story ? this.#renderChart(story.satellites) : html`<slot></slot>`}`;
  }

  #renderChart({ countries, source }: Story['satellites']) {
    const largest = Math.max(1, ...countries.map((country) => country.count));
    const notes = countries.filter((country) => country.note);
    return html`
      <figure part="base">
        <figcaption>
          <span class="title" part="title">Military satellites by country</span>
          <span class="summary" part="summary">${describeSatellites(countries)}</span>
        </figcaption>
        <ul class="bars" part="chart">
          ${countries.map(
            (country) => html`
              <li class=${this.#isHighlighted(country) ? 'bar-row highlighted' : 'bar-row'}>
                <span class="name">${isolate(country.name)}${country.note ? '*' : ''}</span>
                <svg class="bar" aria-hidden="true" viewBox="0 0 ${largest} 1" preserveAspectRatio="none">
                  <rect height="1" width=${country.count}></rect>
                </svg>
                <span class="count">${formatCount(country.count)}</span>
              </li>
            `,
          )}
        </ul>
        <details>
          <summary>Show the figures as a table</summary>
          <table part="table">
            <caption class="visually-hidden">
              Military satellites by country
            </caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col" class="number">Military satellites</th>
              </tr>
            </thead>
            <tbody>
              ${countries.map(
                (country) =>
                  html`<tr>
                    <th scope="row">${country.name}</th>
                    <td class="number">${formatCount(country.count)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>
        <p class="source" part="source">
          ${notes.map((country) => `* ${isolate(country.name)}: ${isolate(country.note!)} `)}Source: ${source}
        </p>
      </figure>
    `;
  }

  #isHighlighted(country: SatelliteCount): boolean {
    const wanted = this.highlight?.trim().toLowerCase();
    return !!wanted && (country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted);
  }

  #checkHighlight(story: Story): string | undefined {
    if (!this.highlight || story.satellites.countries.some((country) => this.#isHighlighted(country))) return undefined;
    const codes = story.satellites.countries.map((country) => country.code);
    return `${isolate(`highlight="${this.highlight}"`)} matches no country in the chart. ${unknownNameHelp(this.highlight, codes)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'satellite-compare': SatelliteCompare;
  }
}
