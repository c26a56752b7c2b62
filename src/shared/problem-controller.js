import { html, nothing } from 'lit';
import { CoalitionErrorEvent } from './events.js';
/**
 * Shows what is wrong with a widget in a visible `part="error"` element, and tells the page once
 * per new problem: a `coalition-error` event and a console warning. Never throws.
 */
export class ProblemController {
    constructor(host) {
        this.host = host;
        host.addController(this);
    }
    hostUpdated() {
        if (this.own && this.own !== this.reported) {
            console.warn(`[coalition-widgets] <${this.host.localName}>: ${this.own}`);
            this.host.dispatchEvent(new CoalitionErrorEvent(this.own));
        }
        this.reported = this.own;
    }
    render() {
        const messages = [this.inherited, this.own].filter(Boolean);
        return messages.length ? html `<p part="error" role="alert">${messages.join(' ')}</p>` : nothing;
    }
}
export const themes = ['light', 'dark', 'auto'];
/** Explains an attribute value outside its allowed set, or returns undefined when it is fine. */
export function checkChoice(attribute, value, allowed) {
    if (value == null || allowed.includes(value))
        return undefined;
    return `${attribute}="${value}" is not supported; use ${allowed.map((choice) => `"${choice}"`).join(', ')}.`;
}
