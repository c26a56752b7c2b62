export { StorySchema } from './story-schema.js';
export { defaultStory } from './default-story.js';
export { parseStory, summarizeProblems } from './parse-story.js';
export { formatDate, formatCount, formatList, describeSatellites, withArticle } from './format.js';
export { closestMatch, unknownNameHelp } from './suggest.js';
