import { LitElement, html } from 'lit';
import { formatCount, formatDate, formatList, isolate, withArticle } from '../../story/format.js';
import type { Story } from '../../story/story-schema.js';
import { StoryConsumer } from '../../data/story-consumer.js';
import { ProblemController } from '../../shared/problem-controller.js';
import { checkChoice, themes, type Theme } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { FirstRender, loadings, type Loading } from '../../shared/first-render.js';
import { coalitionSummaryStyles } from './coalition-summary.styles.js';

const layouts = ['full', 'compact'] as const;

/** Countries named in a sentence before "and N more". */
const MOST_NAMED = 8;
export type SummaryLayout = (typeof layouts)[number];

/**
 * The meeting and the coalition at a glance: who met, where and when, how many countries take
 * part and how many are ready to send troops, the size of the force, the four objectives and the
 * U.S. position. Figures are drawn as marks and a range, each with its words beside it.
 *
 * @summary The Coalition of the Willing meeting at a glance.
 * @tagname coalition-summary
 *
 * @slot - Fallback content, shown before the kit loads and while there is no story.
 * @csspart base - The card.
 * @csspart headline - The headline.
 * @csspart figures - The block of key figures.
 * @csspart objectives - The list of objectives (full layout).
 * @csspart us-position - The U.S. position (full layout).
 * @csspart source - The line naming the report.
 * @csspart error - What is wrong, when something is.
 *
 * @cssprop [--cw-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--cw-color-text=#1b1d21] - Text colour.
 * @cssprop [--cw-color-muted=#596070] - Secondary text and the marks of countries not sending troops.
 * @cssprop [--cw-color-surface=#ffffff] - Card background.
 * @cssprop [--cw-color-border=#d5d9e0] - Card border and the range's track.
 * @cssprop [--cw-color-accent=#0b57a4] - Kicker, marks, the force range and objective numbers.
 * @cssprop [--cw-color-highlight=#b7860b] - The rule beside the U.S. position.
 * @cssprop [--cw-color-subtle=#eef1f5] - Background of the figure tiles.
 * @cssprop [--cw-color-error=#b3261e] - Error messages.
 * @cssprop [--cw-radius=10px] - Corner radius of the card.
 * @cssprop [--cw-space=1rem] - Padding of the card.
 *
 * @fires {CoalitionErrorEvent} coalition-error - An attribute cannot be used.
 */
export class CoalitionSummary extends LitElement {
  static override styles = [widgetStyles, coalitionSummaryStyles];

  static override properties = {
    loading: { reflect: true },
    layout: { reflect: true },
    theme: { reflect: true },
  };

  /** `full` (default) shows everything; `compact` shows the headline and the three key figures. */
  layout?: SummaryLayout;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  /**
   * `eager` (default) renders at once; `lazy` waits until the widget comes near the viewport, as
   * `<img loading="lazy">` does. For widgets far down a long page.
   */
  loading?: Loading;

  readonly #data = new StoryConsumer(this, ({ quotes, satellites, ...summary }) => summary);
  readonly #problems = new ProblemController(this);
  readonly #firstRender = new FirstRender(this);

  protected override shouldUpdate(): boolean {
    return this.#firstRender.ready;
  }

