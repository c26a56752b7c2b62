import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Evidence, Story } from '../story/story-schema.js';
import { englishLocale, text, type Locale } from '../i18n/catalogue.js';
import { reportersOf, updateNotes } from '../story/sourcing.js';

/**
 * Who reported a claim, and behind a native disclosure (keyboard and screen readers know it; one
 * line while closed) the report's sentences it rests on, each named by its source when there are several.
 * `more`: what else the one disclosure holds: a `line` before the source line, a `note` before the
 * sentences, and its `name` for screen readers (an aria-label costs no box).
 */
export function renderEvidence(
  story: Story,
  evidence: readonly Evidence[] = [],
  label?: unknown,
  locale: Locale = englishLocale,
  more?: { name: string; line: unknown; note: unknown },
) {
  const names = reportersOf(story, evidence);
  const line = label ?? (names[0] ? text(locale, 'sources', { count: names.length, names: locale.list(names) }) : '');
  // One binding in the line, as the chart's: a second one (even empty) moves its text in Firefox.
  return evidence.length || more
    ? html`<details part="evidence" aria-label=${ifDefined(more?.name)}>
        <summary>${more ? html`${more.line}${line}` : line}</summary>
        ${more?.note}
        ${evidence.map(
          (item) =>
            // dir="auto" isolates the quoted words without adding characters a reader would copy.
            html`<p>
              <q dir="auto">${item.excerpt}</q>${names[1] ? ` (${reportersOf(story, [item]).join(', ')})` : ''}
            </p>`,
        )}
      </details>`
    : '';
}

/** "Updated …" and "Correction (…): …" lines, when the story has them, in the words of `locale`. */
export function renderUpdates(story: Story, locale: Locale = englishLocale) {
  const notes = updateNotes(story, locale);
  return notes.length ? html`<div part="updates">${notes.map((note) => html`<p>${note}</p>`)}</div>` : '';
}
