// The renderer of pre-rendered widgets (./render-widget.ts) in a worker, for the builder's instant
// snippet: built with Lit's server build (no DOM here either), by the same transforms as the kit, so
// that the builder and the `prerender` command write the same copy. Answers each message
// `{ id, tag, attributes, state }` with `{ id, shadow, problem }`, or `{ id, error }`.
import { renderWidget } from './render-widget.js';
import type { StoryState } from '../data/story-context.js';

interface RenderRequest {
  id: number;
  tag: string;
  attributes: Record<string, string>;
  state?: StoryState;
}

addEventListener('message', ({ data: { id, tag, attributes, state } }: MessageEvent<RenderRequest>) => {
  try {
    postMessage({ id, ...renderWidget(tag, attributes, state) });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
});
