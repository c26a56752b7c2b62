import { isolate } from '../story/format.js';
import { unknownNameHelp } from '../story/suggest.js';
import type { Problem } from './attributes.js';

// Loaded on demand, by the first widget with a problem of its own: a page without mistakes never needs it.

const listed = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** What is wrong with an attribute, and what would work. */
export function describeProblem([attribute, value, known = []]: Problem): string {
  const named = isolate(`${attribute}="${value}"`);
  switch (attribute) {
    case 'story-link':
      return `story-link="${value}" is not a web address; use one starting with https:// or http://.`;
    case 'quote':
      return value
        ? `${named} is not a quote of this story. ${unknownNameHelp(value, known)}`
        : `Set quote="…" to the id of a quote: ${listed(known)}.`;
    case 'highlight':
      return `${named} matches no country in the chart. ${unknownNameHelp(value, known)}`;
    default:
      return `${named} is not supported; use ${listed(known)}.`;
  }
}
