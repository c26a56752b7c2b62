import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoryRequestEvent, storyContext, type StoryCallback, type StoryState } from './story-context.js';

/** A provider has connected: widgets that have none ask again, and a provider's widgets inside it move to it. */
class StoryProviderEvent extends Event {
  readonly context = storyContext;
  constructor(readonly contextTarget: Element) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

type ContextEvent = Event & {
  context?: unknown;
  contextTarget?: Element;
  callback?: StoryCallback;
  subscribe?: boolean;
};

/**
 * Gives `<coalition-data>`'s story to the widgets inside it that ask (StoryRequestEvent, or the same
 * event from another copy of the kit), and tells each subscribed widget of every new state.
 * What @lit/context's ContextProvider does for this one context, in less code.
 */
export class StoryProvider implements ReactiveController {
  /** Each subscribed widget's callback, with the widget and the function that unsubscribes it. */
  readonly subscriptions = new Map<StoryCallback, { consumer: Element; unsubscribe: () => void }>();
  value: StoryState = { loading: true };
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    host.addEventListener('context-request', (event: ContextEvent) => {
      const consumer = event.contextTarget ?? (event.composedPath()[0] as Element);
      if (event.context !== storyContext || consumer === host) return;
      event.stopPropagation();
      const callback = event.callback!;
      if (!event.subscribe) return callback(this.value);
      if (!this.subscriptions.has(callback)) {
        this.subscriptions.set(callback, { consumer, unsubscribe: () => this.subscriptions.delete(callback) });
      }
      callback(this.value, this.subscriptions.get(callback)!.unsubscribe);
    });
    // Another provider connected inside this one: its widgets ask again, and the nearer provider answers.
    host.addEventListener('context-provider', (event: ContextEvent) => {
      if (event.context !== storyContext || (event.contextTarget ?? event.composedPath()[0]) === host) return;
      event.stopPropagation();
      for (const [callback, { consumer }] of [...this.subscriptions]) {
        consumer.dispatchEvent(new StoryRequestEvent(consumer, callback));
      }
    });
  }

  hostConnected(): void {
    this.#host.dispatchEvent(new StoryProviderEvent(this.#host));
  }

  setValue(state: StoryState): void {
    this.value = state;
    for (const [callback, { unsubscribe }] of this.subscriptions) callback(state, unsubscribe);
  }
}
