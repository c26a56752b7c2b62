import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeSatellites, isHighlighted, satelliteFinding } from '../../story/describe-satellites.js';
import { isolate, noteLine } from '../../story/format.js';
import type { SatelliteCount, Story } from '../../story/story-schema.js';
import type { Problem } from '../../shared/attributes.js';
import { figureTokens, widgetStyles } from '../../shared/widget-styles.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { renderEvidence, renderUpdates } from '../../shared/sourcing.js';
import { reportProblem } from '../../shared/events.js';
import { reportersOf } from '../../story/sourcing.js';
import { inLanguage } from '../../shared/story-words.js';
import { satelliteCompareStyles } from './satellite-compare.styles.js';

/**
 * An accessible bar chart of the military satellites each country has, under a title that states
 * what the figures show and who gives them, with the figures as a table on demand, "Get the data"
 * (a CSV file made in the browser), and a note on the source that opens onto the report's
 * sentences. The story's corrections are shown.
 *
 * @summary Compares the military satellites of the United States, France and the United Kingdom.
 * @tagname satellite-compare
 *
 * @slot - Fallback content, shown before the kit loads and while there is no story.
 * @csspart base - The chart's card.
 * @csspart title - The chart title.
 * @csspart summary - What the bars count; the sentence comparing the countries where the editor's title or none is shown.
 * @csspart chart - The list of bars.
 * @csspart table - The data table, inside a disclosure.
 * @csspart get-data - The "Get the data (CSV)" button.
 * @csspart source - The notes on the figures.
 * @csspart evidence - The source, a disclosure holding the report's sentences the figures rest on.
 * @csspart updates - The "Updated …" and "Correction (…): …" lines, when the story has them.
 * @csspart error - What is wrong, when something is.
 *
 * @cssprop [--cw-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--cw-color-text=#1b1d21] - Text colour.
 * @cssprop [--cw-color-muted=#596070] - Secondary text; also the bars that are not highlighted, a lighter #808794 by default.
 * @cssprop [--cw-color-surface=#ffffff] - Card background.
 * @cssprop [--cw-color-border=#d5d9e0] - Card and table borders.
 * @cssprop [--cw-color-accent=#0b57a4] - Bars and links.
 * @cssprop [--cw-color-highlight=var(--cw-color-accent)] - The highlighted country's bar and count.
 * @cssprop [--cw-color-subtle=#eef1f5] - The highlighted row of the table.
 * @cssprop [--cw-color-error=#b3261e] - Error messages.
 * @cssprop [--cw-radius=10px] - Corner radius of the card.
 * @cssprop [--cw-space=1rem] - Padding of the card.
 *
 * @fires {CoalitionErrorEvent} coalition-error - An attribute cannot be used, for example an unknown `highlight`; or the data download did not load.
 */
