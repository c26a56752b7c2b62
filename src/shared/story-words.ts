import { html } from 'lit';

/**
 * The `lang` that words in `lang` need inside a card in `cardLanguage`: none where they are the same
 * (they inherit the card's), so that a card in the story's language carries one `lang` (each attribute
 * costs every instance its share of DOM heap and style).
 */
export function langBeside(lang: string, cardLanguage: string): string | undefined {
  return lang === cardLanguage ? undefined : lang;
}

/** The story's words, marked with their language where it needs marking (a span only then). */
export function inLanguage(lang: string | undefined, words: unknown) {
  return lang ? html`<span lang=${lang}>${words}</span>` : words;
}
