// The one renderer of pre-rendered widgets: the `prerender`, `image` and `publish` commands call it
// in Node, and the builder's instant snippet in a worker (src/ssr/render-worker.ts). It renders the
// kit's own elements with @lit-labs/ssr, so a copy is what the widget draws, and Lit can hydrate it.
// No DOM and no Node API: Lit's server build stands in for the DOM.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../coalition-widgets.js';
import type { StoryState } from '../data/story-context.js';
import { defaultStoryState, getPageStory, setPageStory } from '../data/page-story.js';
import { copyMarker } from '../shared/copy-marker.js';
import { escapeHtml } from '../embed/markup.js';
import { loadProblemMessages } from '../shared/problem-controller.js';
import { kitLanguage, languages } from '../i18n/language.js';
import { loadLocale } from '../i18n/load-catalogue.js';
import { storyIn } from '../story/story-in.js';
// Imported here as well as on demand (by storyIn and loadLocale): a one-file build (the builder's worker)
// then defines them before the wait below, which would otherwise stop the file before their definitions.
import '../i18n/locale-from.js';
import '../i18n/catalogues/fr.js';
import '../i18n/catalogues/de.js';
import '../i18n/catalogues/uk.js';
import '../i18n/catalogues/pl.js';
import '../i18n/catalogues/it.js';
import '../i18n/catalogues/es.js';
import '../i18n/catalogues/nl.js';
import '../i18n/catalogues/pt.js';
import '../i18n/catalogues/sv.js';
import '../i18n/catalogues/da.js';
import '../i18n/catalogues/fi.js';
import '../i18n/catalogues/et.js';
import '../i18n/catalogues/lv.js';
import '../i18n/catalogues/lt.js';
import '../i18n/catalogues/cs.js';
import '../i18n/catalogues/ro.js';
import '../i18n/catalogues/ja.js';
import '../story/translations/default-story.fr.js';
import '../story/translations/default-story.de.js';
import '../story/translations/default-story.uk.js';
import '../story/translations/default-story.pl.js';

// Every language's words, the words for a widget's own problems and the translations of the default
// story are files the kit loads on demand: here, before any render, as a render is one synchronous pass.
await loadProblemMessages(await Promise.all(languages.map((language) => Promise.resolve(loadLocale(language)))));
await Promise.all(languages.map(storyIn));

export interface RenderedWidget {
  /** The widget's shadow root as declarative shadow DOM: `<template shadowrootmode="open">…</template>`. */
  shadow: string;
  /** What the widget's error message says, when it shows one. */
  problem?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * Renders `<tag attributes…>` showing the story of `state` (the default story unless given), as the
 * kit would in a browser, in the language of `lang` (the language of the page around it) unless
 * its own `lang` says otherwise. A copy of a story opens with its marker (src/shared/copy-marker.ts), so
 * the kit hydrates it only while it still shows what the widget would render.
 */
export function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  state: StoryState = defaultStoryState,
  lang = '',
): RenderedWidget {
  // The widget's language, where its own `lang` does not say: the closest ancestor's, or the page's.
  const withLanguage = attributes.lang === undefined && lang ? { ...attributes, lang } : attributes;
  const written = Object.entries(withLanguage)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const before = getPageStory();
  // A widget outside any <coalition-data> shows the page's story, read when it is made.
  setPageStory(state);
  let output: string;
  try {
    output = collectResultSync(render(html`${unsafeStatic(`<${tag}${written}></${tag}>`)}`));
  } finally {
    setPageStory(before);
  }
  const start = output.indexOf('<template ');
  if (start < 0) throw new Error(`<${tag}> is not an element of the kit`);
  const content = output.slice(output.indexOf('>', start) + 1, output.lastIndexOf(`</template></${tag}>`));
  const language = kitLanguage(withLanguage.lang ?? '');
  const marker = state.story ? `<!--${copyMarker(state.story, language)}-->` : '';
  const error = /<p part="error"[^>]*>(?:<!--[^]*?-->)*([^]*?)(?:<!--[^]*?-->)*<\/p>/.exec(content)?.[1];
  return {
    shadow: `<template shadowrootmode="open">${marker}${content}</template>`,
    problem: error
      ?.replace(/<!--[^]*?-->/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]),
  };
}
