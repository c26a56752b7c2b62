import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { englishLocale, parts, text, type Locale, type MessageKey, type ProblemKey, type Values } from './catalogue.js';
import { declaredLanguage, kitLanguage, type Language } from './language.js';
import { loadLocale } from './load-catalogue.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for every widget on the page, watching `lang` on the document and on the shadow
// roots widgets sit in: a change anywhere makes each widget look up its language again (a walk up
// its ancestors), and only a widget whose language changed renders again.
const widgets = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/**
 * The language a widget writes in, and its words and numbers in it. The language is the widget's own
 * `lang`, else its closest ancestor's, else the page's (src/i18n/language.ts); a region falls back to
 * its language, one the kit lacks to English. Its catalogue loads on demand, once per page; a `lang`
 * changed on the widget, an ancestor or `<html>` renders the widget again.
 *
 * Until the catalogue of the widget's first language has loaded, `ready` is false (a widget waits
 * for it in `shouldUpdate`, rather than show English first); `loaded` resolves when it has.
 */
export class LanguageController implements ReactiveController {
  /** The kit language the widget is in now (its words may still be loading: see `locale`). */
  language: Language = 'en';
  /** What the widget writes with: the language's Locale once loaded, the previous one until then. */
  locale?: Locale;
  /** Resolves once the widget's current language has loaded. */
  loaded: Promise<unknown> = Promise.resolve();

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    widgets.add(this);
    observer ??= new MutationObserver(() => widgets.forEach((widget) => widget.follow()));
    // The document, and each shadow root between it and the widget.
    for (let root: Node | undefined = this.#host.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode()) {
      observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
    this.follow();
  }

  hostDisconnected(): void {
    widgets.delete(this);
  }

  /** Whether the widget has its words: it may render. */
  get ready(): boolean {
    return !!this.locale;
  }

  /** Looks up the widget's language again; loads it and renders the widget when it changed. */
  follow(): void {
    const language = kitLanguage(declaredLanguage(this.#host));
    if (language === this.language && this.locale) return;
    this.language = language;
    const locale = loadLocale(language);
    if (locale instanceof Promise) this.loaded = locale.then((ready) => this.language === language && this.#use(ready));
    else this.#use(locale);
  }

  #use(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    // The server renderer draws once, after `follow()`, with the languages it has loaded beforehand.
    if (!isServer) this.#host.requestUpdate();
  }

  /** What the widget writes with now (its numbers, dates, lists): English until its first language has loaded. */
  get current(): Locale {
    return this.locale ?? englishLocale;
  }

  /** A message as text: numbers in `values` formatted, `values.count` choosing the plural form. */
  t(key: MessageKey | ProblemKey, values?: Values): string {
    return text(this.current, key, values);
  }

  /** A message in pieces for a template, where a value is markup (a `<time>`, a highlighted figure). */
  parts(key: MessageKey | ProblemKey, values?: Values): unknown[] {
    return parts(this.current, key, values);
  }

  count(value: number): string {
    return this.current.count(value);
  }
}
