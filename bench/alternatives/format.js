// What the hand-written elements share: the kit's own story text helpers (plain functions of the
// story, no Lit and no DOM, so that the twins say exactly what the widgets say), and ways to stamp DOM.
export { describeSatellites, isHighlighted, satelliteFinding } from '../../src/story/describe-satellites.ts';
export {
  formatCount,
  formatDate,
  formatList,
  inSentence,
  isolate,
  noteLine,
  withArticle,
} from '../../src/story/format.ts';
export { initials } from '../../src/story/initials.ts';
export { X_PHOTO_LINK, X_POST_LINK } from '../../src/story/post-link.ts';
export { holdsQuotation, reportersOf, updateNotes } from '../../src/story/sourcing.ts';
import { formatList } from '../../src/story/format.ts';
import { holdsQuotation, reportersOf, updateNotes } from '../../src/story/sourcing.ts';

/** A template made once and cloned for every instance: the usual hand-written way to stamp DOM. */
export function template(html) {
  const element = document.createElement('template');
  element.innerHTML = html;
  return () => element.content.cloneNode(true);
}

/** One shared constructable stylesheet per element class, as Lit does. */
export function sheet(cssText) {
  let made;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(cssText);
    }
    return made;
  };
}

export function element(name, attributes, text) {
  const made = document.createElement(name);
  for (const key in attributes) made.setAttribute(key, attributes[key]);
  if (text != null) made.textContent = text;
  return made;
}

/** A claim's sources, and behind a native disclosure the report's sentences behind them, as the kit shows them. */
export function evidence(story, items = [], label, more) {
  if (!items.length && !more) return [];
  const names = reportersOf(story, items);
  const details = element('details', more ? { part: 'evidence', 'aria-label': more.name } : { part: 'evidence' });
  const summary = details.appendChild(element('summary'));
  if (more) summary.append(more.line);
  if (label ?? names[0]) summary.append(...[label ?? `Source${names[1] ? 's' : ''}: ${formatList(names)}`].flat());
  if (more) details.append(more.note);
  for (const item of items) {
    const line = details.appendChild(element('p'));
    const quoting = holdsQuotation(item.excerpt) ? { class: 'quoting' } : {};
    line.append(element('q', { dir: 'auto', ...quoting }, item.excerpt));
    if (names[1]) line.append(` (${reportersOf(story, [item]).join(', ')})`);
  }
  return [details];
}

/** "Updated …" and "Correction (…): …" lines, when the story has them. */
export function updates(story) {
  const notes = updateNotes(story);
  if (!notes.length) return [];
  const block = element('div', { part: 'updates' });
  for (const note of notes) block.append(element('p', null, note));
  return [block];
}

/** The story the page handed over (the benchmark's pages set it from dist/story.json). */
export const story = () => globalThis.benchStory;
