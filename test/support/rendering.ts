// Rendering a widget in the test page, in the surroundings a page gives it.
import { fixtureSync } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import type { Story } from '../../src/story/index.js';
import { settled } from './waiting.js';

/** Attributes of a widget; an undefined value leaves the attribute out. */
export type Attributes = Record<string, string | undefined>;

export interface Surroundings {
  /** Width of the column the widget sits in, in CSS pixels (the test page's width unless given). */
  width?: number;
  /** The page's font around the widget (the CSS `font` shorthand). */
  font?: string;
  /** Custom properties the page sets on the widget itself, as `{ '--cw-color-accent': 'red' }`. */
  customProperties?: Record<string, string>;
  /** A story of the test's own, given by a `<coalition-data>` around the widget (which checks it, as for any page). */
  story?: Story;
  /**
   * A story handed to the widget as it is, unchecked by this copy of the kit: what a provider of
   * another copy of the kit, or an app's own context provider, may hand over.
   */
  uncheckedStory?: unknown;
}

/** The context the widgets ask for (src/data/story-context.ts): a registered symbol every copy of the kit shares. */
const STORY_CONTEXT = Symbol.for('coalition-widgets.story/1');

/** Renders `<tag>` with `attributes` in a column of the test page and waits until it is laid out. */
export async function renderWidget<T extends HTMLElement = LitElement>(
  tag: string,
  attributes: Attributes = {},
  { width, font, customProperties = {}, story, uncheckedStory }: Surroundings = {},
): Promise<T> {
  const column = document.createElement('div');
  if (width !== undefined) column.style.width = `${width}px`;
  if (font !== undefined) column.style.font = font;
  const widget = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) widget.setAttribute(name, value);
  for (const [name, value] of Object.entries(customProperties)) widget.style.setProperty(name, value);
  if (uncheckedStory !== undefined) handOver(column, uncheckedStory);
  let provider: CoalitionData | undefined;
  if (story) {
    provider = document.createElement('coalition-data');
    provider.data = story;
    provider.append(widget);
  }
  column.append(provider ?? widget);
  fixtureSync(column); // removed after the test, as every fixture
  await provider?.updateComplete; // the story is checked and provided
  await settled(widget);
  return widget;
}

/** Answers the widgets' requests for a story inside `holder` with `story`, as the context protocol has it. */
function handOver(holder: HTMLElement, story: unknown): void {
  holder.addEventListener('context-request', (event) => {
    const request = event as Event & {
      context?: unknown;
      callback?: (value: unknown, unsubscribe: () => void) => void;
    };
    if (request.context !== STORY_CONTEXT) return;
    event.stopPropagation();
    request.callback?.({ story, loading: false }, () => undefined);
  });
}

/** `quote="healey-post" theme="dark"`, for test names. */
export function describeAttributes(attributes: Attributes): string {
  const written = Object.entries(attributes).filter(([, value]) => value !== undefined);
  return written.map(([name, value]) => `${name}="${value}"`).join(' ') || 'no attributes';
}
