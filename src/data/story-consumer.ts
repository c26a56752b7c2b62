import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from '../story/story-schema.js';
import { StoryRequestEvent, storyContext, type StoryState } from './story-context.js';
import { getPageStory, watchPageStory } from './page-story.js';

// Widgets without a provider ask again whenever one connects (it announces itself with the
// context protocol's `context-provider` event), so a <coalition-data> defined after its widgets
// still reaches them. This does what @lit/context's ContextRoot does, for one context, in less code.
const withoutProvider = new Set<StoryConsumer>();
globalThis.document?.addEventListener('context-provider', (event) => {
  if ((event as Event & { context?: unknown }).context === storyContext) {
    for (const consumer of withoutProvider) consumer.requestStory();
  }
});

/**
 * Gives a widget its story: from the nearest `<coalition-data>` around it, or, when there is
 * none, the page's story. Re-evaluated whenever the widget is moved. The widget re-renders only
 * when the part of the story it shows (`shows(story)`) changes, or the loading or error state.
 */
export class StoryConsumer implements ReactiveController {
  #fromProvider?: StoryState;
  #unsubscribeProvider?: () => void;
  #stopWatchingPage?: () => void;
  #shown?: string;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #shows: (story: Story) => unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, shows: (story: Story) => unknown) {
    this.#host = host;
    this.#shows = shows;
    host.addController(this);
  }

  get state(): StoryState {
    return this.#fromProvider ?? getPageStory();
  }

  hostConnected(): void {
    this.#stopWatchingPage = watchPageStory(() => this.#renderIfChanged());
    withoutProvider.add(this);
    this.requestStory();
    // Moved out of its provider, or back in: Lit does not re-render on reconnect by itself.
    this.#renderIfChanged();
  }

  hostDisconnected(): void {
    withoutProvider.delete(this);
    this.#unsubscribeProvider?.();
    this.#unsubscribeProvider = undefined;
    this.#fromProvider = undefined;
    this.#stopWatchingPage?.();
  }

  /** Asks the nearest `<coalition-data>` for its story, and to be told of every change. */
  requestStory(): void {
    this.#host.dispatchEvent(
      new StoryRequestEvent(this.#host, (state, unsubscribe) => {
        withoutProvider.delete(this);
        // A new provider (after a move, or a late upgrade) replaces the old one.
        if (this.#unsubscribeProvider !== unsubscribe) this.#unsubscribeProvider?.();
        this.#unsubscribeProvider = unsubscribe;
        this.#fromProvider = state;
        this.#renderIfChanged();
      }),
    );
  }

  #renderIfChanged() {
    const { story, error, loading } = this.state;
    // While a new story loads, assistive technology waits rather than reading out the old one.
    if (loading) this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
    const shown = JSON.stringify([error, loading, story && this.#shows(story)]);
    if (shown !== this.#shown) {
      this.#shown = shown;
      this.#host.requestUpdate();
    }
  }
}
