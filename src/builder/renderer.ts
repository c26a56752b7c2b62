import type { StoryState } from '../data/story-context.js';
import type { RenderedWidget } from '../ssr/render-widget.js';

/**
 * The kit's renderer of pre-rendered widgets, the one the `prerender` command runs in Node, here in a
 * worker (dist/render-worker.js): the builder's instant snippet carries the same copy the command
 * writes, and Lit hydrates it in the same way.
 */
export class Renderer {
  readonly #url: string | URL;
  #worker?: Worker;
  #lastId = 0;
  readonly #waiting = new Map<number, (answer: RenderedWidget | { error: string }) => void>();

  constructor(url: string | URL) {
    this.#url = url;
  }

  render(tag: string, attributes: Record<string, string>, state: StoryState): Promise<RenderedWidget> {
    if (!this.#worker) {
      this.#worker = new Worker(this.#url, { type: 'module' });
      this.#worker.addEventListener('message', ({ data }: MessageEvent<{ id: number } & RenderedWidget>) => {
        this.#waiting.get(data.id)?.(data);
        this.#waiting.delete(data.id);
      });
      this.#worker.addEventListener('error', (event) => {
        for (const answer of this.#waiting.values()) answer({ error: event.message || 'the renderer did not start' });
        this.#waiting.clear();
      });
    }
    const id = ++this.#lastId;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, (answer) => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer)));
      this.#worker!.postMessage({ id, tag, attributes, state });
    });
  }
}
