import { defaultStory } from '../story/default-story.js';
import { loadedStoryIn, storyIn } from '../story/story-in.js';
import type { Story } from '../story/story-schema.js';

// How a widget shows the default story in its own language (issue 15). A widget passes the story it
// gets (StoryConsumer's `state.story`) and its language (LanguageController's `language`):
//
//   const shown = storyShownIn(this.data.state.story, this.i18n.language);
//   if (this.data.state.story && !shown) loadStoryShownIn(...).then(() => this.requestUpdate()); // wait, as for words
//
// Only the default story is swapped: a story of the page's own (`src`, `data`, inline JSON) is shown as
// it is, whatever its language. The default story is recognised by identity, so a widget of one copy
// of the kit inside a <coalition-data> of another copy shows that copy's (English) default story.

/**
 * The story a widget in `language` shows, for the story it gets: the default story in that language
 * when the story it gets is the default story and the kit has that translation (fr, de, uk, pl; a
 * region falls back to its language, fr-CA → fr; any other language → English); otherwise the story it
 * gets. Undefined while that translation has not loaded (see loadStoryShownIn), or when it gets none.
 */
export function storyShownIn(story: Story | undefined, language: string): Story | undefined {
  return story === defaultStory ? loadedStoryIn(language) : story;
}

/** Loads what storyShownIn needs, once per language and page; resolves with the story it then gives. Never rejects. */
export function loadStoryShownIn(story: Story | undefined, language: string): Promise<Story | undefined> {
  return story === defaultStory ? storyIn(language) : Promise.resolve(story);
}
