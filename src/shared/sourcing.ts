import { html } from 'lit';
import type { Evidence, Original, Story } from '../story/story-schema.js';
import { englishLocale, text, type Locale } from '../i18n/catalogue.js';
import { reportersOf, updateNotes } from '../story/sourcing.js';

/** What says that words are shown in translation: "Translated from English", else "Translated". */
export function translatedFrom(locale: Locale, original: Original): string {
  return text(locale, /^en\b/i.test(original.lang) ? 'translatedFromEnglish' : 'translated');
}

/**
 * Who reported a claim, and behind a native disclosure (keyboard and screen readers know it; one
 * line while closed) the report's sentences it rests on, in the story's language, each named by its
 * source when there are several. A sentence shown in translation is followed by a line that says so
 * and by the words as the report has them, in their language.
 */
export function renderEvidence(
  story: Story,
  evidence: readonly Evidence[] = [],
  label?: unknown,
  locale: Locale = englishLocale,
) {
  const names = reportersOf(story, evidence);
  // One binding after the sentence, whether a translation follows or not: a marker fewer for each.
  const after = (item: Evidence) => {
    const reporters = names[1] ? ` (${reportersOf(story, [item]).join(', ')})` : '';
    return item.original
      ? html`${reporters}<span class="original"
            >${translatedFrom(locale, item.original)}<q dir="auto" lang=${item.original.lang}
              >${item.original.text}</q
            ></span
          >`
      : reporters;
  };
  return evidence.length
    ? html`<details part="evidence">
        <summary>${label ?? text(locale, 'sources', { count: names.length, names: locale.list(names) })}</summary>
        ${evidence.map(
          (item) =>
            // dir="auto" isolates the quoted words without adding characters a reader would copy.
            html`<p><q dir="auto" lang=${story.lang ?? 'en'}>${item.excerpt}</q>${after(item)}</p>`,
        )}
      </details>`
    : '';
}

/** "Updated …" and "Correction (…): …" lines, when the story has them, in the words of `locale`. */
export function renderUpdates(story: Story, locale: Locale = englishLocale) {
  const notes = updateNotes(story, locale);
  return notes.length ? html`<div part="updates">${notes.map((note) => html`<p>${note}</p>`)}</div>` : '';
}
