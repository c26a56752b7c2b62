/** Values the widgets' attributes accept, and how an attribute the widget cannot use is reported. */

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

export const loadings = ['eager', 'lazy'] as const;
export type Loading = (typeof loadings)[number];

/** `<coalition-summary layout>`. */
export const layouts = ['full', 'compact'] as const;
export type SummaryLayout = (typeof layouts)[number];

/** `heading-level`: the widget's first heading level, under the article's own headings. */
export const headingLevels: readonly string[] = ['2', '3', '4', '5', '6'];

/**
 * An attribute the widget cannot use: its name, its value, and what would work (the allowed
 * values, the story's ids). src/shared/problem-messages.ts words it.
 */
export type Problem = readonly [attribute: string, value: string, known?: readonly string[]];

/** An attribute value outside its allowed set, or undefined when it is fine. */
export function checkChoice(
  attribute: string,
  value: string | undefined | null,
  allowed: readonly string[],
): Problem | undefined {
  return value == null || allowed.includes(value) ? undefined : [attribute, value, allowed];
}
