/** Values the widgets' attributes accept, and the message for one they do not. */
import { isolate } from '../story/format.js';

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

export const loadings = ['eager', 'lazy'] as const;
export type Loading = (typeof loadings)[number];

/** `<coalition-summary layout>`. */
export const layouts = ['full', 'compact'] as const;
export type SummaryLayout = (typeof layouts)[number];

/** `heading-level`: the widget's first heading level, under the article's own headings. */
export const headingLevels: readonly string[] = ['2', '3', '4', '5', '6'];

/** Explains an attribute value outside its allowed set, or returns undefined when it is fine. */
export function checkChoice(attribute: string, value: string | undefined | null, allowed: readonly string[]) {
  if (value == null || allowed.includes(value)) return undefined;
  return `${isolate(`${attribute}="${value}"`)} is not supported; use ${allowed.map((choice) => `"${choice}"`).join(', ')}.`;
}
