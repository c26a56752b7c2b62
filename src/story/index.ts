export {
  StorySchema,
  type Story,
  type Quote,
  type Country,
  type SatelliteCount,
  type Source,
  type Evidence,
  type Correction,
  type Original,
} from './story-schema.js';
export { defaultStory } from './default-story.js';
export { parseStory, summarizeProblems, type ParseResult } from './parse-story.js';
export { formatDate, formatCount, formatList, withArticle } from './format.js';
export { describeSatellites, isHighlighted, satelliteFinding } from './describe-satellites.js';
export { satellitesCsv, widgetCsv } from './csv.js';
export { reportersOf, updateNotes } from './sourcing.js';
export { closestMatch, unknownNameHelp } from './suggest.js';
export { storyIn, loadedStoryIn, storyLanguage, type StoryLanguage } from './story-in.js';
