// Writes the default story, its translations and the JSON Schema, all from the compiled story model in
// dist/lib. A newsroom may start from a translation (dist/story.fr.json) and serve it with `src`.
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
const languages = ['fr', 'de', 'uk', 'pl'];
for (const language of languages) {
  const { story } = await import(`../dist/lib/story/translations/default-story.${language}.js`);
  writeFileSync(`dist/story.${language}.json`, JSON.stringify(story, null, 2) + '\n');
}
console.log(`wrote dist/story.json, dist/story.{${languages.join(',')}}.json and dist/story.schema.json`);
