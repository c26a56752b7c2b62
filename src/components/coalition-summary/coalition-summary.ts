import { html, nothing } from 'lit';
import { formatCount, formatDate, formatList, inSentence, isolate, withArticle } from '../../story/format.js';
import type { Story } from '../../story/story-schema.js';
import { checkChoice, layouts, type SummaryLayout } from '../../shared/attributes.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { figureTokens, widgetStyles } from '../../shared/widget-styles.js';
import { renderEvidence, renderUpdates } from '../../shared/sourcing.js';
import { coalitionSummaryStyles } from './coalition-summary.styles.js';

export type { SummaryLayout };

/**
 * The meeting and the coalition at a glance: who met, where and when, how many countries take
 * part and how many are reportedly considering sending troops, how large the force could be, the
 * four objectives and the U.S. position. Each figure is said in its heading, its source named; the
 * notes wait behind a "More" disclosure and the report's sentences behind the sources' one (both
 * native, so they open without JavaScript and print open); corrections are shown.
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
 * @csspart evidence - A claim's sources, a disclosure holding the report's sentences it rests on.
 * @csspart updates - The "Updated …" and "Correction (…): …" lines, when the story has them.
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
export class CoalitionSummary extends WidgetElement {
  static override styles = [widgetStyles, figureTokens, coalitionSummaryStyles];

  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return { ...super.properties, layout: { reflect: true } };
  }

  /** `full` (default) shows everything; `compact` shows the headline and the three key figures. */
  layout?: SummaryLayout;

  protected shows({ quotes, satellites, ...summary }: Story) {
    return summary;
  }

  protected ownProblems() {
    return [checkChoice('layout', this.layout, layouts)];
  }

  /** Sub-headings sit one level below the headline, or take its level when it is hidden. */
  get #subLevel() {
    return this.level(this.hideHeadline ? 0 : 1);
  }

  protected renderCard(story: Story) {
    const { meeting, coalition, report } = story;
    const compact = this.layout === 'compact';
    // At most 10 lead partners (the schema's cap): all of them are named.
    const leads = formatList(coalition.leadPartners.map((country) => isolate(withArticle(country.name))));
    return html`
      <article part="base" lang=${this.langOf(story)} aria-labelledby=${this.hideHeadline ? nothing : 'headline'}>
        <header>
          <span class="kicker"
            >${isolate(meeting.city)} · <time datetime=${meeting.date}>${formatDate(meeting.date)}</time></span
          >
          ${
            this.hideHeadline
              ? nothing
              : html`<h2 id="headline" part="headline" aria-level=${this.level()}>
                  ${this.heading ?? story.headline}
                </h2>`
          }
          <p class="meta">
            ${isolate(meeting.name)}, ${isolate(meeting.venue)}${compact ? '' : ` · Closest partners: ${leads}`}
          </p>
        </header>
        <div class="figures" part="figures">
          ${this.#renderCountries(story, compact)} ${this.#renderTroops(story, compact)}
          ${this.#renderForce(story, compact)}
        </div>
        ${compact ? '' : this.#renderDetails(story)}
        ${
          this.hideByline
            ? nothing
            : html`<p class="source" part="source">
                Report by ${isolate(report.author)}, ${isolate(report.city)},
                <time datetime=${report.date}>${formatDate(report.date)}</time>
              </p>`
        }
        ${renderUpdates(story)} ${this.renderEnd()}
      </article>
    `;
  }

  #renderCountries(story: Story, compact: boolean) {
    const { coalition } = story;
    return html`
      <div class="figure">
        <h3 aria-level=${this.#subLevel}>
          <span class="number">${formatCount(coalition.participantCount)}</span> countries taking part
        </h3>
        ${
          compact
            ? ''
            : more(
                'the coalition',
                `${isolate(coalition.description)}.${coalition.initiative ? ` ${isolate(coalition.initiative)}.` : ''}`,
                renderEvidence(story, coalition.evidence),
              )
        }
      </div>
    `;
  }

  #renderTroops(story: Story, compact: boolean) {
    const { troops, coalition } = story;
    const total = coalition.participantCount;
    const ready = Math.min(troops.readyCount, total);
    const reportedBy = troops.evidence || !troops.reportedBy ? '' : `Reported by ${isolate(troops.reportedBy)}.`;
    const others = compact || !troops.otherContributions ? '' : ` ${troops.otherContributions}`;
    // Worded as the report words it: a reported plan, not a settled fact. The heading says it in
    // words, so the marks are a picture of it only: tens that stand in one row where there is room.
    return html`
      <div class="figure">
        <h3 aria-level=${this.#subLevel}>
          <span class="number">${formatCount(ready)} of ${formatCount(total)}</span> reportedly considering sending
          troops
        </h3>
        <div class="marks" aria-hidden="true">
          ${Array.from(
            { length: Math.ceil(total / 10) },
            (_, ten) =>
              html`<span class="ten"
                >${Array.from(
                  { length: Math.min(10, total - ten * 10) },
                  (_, index) => html`<span class=${ten * 10 + index < ready ? 'mark ready' : 'mark'}></span>`,
                )}</span
              >`,
          )}
        </div>
        ${reportedBy ? html`<p class="note">${reportedBy}</p>` : ''}
        ${more('the six', `${troops.caveat}${others}`, renderEvidence(story, troops.evidence))}
      </div>
    `;
  }

  #renderForce(story: Story, compact: boolean) {
    const { force } = story;
    const range = `${formatCount(force.min)}–${formatCount(force.max)}`;
    // No bar: drawn against its own maximum, it would show nothing the numbers do not.
    return html`
      <div class="figure force">
        <h3 aria-level=${this.#subLevel}><span class="number">${range}</span> troops could make up the allied force</h3>
        ${compact ? renderEvidence(story, force.evidence) : more('the force', `${force.role}.`, renderEvidence(story, force.evidence))}
      </div>
    `;
  }

  #renderDetails(story: Story) {
    const { objectives, usPosition } = story;
    return html`
      <div class="section">
        <h3 aria-level=${this.#subLevel}>Objectives</h3>
        <ol class="objectives" part="objectives">
          ${objectives.map(
            (objective) =>
              // One line each: the title alone (the text says it again in more words).
              html`<li>${objective.title}</li>`,
          )}
        </ol>
        ${renderEvidence(
          story,
          // Objectives often rest on one sentence: show it once.
          objectives
            .flatMap((objective) => objective.evidence ?? [])
            .filter((item, index, all) => all.findIndex((other) => other.excerpt === item.excerpt) === index),
        )}
      </div>
      <div class="section us" part="us-position">
        <h3 aria-level=${this.#subLevel}>The U.S. position</h3>
        <p>${usPosition.summary}</p>
        ${more(
          'the U.S. position',
          `What the coalition still seeks from the U.S.: ${formatList(usPosition.sought.map(inSentence))}.`,
          renderEvidence(story, usPosition.evidence),
        )}
      </div>
    `;
  }
}

/**
 * What does not fit at a glance, behind a native disclosure: it opens without JavaScript (also
 * pre-rendered), by keyboard and for screen readers, and prints open. Its line "More" shares a line
 * with the sources' disclosure; screen readers hear what it is more about.
 */
function more(topic: string, text: string, evidence: unknown) {
  return html`<div class="disclosures">
    <details class="more">
      <summary>More<span class="visually-hidden"> about ${topic}</span></summary>
      <p>${text}</p>
    </details>
    ${evidence}
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'coalition-summary': CoalitionSummary;
  }
}
