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
      phone: 871,
      desktop: 612,
    },
    {
      attributes: {
        layout: 'compact',
      },
      phone: 478,
      desktop: 360,
    },
  ],
  'quote-card': [
    {
      attributes: {
        quote: 'healey-planning',
      },
      phone: 221,
      desktop: 179,
    },
    {
      attributes: {
        quote: 'healey-strongest-position',
      },
      phone: 272,
      desktop: 207,
    },
    {
      attributes: {
        quote: 'healey-post',
      },
      phone: 318,
      desktop: 243,
    },
    {
      attributes: {
        quote: 'macron-with-or-without',
      },
      phone: 217,
      desktop: 176,
    },
    {
      attributes: {
        quote: 'nauditt-post',
      },
      phone: 377,
      desktop: 301,
    },
    {
      attributes: {
        quote: 'healey-stepping-up',
      },
      phone: 359,
      desktop: 273,
    },
    {
      attributes: {
        quote: 'healey-objectives',
      },
      phone: 338,
      desktop: 273,
    },
    {
      attributes: {
        quote: 'healey-pressure',
      },
      phone: 276,
      desktop: 210,
    },
  ],
  'satellite-compare': [
    {
      attributes: {},
      phone: 448,
      desktop: 309,
    },
  ],
};
