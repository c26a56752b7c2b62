import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CoalitionErrorEvent } from './events.js';

/**
 * Shows what is wrong with a widget in a visible `part="error"` element, and tells the page once
 * per new problem: a `coalition-error` event and a console warning. Never throws.
 */
export class ProblemController implements ReactiveController {
  /** The problem this widget reports itself (a bad attribute, an unknown id). */
  own?: string;
  /** A problem of the data source, already reported by the `<coalition-data>` it came from. */
  inherited?: string;
  private reported?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.own && this.own !== this.reported) {
      console.warn(`[coalition-widgets] <${this.host.localName}>: ${this.own}`);
      this.host.dispatchEvent(new CoalitionErrorEvent(this.own));
    }
    this.reported = this.own;
  }

  render() {
    const messages = [this.inherited, this.own].filter(Boolean);
    return messages.length ? html`<p part="error" role="alert">${messages.join(' ')}</p>` : nothing;
  }
}

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** Explains an attribute value outside its allowed set, or returns undefined when it is fine. */
export function checkChoice(attribute: string, value: string | undefined | null, allowed: readonly string[]) {
  if (value == null || allowed.includes(value)) return undefined;
  return `${attribute}="${value}" is not supported; use ${allowed.map((choice) => `"${choice}"`).join(', ')}.`;
}
