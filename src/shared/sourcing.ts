import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Evidence, Original, Story } from '../story/story-schema.js';
import { englishLocale, text, type Locale } from '../i18n/catalogue.js';
import { holdsQuotation, reportersOf, updateNotes } from '../story/sourcing.js';
import { langBeside } from './story-words.js';

/** What says that words are shown in translation: "Translated from English", else "Translated". */
export function translatedFrom(locale: Locale, original: Original): string {
  return text(locale, /^en\b/i.test(original.lang) ? 'translatedFromEnglish' : 'translated');
}

/**
 * Who reported a claim, and behind a native disclosure (keyboard and screen readers know it; one
 * line while closed) the report's sentences it rests on, in the story's language, each named by its
 * source when there are several. A sentence shown in translation is followed by a line that says so
 * and by the words as the report has them, in their language.
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
  // One binding after the sentence, whether a translation follows or not: a marker fewer for each.
  const after = (item: Evidence) => {
    const reporters = names[1] ? ` (${reportersOf(story, [item]).join(', ')})` : '';
    return item.original
      ? html`${reporters}<span class="original"
            >${translatedFrom(locale, item.original)}<q
              dir="auto"
              lang=${item.original.lang}
              class=${ifDefined(quoting(item.original.text))}
              >${item.original.text}</q
            ></span
          >`
      : reporters;
  };
  // The story's language where it is not the card's (a French page showing an English story).
  const lang = langBeside(story.lang ?? 'en', locale.language);
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
              <q dir="auto" lang=${ifDefined(lang)} class=${ifDefined(quoting(item.excerpt))}>${item.excerpt}</q
              >${after(item)}
            </p>`,
        )}
      </details>`
    : '';
}

/** The class of words that hold a quotation of their own, for the marks around them (the shared styles' `quoting`). */
function quoting(words: string): 'quoting' | undefined {
  return holdsQuotation(words) ? 'quoting' : undefined;
}

/** "Updated …" and "Correction (…): …" lines, when the story has them, in the words of `locale`. */
export function renderUpdates(story: Story, locale: Locale = englishLocale) {
  const notes = updateNotes(story, locale);
  return notes.length ? html`<div part="updates">${notes.map((note) => html`<p>${note}</p>`)}</div>` : '';
}
