import { createContext } from '@lit/context';
import type { Story } from '../story/story-schema.js';

/** What a widget knows about its story at a given moment. */
export interface StoryState {
  /** The last story that loaded and validated; absent until one has. */
  story?: Story;
  /** Why the latest attempt to load a story failed, if it did. */
  error?: string;
  loading: boolean;
}

/**
 * A registered symbol, so two copies of the kit on one page (pasted twice, or two versions)
 * provide and consume the same context. Bump the suffix if StoryState changes incompatibly.
 */
export const storyContext = createContext<StoryState>(Symbol.for('coalition-widgets.story/1'));
