import type { Story } from '../story/story-schema.js';

const eventInit = { bubbles: true, composed: true } as const;

/** A story reached a `<coalition-data>`: from its `src`, its `data`, inline JSON or the default. */
export class StoryLoadEvent extends CustomEvent<{ story: Story; source: string }> {
  static readonly eventName = 'coalition-load';
  constructor(story: Story, source: string) {
    super(StoryLoadEvent.eventName, { ...eventInit, detail: { story, source } });
  }
}

/** Something is wrong: data that failed to load or validate, or an attribute a widget cannot use. */
export class CoalitionErrorEvent extends CustomEvent<{ message: string }> {
  static readonly eventName = 'coalition-error';
  constructor(message: string) {
    super(CoalitionErrorEvent.eventName, { ...eventInit, detail: { message } });
  }
}

/** Tells the page of a problem: a `coalition-error` event from `element`, and a console warning naming it. */
export function reportProblem(element: Element, message: string): void {
  console.warn(`[coalition-widgets] <${element.localName}>: ${message}`);
  element.dispatchEvent(new CoalitionErrorEvent(message));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coalition-load': StoryLoadEvent;
    'coalition-error': CoalitionErrorEvent;
  }
}
