/**
 * The whole kit: importing this module defines every element.
 * `<coalition-data>` shares a story; the widgets show it.
 */
export { CoalitionData } from './components/coalition-data/define.js';
export { CoalitionSummary, type SummaryLayout } from './components/coalition-summary/define.js';
export { QuoteCard } from './components/quote-card/define.js';
export { SatelliteCompare } from './components/satellite-compare/define.js';
// The validator is left out on purpose (it is loaded only when a page supplies its own story);
// `coalition-widgets/story` exports parseStory and StorySchema.
export { defaultStory, formatDate, formatCount, formatList, describeSatellites, withArticle } from './story/index.js';
export type { Story, Quote, Country, SatelliteCount, Source, Evidence, Correction } from './story/index.js';
export { StoryLoadEvent, CoalitionErrorEvent } from './shared/events.js';
export type { Theme } from './shared/attributes.js';
export type { StoryState } from './data/story-context.js';
export { VERSION } from './shared/version.js';
