// Rendering a widget in the test page, in the surroundings a page gives it.
import { fixtureSync } from '@open-wc/testing';
import type { LitElement } from 'lit';
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
}

/** Renders `<tag>` with `attributes` in a column of the test page and waits until it is laid out. */
export async function renderWidget<T extends HTMLElement = LitElement>(
  tag: string,
  attributes: Attributes = {},
  { width, font, customProperties = {} }: Surroundings = {},
): Promise<T> {
  const column = document.createElement('div');
  if (width !== undefined) column.style.width = `${width}px`;
  if (font !== undefined) column.style.font = font;
  const widget = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) widget.setAttribute(name, value);
  for (const [name, value] of Object.entries(customProperties)) widget.style.setProperty(name, value);
  column.append(widget);
  fixtureSync(column); // removed after the test, as every fixture
  await settled(widget);
  return widget;
}

/** `quote="healey-post" theme="dark"`, for test names. */
export function describeAttributes(attributes: Attributes): string {
  const written = Object.entries(attributes).filter(([, value]) => value !== undefined);
  return written.map(([name, value]) => `${name}="${value}"`).join(' ') || 'no attributes';
}