export class SatelliteCompare extends WidgetElement {
  static override styles = [widgetStyles, figureTokens, satelliteCompareStyles];

  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return { ...super.properties, highlight: { reflect: true } };
  }

  /** Country to stand out, by code (`US`, `FR`, `UK`) or name; case does not matter. */
  highlight?: string;

  /** Why the last "Get the data" did not download, shown beside the button. */
  #dataProblem?: string;

  protected shows(story: Story) {
    return [story.satellites, story.sources, story.updated, story.corrections];
  }

  protected ownProblems(story: Story | undefined) {
    return [story && this.#checkHighlight(story)];
  }

  protected renderCard(story: Story) {
    const { countries, source, evidence = [] } = story.satellites;
    // The card is in the widget's language; the story's own words (names, notes, the source) in the story's.
    const { i18n } = this;
    const lang = this.wordsLangOf(story);
    const sourceLine = i18n.parts('source', { source: inLanguage(lang, source) });
    const reportedBy = reportersOf(story, evidence);
    const largest = Math.max(1, ...countries.map((country) => country.count));
    const notes = countries.filter((country) => country.note);
    // The title states the finding; where the editor's title or the article's headline stands in its
    // place, the sentence under it does.
    const findingShown = this.heading === undefined && !this.hideHeadline;
    const rows = countries.map((country) => [country, isHighlighted(country, this.highlight)] as const);
    return html`
      <figure part="base" lang=${i18n.language}>
        <figcaption>
          ${
            this.hideHeadline
              ? nothing
              : html`<span class="title" part="title" role="heading" aria-level=${this.level()}
                  >${this.heading ?? satelliteFinding(countries, reportedBy, this.highlight, i18n.current)}</span
                >`
          }
          <span class="summary" part="summary"
            >${findingShown ? i18n.t('satellitesTitle') : describeSatellites(countries, reportedBy, i18n.current)}</span
          >
        </figcaption>
        <ul class="bars" part="chart">
          ${rows.map(([country, highlighted]) => this.#bar(country, highlighted, largest, lang))}
        </ul>
        <details>
          <summary>${i18n.t('showTable')}</summary>
          <table part="table">
            <caption class="visually-hidden">
              ${i18n.t('satellitesTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${i18n.t('country')}</th>
                <th scope="col" class="number">${i18n.t('militarySatellites')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(([country, highlighted]) => this.#tableRow(country, highlighted, lang))}
            </tbody>
          </table>
        </details>
        <p class="data">
          <button type="button" part="get-data" @click=${(event: Event) => this.#getData(story, event)}>
            ${i18n.t('getData')}
          </button>
          <span class="problem" role="status">${this.#dataProblem}</span>
        </p>
        <div class="source" part="source">
          ${notes.map(
            (country) =>
              html`<p lang=${ifDefined(lang)}>
                ${noteLine(isolate(country.name), isolate(country.note!), this.langOf(story))}
              </p>`,
          )}
          ${evidence.length ? renderEvidence(story, evidence, sourceLine, i18n.current) : html`<p>${sourceLine}</p>`}
        </div>
        ${renderUpdates(story, i18n.current)} ${this.renderEnd()}
      </figure>
    `;
  }

  /** A bar, its country and its count, read out as "United Kingdom: 6 military satellites (see note)". */
  #bar(country: SatelliteCount, highlighted: boolean, largest: number, lang: string | undefined) {
    const note = country.note ? html`<span aria-hidden="true">*</span>` : '';
    // The bar is drawn by the row's own template (a count of none hides it, in CSS): a template per bar
    // costs every chart more than the hidden element does.
    return html`
      <li class=${highlighted ? 'bar-row highlighted' : 'bar-row'}>
        <span class="name" lang=${ifDefined(lang)}
          >${isolate(country.name)}${note}<span class="visually-hidden">:</span></span
        >
        <span class="count" data-largest=${this.i18n.count(largest)}
          >${this.i18n.count(country.count)}<span class="visually-hidden">
            ${this.i18n.t('barSatellites', { count: country.count })}${country.note ? ` ${this.i18n.t('seeNote')}` : ''}</span
          ></span
        >
        <span class="track"
          ><svg class="bar" aria-hidden="true" width="${(100 * country.count) / largest}%">
            <rect width="100%" height="100%"></rect></svg
        ></span>
      </li>
    `;
  }

  /**
   * A row of the table; the highlighted one says so, to the eye and to screen readers (first: the
   * clipped words then start where the name does, and reach no further than it). Its space is in the
   * binding: the build drops white space before an end tag.
   */
  #tableRow(country: SatelliteCount, highlighted: boolean, lang: string | undefined) {
    return html`
      <tr class=${highlighted ? 'highlighted' : ''}>
        <th scope="row">
          ${highlighted ? html`<span class="visually-hidden">${`${this.i18n.t('highlightedRow')} `}</span>` : ''}${inLanguage(
            lang,
            country.name,
          )}
        </th>
        <td class="number">${this.i18n.count(country.count)}</td>
      </tr>
    `;
  }

  /** The CSV download, loaded at the first click. */
  async #getData(story: Story, event: Event) {
    const button = event.currentTarget as Element;
    try {
      const { downloadCsv } = await import('./download-data.js');
      downloadCsv(story, button);
      this.#dataProblem = undefined;
    } catch {
      this.#dataProblem = this.i18n.t('dataNotLoaded');
      reportProblem(this, "The kit could not load its data download. Serve the kit's whole folder, chunks/ included.");
    }
    this.requestUpdate();
  }

  #checkHighlight(story: Story): Problem | undefined {
    const { countries } = story.satellites;
    if (!this.highlight || countries.some((country) => isHighlighted(country, this.highlight))) return undefined;
    return ['highlight', this.highlight, countries.map((country) => country.code)];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'satellite-compare': SatelliteCompare;
  }
}
