import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isolate } from '../story/format.js';
import { englishLocale, type Locale } from '../i18n/catalogue.js';
import type { Problem } from './attributes.js';
import { reportProblem } from './events.js';

type Describe = (problem: Problem) => string;

// The words for a widget's own problems (with the name suggestions) are a file of their own, with the
// words of the widget's language, loaded the first time a widget on the page has one in that
// language: a page without mistakes never fetches them. Per language: how it words problems once
// loaded, the promise of it until then.
const wording = new WeakMap<Locale, Describe | Promise<unknown>>();

// A copy of the kit without its chunks/ folder has no words for problems but English ones here; it
// still names the attribute.
const withoutChunks: Describe = ([attribute, value]) => `${isolate(`${attribute}="${value}"`)} cannot be used.`;

function wordsFor(locale: Locale): Describe | Promise<unknown> {
  let words = wording.get(locale);
  if (!words) {
    words = import('./problem-messages.js')
      .then(({ wordsFor }) => wordsFor(locale))
      .catch(() => withoutChunks)
      .then((describe) => wording.set(locale, describe));
    wording.set(locale, words);
  }
  return words;
}

/**
 * Loads the words for problems in `locales` now: for the server renderer (src/ssr/render-widget.ts),
 * which draws a widget in one pass and so cannot wait for them.
 */
export async function loadProblemMessages(locales: readonly Locale[] = [englishLocale]): Promise<void> {
  await Promise.all(locales.map((locale) => Promise.resolve(wordsFor(locale))));
}

/**
 * Shows what is wrong with a widget in a visible `part="error"` element, and tells the page once
 * per new problem: a `coalition-error` event and a console warning. Never throws.
 *
 * A story that fails to load is shown on its `<coalition-data>` and on every widget that shows that
 * story (each is where a reader looks, and says why it shows an older story or its fallback), but
 * announced once: only the provider's message and a widget's own problems are `role="alert"`.
 */
export class ProblemController implements ReactiveController {
  /** The problem this widget reports itself (a bad attribute, an unknown id). */
  #own?: string;
  /** A problem of the data source, already reported by the `<coalition-data>` it came from. */
  #inherited?: string;
  /** The widget's own problems as checked last, and as last told to the page. */
  #problems?: string;
  #reported?: string;

  /** Resolves once the words for the widget's problems in its language have loaded, and it has asked to render again. */
  messagesLoaded?: Promise<void>;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * What is wrong now: the data source's problem, and the results of the widget's own checks, said
   * in the words of `locale`. The widget's own problems are shown once their words have loaded (see
   * messagesLoaded); until then, the words it showed before stay.
   */
  set(inherited: string | undefined, ownChecks: (Problem | false | undefined)[], locale = englishLocale): void {
    this.#inherited = inherited;
    const problems = ownChecks.filter(Boolean) as Problem[];
    const words = problems.length ? wordsFor(locale) : undefined;
    const checked = JSON.stringify(problems);
    if (typeof words === 'function') this.#own = problems.map(words).join(' ');
    else {
      if (checked !== this.#problems) this.#own = undefined; // words about other problems would mislead
      if (words) this.messagesLoaded = words.then(() => this.#host.requestUpdate());
    }
    this.#problems = checked;
  }

  // Told once per new problem: the same problem said again in another language is not a new one.
  hostUpdated(): void {
    if (this.#own && this.#problems !== this.#reported) reportProblem(this.#host, this.#own);
    this.#reported = this.#own ? this.#problems : undefined;
  }

  /** The message, in `lang`: the language of the widget's own words. */
  render(lang: string) {
    const text = [this.#inherited, this.#own].filter(Boolean).join(' ');
    if (!text) return nothing;
    // A story's loading problem comes from its <coalition-data>, in that element's words.
    return this.#own
      ? html`<p part="error" role="alert" lang=${ifDefined(this.#inherited ? undefined : lang)}>${text}</p>`
      : html`<p part="error">${text}</p>`;
  }
}
