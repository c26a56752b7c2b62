import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isolate } from '../story/format.js';
import type { Problem } from './attributes.js';
import { reportProblem } from './events.js';

type Messages = Pick<typeof import('./problem-messages.js'), 'describeProblem'>;

// The words for a widget's own problems (with the name suggestions) are a file of their own, loaded
// the first time a widget on the page has one: a page without mistakes never fetches it.
let messages: Messages | undefined;
let loadingMessages: Promise<unknown> | undefined;

/**
 * Loads the words for problems now: for the server renderer (src/ssr/render-widget.ts), which draws a
 * widget in one pass and so cannot wait for them.
 */
export async function loadProblemMessages(): Promise<void> {
  messages ??= await import('./problem-messages.js');
}

/**
 * Shows what is wrong with a widget in a visible `part="error"` element, and tells the page once
 * per new problem: a `coalition-error` event and a console warning. Never throws.
 *
 * A story that fails to load is shown on its `<coalition-data>` and on every widget that shows that
 * story (each is where a reader looks, and says why it shows an older story or its fallback), but
 * announced once: only the provider's message and a widget's own problems are `role="alert"`.
 */
export class ProblemController implements ReactiveController {
  /** The problem this widget reports itself (a bad attribute, an unknown id). */
  #own?: string;
  /** A problem of the data source, already reported by the `<coalition-data>` it came from. */
  #inherited?: string;
  #reported?: string;

  /** Resolves once the words for the widget's first problem of its own have loaded, and it has asked to render again. */
  messagesLoaded?: Promise<void>;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * What is wrong now: the data source's problem, and the results of the widget's own checks. The
   * widget's own problems are shown once their words have loaded (see messagesLoaded).
   */
  set(inherited: string | undefined, ownChecks: (Problem | false | undefined)[]): void {
    this.#inherited = inherited;
    const problems = ownChecks.filter(Boolean) as Problem[];
    if (problems.length && !messages) {
      loadingMessages ??= import('./problem-messages.js').then(
        (loaded) => (messages = loaded),
        // A copy of the kit without its chunks/ folder still names the attribute.
        () =>
          (messages = {
            describeProblem: ([attribute, value]) => `${isolate(`${attribute}="${value}"`)} cannot be used.`,
          }),
      );
      this.messagesLoaded ??= loadingMessages.then(() => this.#host.requestUpdate());
    }
    this.#own = (messages && problems.map(messages.describeProblem).join(' ')) || undefined;
  }

  hostUpdated(): void {
    if (this.#own && this.#own !== this.#reported) {
      reportProblem(this.#host, this.#own);
    }
    this.#reported = this.#own;
  }

  render() {
    const text = [this.#inherited, this.#own].filter(Boolean).join(' ');
    if (!text) return nothing;
    return this.#own ? html`<p part="error" role="alert">${text}</p>` : html`<p part="error">${text}</p>`;
  }
}
