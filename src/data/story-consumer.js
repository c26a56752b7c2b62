import { ContextConsumer, ContextRoot } from '@lit/context';
import { storyContext } from './story-context.js';
import { getPageStory, watchPageStory } from './page-story.js';
// A root replays the requests of widgets that upgraded before their <coalition-data>,
// so the definition order does not matter. One root per page, whichever kit copy came first.
const rootKey = Symbol.for('coalition-widgets.context-root');
const page = globalThis;
if (!page[rootKey] && typeof document !== 'undefined') {
    page[rootKey] = true;
    new ContextRoot().attach(document.documentElement);
}
/**
 * Gives a widget its story: from the nearest `<coalition-data>` around it, or, when there is
 * none, the page's story. Re-evaluated whenever the widget is moved.
 */
export class StoryConsumer {
    constructor(host) {
        this.host = host;
        this.fromPage = getPageStory();
        new ContextConsumer(host, {
            context: storyContext,
            subscribe: true,
            callback: (state) => (this.fromProvider = state),
        });
        host.addController(this);
    }
    get state() {
        return this.fromProvider ?? this.fromPage;
    }
    hostConnected() {
        this.fromPage = getPageStory();
        this.stopWatchingPage = watchPageStory((state) => {
            this.fromPage = state;
            if (!this.fromProvider)
                this.host.requestUpdate();
        });
    }
    hostDisconnected() {
        this.fromProvider = undefined;
        this.stopWatchingPage?.();
    }
}
