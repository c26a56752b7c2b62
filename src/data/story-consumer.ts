import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storyContext, type StoryState } from './story-context.js';
import { getPageStory, watchPageStory } from './page-story.js';

// A root replays the requests of widgets that upgraded before their <coalition-data>,
// so the definition order does not matter. One root per page, whichever kit copy came first.
const rootKey = Symbol.for('coalition-widgets.context-root');
const page = globalThis as Record<symbol, unknown>;
if (!page[rootKey] && typeof document !== 'undefined') {
  page[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Gives a widget its story: from the nearest `<coalition-data>` around it, or, when there is
 * none, the page's story. Re-evaluated whenever the widget is moved.
 */
export class StoryConsumer implements ReactiveController {
  private fromProvider?: StoryState;
  private fromPage: StoryState = getPageStory();
  private stopWatchingPage?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    new ContextConsumer(host, {
      context: storyContext,
      subscribe: true,
      callback: (state) => (this.fromProvider = state),
    });
    host.addController(this);
  }

  get state(): StoryState {
    return this.fromProvider ?? this.fromPage;
  }

  hostConnected(): void {
    // Lit does not re-render on reconnect; a widget moved out of its provider must switch stories.
    this.fromPage = getPageStory();
    this.host.requestUpdate();
    this.stopWatchingPage = watchPageStory((state) => {
      this.fromPage = state;
      if (!this.fromProvider) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.fromProvider = undefined;
    this.stopWatchingPage?.();
  }
}
