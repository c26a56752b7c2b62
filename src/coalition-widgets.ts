/**
 * The whole kit: importing this module defines every element.
 * `<coalition-data>` shares a story; the widgets show it.
 */
export { CoalitionData } from './components/coalition-data/define.js';
export { CoalitionSummary, type SummaryLayout } from './components/coalition-summary/define.js';
export { QuoteCard } from './components/quote-card/define.js';
export { SatelliteCompare } from './components/satellite-compare/define.js';
export * from './story/index.js';
export { StoryLoadEvent, CoalitionErrorEvent } from './shared/events.js';
export type { Theme } from './shared/attributes.js';
export type { StoryState } from './data/story-context.js';
export { VERSION } from './shared/version.js';
