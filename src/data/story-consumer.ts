import { ContextEvent, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from '../story/index.js';
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
 * none, the page's story. Re-evaluated whenever the widget is moved. The widget re-renders only
 * when the part of the story it shows (`shows(story)`) changes, or the loading or error state.
 */
export class StoryConsumer implements ReactiveController {
  private fromProvider?: StoryState;
  private fromPage: StoryState = getPageStory();
  private unsubscribeProvider?: () => void;
  private stopWatchingPage?: () => void;
  private shown?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shows: (story: Story) => unknown,
  ) {
    host.addController(this);
  }

  get state(): StoryState {
    return this.fromProvider ?? this.fromPage;
  }

  hostConnected(): void {
    this.fromPage = getPageStory();
    this.stopWatchingPage = watchPageStory((state) => {
      this.fromPage = state;
      this.renderIfChanged();
    });
    this.host.dispatchEvent(
      new ContextEvent(
        storyContext,
        this.host,
        (state, unsubscribe) => {
          // A new provider (after a move, or a late upgrade) replaces the old one.
          if (this.unsubscribeProvider !== unsubscribe) this.unsubscribeProvider?.();
          this.unsubscribeProvider = unsubscribe;
          this.fromProvider = state;
          this.renderIfChanged();
        },
        true,
      ),
    );
    // Moved out of its provider, or back in: Lit does not re-render on reconnect by itself.
    this.renderIfChanged();
  }

  hostDisconnected(): void {
    this.unsubscribeProvider?.();
    this.unsubscribeProvider = undefined;
    this.fromProvider = undefined;
    this.stopWatchingPage?.();
  }

  private renderIfChanged() {
    const { story, error, loading } = this.state;
    const shown = JSON.stringify([error, loading, story && this.shows(story)]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.host.requestUpdate();
    }
  }
}
