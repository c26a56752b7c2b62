import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { inSentence, isolate } from '../../story/format.js';
import type { Evidence, Story } from '../../story/story-schema.js';
import { checkChoice, layouts, type SummaryLayout } from '../../shared/attributes.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { figureTokens, widgetStyles } from '../../shared/widget-styles.js';
import { renderEvidence, renderUpdates } from '../../shared/sourcing.js';
import { inLanguage } from '../../shared/story-words.js';
import { markDots, marksHeight, marksWidth } from './marks.js';
import { coalitionSummaryStyles } from './coalition-summary.styles.js';

export type { SummaryLayout };

/**
 * The meeting and the coalition at a glance: who met, where and when, how many countries take
 * part and how many are reportedly considering sending troops, how large the force could be, the
 * four objectives and the U.S. position. Each figure is said in its heading, its source named; its
 * note and the report's sentences wait behind one disclosure (native, so it opens without JavaScript
 * and prints open); corrections are shown.
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
 * @csspart evidence - A claim's sources, a disclosure holding its note and the report's sentences it rests on.
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
    // The card is in the widget's language; the story's own words in the story's (`lang`).
    const { i18n } = this;
    const { date, list, country } = i18n.current;
    const lang = this.langOf(story);
    const wordsLang = this.wordsLangOf(story);
    // At most 10 lead partners (the schema's cap): all of them are named.
    const leads = list(coalition.leadPartners.map((partner) => isolate(country(partner))));
    return html`
      <article part="base" lang=${i18n.language} aria-labelledby=${this.hideHeadline ? nothing : 'headline'}>
        <header>
          <span class="kicker"
            >${inLanguage(wordsLang, isolate(meeting.city))} ·
            <time datetime=${meeting.date}>${date(meeting.date)}</time></span
          >
          ${
            this.hideHeadline
              ? nothing
              : html`<h2
                  id="headline"
                  part="headline"
                  aria-level=${this.level()}
                  lang=${ifDefined(this.heading ? undefined : lang)}
                >
                  ${this.heading ?? story.headline}
                </h2>`
          }
          <p class="meta">
            ${inLanguage(wordsLang, isolate(`${meeting.name}, ${meeting.venue}`))}${compact ? '' : ` · ${i18n.t('closestPartners', { names: leads })}`}
          </p>
        </header>
        <div class="figures" part="figures">
          ${this.#renderCountries(story, compact, lang)} ${this.#renderTroops(story, compact, lang)}
          ${this.#renderForce(story, compact, lang)}
        </div>
        ${compact ? '' : this.#renderDetails(story, lang)}
        ${
          this.hideByline
            ? nothing
            : html`<p class="source" part="source">
                ${filled(
                  i18n.parts('reportBy', {
                    author: inLanguage(wordsLang, isolate(report.author)),
                    city: inLanguage(wordsLang, isolate(report.city)),
                    date: html`<time datetime=${report.date}>${date(report.date)}</time>`,
                  }),
                )}
              </p>`
        }
        ${renderUpdates(story, i18n.current)} ${this.renderEnd()}
      </article>
    `;
  }

  /** A figure's heading: the figure large, in the language's words around it (`count` chooses their plural form). */
  // The message keys are literals at each call: the build shortens them there (rollup.config.mjs).
  #heading(words: unknown[]) {
    return html`<h3 aria-level=${this.#subLevel}>${filled(words)}</h3>`;
  }

  /**
   * What does not fit at a glance, behind one native disclosure a block (each costs about 4 KB of DOM
   * heap): it opens without JavaScript (also pre-rendered), by keyboard and for screen readers, and
   * prints open. Its line, "More · Sources: …", names who reported the claim while closed; screen
   * readers hear what it is more about (its name). `lang`: the note's, when it is the story's words.
   */
  #more(story: Story, topic: string, note: unknown, evidence?: readonly Evidence[], lang?: string) {
    const { i18n } = this;
    const more = i18n.t('more');
    return renderEvidence(story, evidence, undefined, i18n.current, {
      name: `${more} ${topic}`,
      line: html`<span class="more">${evidence?.length ? `${more} · ` : more}</span>`,
      note: html`<p lang=${ifDefined(lang)}>${note}</p>`,
    });
  }

  #renderCountries(story: Story, compact: boolean, lang: string) {
    const { coalition } = story;
    const { i18n } = this;
    const count = coalition.participantCount;
    return html`
      <div class="figure">
        ${this.#heading(i18n.parts('countriesTakingPart', { count, figure: figure(i18n.count(count)) }))}
        ${
          compact
            ? ''
            : this.#more(
                story,
                i18n.t('aboutCoalition'),
                `${isolate(coalition.description)}.${coalition.initiative ? ` ${isolate(coalition.initiative)}.` : ''}`,
                coalition.evidence,
                lang,
              )
        }
      </div>
    `;
  }

  #renderTroops(story: Story, compact: boolean, lang: string) {
    const { troops, coalition } = story;
    const total = coalition.participantCount;
    const ready = Math.min(troops.readyCount, total);
    const others = compact || !troops.otherContributions ? '' : ` ${troops.otherContributions}`;
    // Worded as the report words it: a reported plan, not a settled fact. The heading says it in
    // words, so the marks are a picture of it only.
    return html`
      <div class="figure">
        ${this.#heading(
          this.i18n.parts('consideringTroops', {
            count: ready,
            figure: figure(this.i18n.t('readyOfTotal', { ready, total })),
          }),
        )}
        ${marks(ready, total)}
        ${
          troops.evidence || !troops.reportedBy
            ? ''
            : html`<p class="note">
                ${this.i18n.parts('reportedBy', { name: inLanguage(this.wordsLangOf(story), isolate(troops.reportedBy)) })}
              </p>`
        }
        ${this.#more(story, this.i18n.t('aboutTroops'), `${troops.caveat}${others}`, troops.evidence, lang)}
      </div>
    `;
  }

  #renderForce(story: Story, compact: boolean, lang: string) {
    const { force } = story;
    const { i18n } = this;
    // No bar: drawn against its own maximum, it would show nothing the numbers do not.
    return html`
      <div class="figure force">
        ${this.#heading(i18n.parts('forceSize', { count: force.max, figure: figure(i18n.current.range(force.min, force.max)) }))}
        ${
          compact
            ? renderEvidence(story, force.evidence, undefined, i18n.current)
            : this.#more(story, i18n.t('aboutForce'), `${force.role}.`, force.evidence, lang)
        }
      </div>
    `;
  }

  #renderDetails(story: Story, lang: string) {
    const { objectives, usPosition } = story;
    const { i18n } = this;
    return html`
      <div class="section">
        <h3 aria-level=${this.#subLevel}>${i18n.t('objectives')}</h3>
        <ol class="objectives" part="objectives" lang=${lang}>
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
          undefined,
          i18n.current,
        )}
      </div>
      <div class="section us" part="us-position">
        <h3 aria-level=${this.#subLevel}>${i18n.t('usPosition')}</h3>
        <p lang=${lang}>${usPosition.summary}</p>
        ${this.#more(
          story,
          i18n.t('aboutUs'),
          i18n.t('soughtFromUs', { items: i18n.current.list(usPosition.sought.map((item) => inSentence(item, lang))) }),
          usPosition.evidence,
        )}
      </div>
    `;
  }
}

/** A message's pieces but the empty ones: each would cost a text node and two of Lit's markers. */
function filled(pieces: unknown[]) {
  return pieces.filter((piece) => piece !== '');
}

/** A figure, large in its heading. */
function figure(text: string) {
  return html`<span class="number">${text}</span>`;
}

/**
 * The troops' marks, a picture of the heading (which says it in words): the ready dots filled. One SVG
 * of two paths rather than a box a dot (33 boxes held about 20 KB of DOM heap); it scales down in a
 * narrow column.
 */
function marks(ready: number, total: number) {
  const width = marksWidth(total);
  const height = marksHeight(total);
  return html`<svg class="marks" aria-hidden="true" width=${width} height=${height} viewBox="-2 -2 ${width} ${height}">
    <path class="ready" d=${markDots(0, ready)}></path>
    <path d=${markDots(ready, total)}></path>
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'coalition-summary': CoalitionSummary;
  }
}
