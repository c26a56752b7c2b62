import { html, nothing } from 'lit';
import { describeSatellites } from '../../story/describe-satellites.js';
import { formatCount, isolate } from '../../story/format.js';
import type { SatelliteCount, Story } from '../../story/story-schema.js';
import type { Problem } from '../../shared/attributes.js';
import { figureTokens, widgetStyles } from '../../shared/widget-styles.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { renderEvidence, renderUpdates } from '../../shared/sourcing.js';
import { reportersOf } from '../../story/sourcing.js';
import { satelliteCompareStyles } from './satellite-compare.styles.js';

/**
 * An accessible bar chart of the military satellites each country has, with a one-sentence
 * summary naming who gives the figures, the figures as a table on demand, and a note on the source
 * that opens onto the report's sentences. The story's corrections are shown.
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
 * @csspart source - The notes on the figures.
 * @csspart evidence - The source, a disclosure holding the report's sentences the figures rest on.
 * @csspart updates - The "Updated …" and "Correction (…): …" lines, when the story has them.
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
export class SatelliteCompare extends WidgetElement {
  static override styles = [widgetStyles, figureTokens, satelliteCompareStyles];

  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return { ...super.properties, highlight: { reflect: true } };
  }

  /** Country to stand out, by code (`US`, `FR`, `UK`) or name; case does not matter. */
  highlight?: string;

  protected shows(story: Story) {
    return [story.satellites, story.sources, story.updated, story.corrections];
  }

  protected ownProblems(story: Story | undefined) {
    return [story && this.#checkHighlight(story)];
  }

  protected renderCard(story: Story) {
    const { countries, source, evidence = [] } = story.satellites;
    const sourceLine = `Source: ${source}`;
    const largest = Math.max(1, ...countries.map((country) => country.count));
    const notes = countries.filter((country) => country.note);
    return html`
      <figure part="base" lang=${this.langOf(story)}>
        <figcaption>
          ${
            this.hideHeadline
              ? nothing
              : html`<span class="title" part="title" role="heading" aria-level=${this.level()}
                  >${this.heading ?? 'Military satellites by country'}</span
                >`
          }
          <span class="summary" part="summary">${describeSatellites(countries, reportersOf(story, evidence))}</span>
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
        <div class="source" part="source">
          ${notes.map((country) => html`<p>* ${isolate(country.name)}: ${isolate(country.note!)}</p>`)}
          ${evidence.length ? renderEvidence(story, evidence, sourceLine) : html`<p>${sourceLine}</p>`}
        </div>
        ${renderUpdates(story)} ${this.renderEnd()}
      </figure>
    `;
  }

  #isHighlighted(country: SatelliteCount): boolean {
    const wanted = this.highlight?.trim().toLowerCase();
    return !!wanted && (country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted);
  }

  #checkHighlight(story: Story): Problem | undefined {
    const { countries } = story.satellites;
    if (!this.highlight || countries.some((country) => this.#isHighlighted(country))) return undefined;
    return ['highlight', this.highlight, countries.map((country) => country.code)];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'satellite-compare': SatelliteCompare;
  }
}
