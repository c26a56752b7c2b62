// Writes the default story and its JSON Schema, both from the compiled story model in dist/lib.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema, defaultStory } from '../dist/lib/story/index.js';

const schema = {
  $id: 'https://cdn.jsdelivr.net/npm/coalition-widgets/dist/story.schema.json',
  title: 'Coalition widgets story',
  ...toJsonSchema(StorySchema, { errorMode: 'ignore' }),
};
writeFileSync('dist/story.schema.json', JSON.stringify(schema, null, 2) + '\n');
writeFileSync('dist/story.json', JSON.stringify(defaultStory, null, 2) + '\n');
console.log('wrote dist/story.json and dist/story.schema.json');
