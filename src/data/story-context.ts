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
export const storyContext = Symbol.for('coalition-widgets.story/1');

export type StoryCallback = (state: StoryState, unsubscribe?: () => void) => void;

/**
 * A widget asks the nearest provider around it for the story, and to be told of every change. This
 * is the community context protocol's request, as @lit/context's ContextEvent sends it: other copies
 * of the kit, and providers built on any version of @lit/context, answer it.
 */
export class StoryRequestEvent extends Event {
  readonly context = storyContext;
  readonly subscribe = true;
  constructor(
    readonly contextTarget: Element,
    readonly callback: StoryCallback,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}
