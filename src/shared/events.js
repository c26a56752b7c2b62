const eventInit = { bubbles: true, composed: true };
/** A story reached a `<coalition-data>`: from its `src`, its `data`, inline JSON or the default. */
export class StoryLoadEvent extends CustomEvent {
    static { this.eventName = 'coalition-load'; }
    constructor(story, source) {
        super(StoryLoadEvent.eventName, { ...eventInit, detail: { story, source } });
    }
}
/** Something is wrong: data that failed to load or validate, or an attribute a widget cannot use. */
export class CoalitionErrorEvent extends CustomEvent {
    static { this.eventName = 'coalition-error'; }
    constructor(message) {
        super(CoalitionErrorEvent.eventName, { ...eventInit, detail: { message } });
    }
}
