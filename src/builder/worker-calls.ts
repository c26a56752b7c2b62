/**
 * Calls to a module worker, started at the first call: each request is posted with an id, and the
 * worker answers it with one message carrying the same id (`{ id, error }` for a failure). A worker
 * that fails to start fails the calls waiting for it with `didNotStart`, and is started again at the next call.
 */
export class WorkerCalls<Request extends object, Answer extends object> {
  readonly #url: string | URL;
  readonly #didNotStart: string;
  #worker?: Worker;
  #lastId = 0;
  readonly #waiting = new Map<number, (answer: Answer | { error: string }) => void>();

  constructor(url: string | URL, didNotStart: string) {
    this.#url = url;
    this.#didNotStart = didNotStart;
  }

  call(request: Request): Promise<Answer> {
    if (!this.#worker) {
      const worker = new Worker(this.#url, { type: 'module' });
      worker.addEventListener('message', ({ data }: MessageEvent<{ id: number } & (Answer | { error: string })>) => {
        this.#waiting.get(data.id)?.(data);
        this.#waiting.delete(data.id);
      });
      worker.addEventListener('error', (event) => {
        for (const answer of this.#waiting.values()) answer({ error: event.message || this.#didNotStart });
        this.#waiting.clear();
        worker.terminate();
        if (this.#worker === worker) this.#worker = undefined;
      });
      this.#worker = worker;
    }
    const id = ++this.#lastId;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, (answer) => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer)));
      this.#worker!.postMessage({ id, ...request });
    });
  }
}