  protected override willUpdate(): void {
    this.#problems.set(this.#data.state.error, [
      checkChoice('theme', this.theme, themes),
      checkChoice('loading', this.loading, loadings),
      checkChoice('layout', this.layout, layouts),
    ]);
  }

  protected override render() {
    const story = this.#data.state.story;
    return html`${this.#problems.render()}${story ? this.#renderSummary(story) : html`<slot></slot>`}`;
  }

  #renderSummary(story: Story) {
    const { meeting, coalition, report } = story;
    const compact = this.layout === 'compact';
    // At most 10 lead partners (the schema's cap): all of them are named.
    const leads = formatList(coalition.leadPartners.map((country) => isolate(withArticle(country.name))));
    return html`
      <article part="base" aria-labelledby="headline">
        <header>
          <span class="kicker"
            >${isolate(meeting.city)} · <time datetime=${meeting.date}>${formatDate(meeting.date)}</time></span
          >
          <h2 id="headline" part="headline">${story.headline}</h2>
          <p class="meta">
            ${isolate(meeting.name)}, ${isolate(meeting.venue)}${compact ? '' : ` · Closest partners: ${leads}`}
          </p>
        </header>
        <div class="figures" part="figures">
          ${this.#renderCountries(story, compact)} ${this.#renderTroops(story, compact)}
          ${this.#renderForce(story, compact)}
        </div>
        ${compact ? '' : this.#renderDetails(story)}
        <p class="source" part="source">
          Report by ${isolate(report.author)}, ${isolate(report.city)},
          <time datetime=${report.date}>${formatDate(report.date)}</time>
        </p>
      </article>
    `;
  }

  #renderCountries({ coalition }: Story, compact: boolean) {
    const named = coalition.namedParticipants.map((country) => isolate(country.name));
    return html`
      <div class="figure">
        <span class="number">${formatCount(coalition.participantCount)}</span>
        <h3>countries taking part</h3>
        ${
          compact
            ? ''
            : html`<p class="note">
                ${isolate(coalition.description)}${named.length ? `, among them ${formatList(named, MOST_NAMED)}` : ''}.
              </p>`
        }
      </div>
    `;
  }

  #renderTroops({ troops, coalition }: Story, compact: boolean) {
    const total = coalition.participantCount;
    const ready = Math.min(troops.readyCount, total);
    const sentence = `${formatCount(ready)} of ${formatCount(total)} countries are ready to send troops`;
    return html`
      <div class="figure">
        <span class="number">${formatCount(ready)} of ${formatCount(total)}</span>
        <h3>ready to send troops</h3>
        <div class="marks" role="img" aria-label=${sentence}>
          ${Array.from({ length: total }, (_, index) => html`<span class=${index < ready ? 'mark ready' : 'mark'}></span>`)}
        </div>
        <p class="note">Reported by ${isolate(troops.reportedBy)}.${compact ? '' : ` ${troops.caveat}`}</p>
      </div>
    `;
  }

  #renderForce({ force }: Story, compact: boolean) {
    const scaleMax = force.max || 1;
    const range = `${formatCount(force.min)}–${formatCount(force.max)}`;
    return html`
      <div class="figure force">
        <span class="number">${range}</span>
        <h3>troops in the reassurance force</h3>
        <svg
          class="range"
          viewBox="0 0 ${scaleMax} 1"
          preserveAspectRatio="none"
          role="img"
          aria-label="A force of ${range} troops, on a scale from 0 to ${formatCount(scaleMax)}"
        >
          <rect class="track" width=${scaleMax} height="1"></rect>
          <rect class="band" x=${force.min} width=${force.max - force.min} height="1"></rect>
        </svg>
        <div class="scale" aria-hidden="true"><span>0</span><span>${formatCount(scaleMax)}</span></div>
        ${compact ? '' : html`<p class="note">${force.role}.</p>`}
      </div>
    `;
  }

  #renderDetails({ objectives, usPosition }: Story) {
    return html`
      <div class="section">
        <h3>Objectives</h3>
        <ol class="objectives" part="objectives">
          ${objectives.map(
            (objective) =>
              html`<li>
                <span><strong>${objective.title}</strong>${objective.text}</span>
              </li>`,
          )}
        </ol>
      </div>
      <div class="section us" part="us-position">
        <h3>The U.S. position</h3>
        <p>${usPosition.summary}</p>
        <p class="note">What the coalition still seeks from the U.S.:</p>
        <ul class="sought">
          ${usPosition.sought.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coalition-summary': CoalitionSummary;
  }
}
