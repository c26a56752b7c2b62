/** Values the widgets' attributes accept, and the message for one they do not. */
import { isolate } from '../story/format.js';

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** Explains an attribute value outside its allowed set, or returns undefined when it is fine. */
export function checkChoice(attribute: string, value: string | undefined | null, allowed: readonly string[]) {
  if (value == null || allowed.includes(value)) return undefined;
  return `${isolate(`${attribute}="${value}"`)} is not supported; use ${allowed.map((choice) => `"${choice}"`).join(', ')}.`;
}
