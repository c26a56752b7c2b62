import type { StoryState } from '../data/story-context.js';
import type { RenderedWidget } from '../ssr/render-widget.js';
import { WorkerCalls } from './worker-calls.js';

/**
 * The kit's renderer of pre-rendered widgets, the one the `prerender` command runs in Node, here in a
 * worker (dist/render-worker.js): the builder's instant snippet carries the same copy the command
 * writes, and Lit hydrates it in the same way.
 */
export class Renderer {
  readonly #calls: WorkerCalls<{ tag: string; attributes: Record<string, string>; state?: StoryState }, RenderedWidget>;

  constructor(url: string | URL) {
    this.#calls = new WorkerCalls(url, 'the renderer did not start');
  }

  /** `tag` with `attributes`, showing `state`'s story (the kit's default story, in the widget's language, if none). */
  render(tag: string, attributes: Record<string, string>, state?: StoryState): Promise<RenderedWidget> {
    return this.#calls.call({ tag, attributes, state });
  }
}
