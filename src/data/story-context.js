import { createContext } from '@lit/context';
/**
 * A registered symbol, so two copies of the kit on one page (pasted twice, or two versions)
 * provide and consume the same context. Bump the suffix if StoryState changes incompatibly.
 */
export const storyContext = createContext(Symbol.for('coalition-widgets.story/1'));
