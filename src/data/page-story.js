import { defaultStory } from '../story/index.js';
export const defaultStoryState = { story: defaultStory, loading: false };
const pageStory = (globalThis[Symbol.for('coalition-widgets.page-story/1')] ??= {
    state: defaultStoryState,
    listeners: new Set(),
});
export function getPageStory() {
    return pageStory.state;
}
export function setPageStory(state) {
    pageStory.state = state;
    for (const listener of pageStory.listeners)
        listener(state);
}
export function watchPageStory(listener) {
    pageStory.listeners.add(listener);
    return () => pageStory.listeners.delete(listener);
}
