import { defaultStory } from '../story/default-story.js';
import type { StoryState } from './story-context.js';

/**
 * The story for widgets outside any `<coalition-data>`: the default story, unless the page
 * chose another with `<coalition-data page …>`. Kept on a registered symbol so that every copy
 * of the kit on the page shares it.
 */
interface PageStory {
  state: StoryState;
  listeners: Set<(state: StoryState) => void>;
  providers?: HTMLElement[];
}

export const defaultStoryState: StoryState = { story: defaultStory, loading: false };

const pageStory = ((globalThis as Record<symbol, unknown>)[Symbol.for('coalition-widgets.page-story/1')] ??= {
  state: defaultStoryState,
  listeners: new Set(),
}) as PageStory;

/**
 * Every `<coalition-data page>` on the page, in the order they connected: the first one's story is
 * the page's (see coalition-data.ts).
 */
export const pageProviders = (pageStory.providers ??= []);

export function getPageStory(): StoryState {
  return pageStory.state;
}

export function setPageStory(state: StoryState): void {
  pageStory.state = state;
  for (const listener of pageStory.listeners) listener(state);
}

export function watchPageStory(listener: (state: StoryState) => void): () => void {
  pageStory.listeners.add(listener);
  return () => pageStory.listeners.delete(listener);
}
