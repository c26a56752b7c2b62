// Written by `npm run measure-heights` (test/embed/reserved-heights.test.ts, in Chromium): do not edit.
// Each widget's height in px as rendered with the default story in a column of 16 px sans-serif text,
// `columns.phone` or `columns.desktop` px wide. The optional stylesheet keeps this room for bare tags
// (scripts/write-embed-files.mjs) and iframe snippets start at these heights.
import type { Attributes, WidgetTag } from './widget-catalog.js';

export interface MeasuredHeight {
  attributes: Attributes;
  phone: number;
  desktop: number;
}

export const columns = { phone: 360, desktop: 680 } as const;

export const widgetHeights: Record<WidgetTag, MeasuredHeight[]> = {
  'coalition-summary': [
    {
      attributes: {},
      phone: 847,
      desktop: 589,
    },
    {
      attributes: {
        layout: 'compact',
      },
      phone: 455,
      desktop: 323,
    },
  ],
  'quote-card': [
    {
      attributes: {
        quote: 'healey-planning',
      },
      phone: 264,
      desktop: 215,
    },
    {
      attributes: {
        quote: 'healey-strongest-position',
      },
      phone: 315,
      desktop: 243,
    },
    {
      attributes: {
        quote: 'healey-post',
      },
      phone: 381,
      desktop: 355,
    },
    {
      attributes: {
        quote: 'macron-with-or-without',
      },
      phone: 260,
      desktop: 216,
    },
    {
      attributes: {
        quote: 'nauditt-post',
      },
      phone: 439,
      desktop: 389,
    },
    {
      attributes: {
        quote: 'healey-stepping-up',
      },
      phone: 402,
      desktop: 271,
    },
    {
      attributes: {
        quote: 'healey-objectives',
      },
      phone: 381,
      desktop: 271,
    },
    {
      attributes: {
        quote: 'healey-pressure',
      },
      phone: 320,
      desktop: 243,
    },
  ],
  'satellite-compare': [
    {
      attributes: {},
      phone: 490,
      desktop: 336,
    },
  ],
};
