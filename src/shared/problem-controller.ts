import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CoalitionErrorEvent } from './events.js';

/**
 * Shows what is wrong with a widget in a visible `part="error"` element, and tells the page once
 * per new problem: a `coalition-error` event and a console warning. Never throws.
 */
export class ProblemController implements ReactiveController {
  /** The problem this widget reports itself (a bad attribute, an unknown id). */
  #own?: string;
  /** A problem of the data source, already reported by the `<coalition-data>` it came from. */
  #inherited?: string;
  #reported?: string;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** What is wrong now: the data source's problem, and the results of the widget's own checks. */
  set(inherited: string | undefined, ownChecks: (string | false | undefined)[]): void {
    this.#inherited = inherited;
    this.#own = ownChecks.filter(Boolean).join(' ') || undefined;
  }

  hostUpdated(): void {
    if (this.#own && this.#own !== this.#reported) {
      console.warn(`[coalition-widgets] <${this.#host.localName}>: ${this.#own}`);
      this.#host.dispatchEvent(new CoalitionErrorEvent(this.#own));
    }
    this.#reported = this.#own;
  }

  render() {
    const messages = [this.#inherited, this.#own].filter(Boolean);
    return messages.length ? html`<p part="error" role="alert">${messages.join(' ')}</p>` : nothing;
  }
}
