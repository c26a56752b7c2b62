import { css } from 'lit';

export const satelliteCompareStyles = css`
  :host {
    /* No container queries here (see .bar-row): the host is no container, which spares each chart a
       style and layout pass of its own. */
    min-block-size: 15rem;
    /* The highlighted bar in the accent colour, the others quiet but, as every bar, at least 3:1
       against the card (light 3.61:1, dark 4.03:1). */
    --_highlight: var(--cw-color-highlight, var(--_accent));
    --_quiet: var(--cw-color-muted, light-dark(#808794, #717a8a));
  }

  figcaption {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.9rem;
  }

  /* In em: the title stays larger than the article's text it sits in. */
  .title {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .summary {
    color: var(--_muted);
  }

  .bars {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.55rem;
  }

  /* Name, figure and bar on one line in a card 480px wide or more, the name above them in a narrower
     one: the name's basis is 10em when the row is that wide and the whole row below it. Worked out
     from the row's width, not by a container query: a container costs every chart a style pass of its own. */
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.5em;
  }

  .name {
    flex: 0 1 clamp(10em, (480px - 2 * var(--_space) - 2px - 100%) * 999, 100%);
  }

  /* The figures make one column, each right before its bar, by the smallest bar too: every figure is
     as wide as the largest (its data-largest, unseen and unread), in the weight of the highlighted one. */
  .count {
    flex: none;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  .count::before {
    content: attr(data-largest);
    display: block;
    block-size: 0;
    visibility: hidden;
    font-weight: 800;
  }

  .track {
    flex: 1;
  }

  /* Its width attribute sets it in proportion to the largest count; a count above none is at least
     3 px wide, so that it shows. */
  .bar {
    display: block;
    block-size: 1em;
    min-inline-size: 3px;
    border-radius: 3px;
  }

  /* A count of none: no bar (drawn by the row's own template, which saves every bar a template of its own). */
  .bar[width='0%'] {
    display: none;
  }

  .bar rect {
    fill: var(--_accent);
  }

  :host([highlight]) .bar-row:not(.highlighted) rect {
    fill: var(--_quiet);
  }

  .highlighted rect {
    fill: var(--_highlight);
  }

  /* Forced colours leave SVG fills as drawn: the quiet bars too take the reader's text colour. */
  @media (forced-colors) {
    .bar {
      --_quiet: CanvasText;
    }
  }

  .highlighted .name,
  .highlighted .count {
    font-weight: 800;
  }

  .highlighted .count {
    color: var(--_highlight);
  }

  details {
    margin-block-start: 0.9rem;
  }

  table {
    margin-block-start: 0.5rem;
    border-collapse: collapse;
    inline-size: 100%;
  }

  th,
  td {
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* Not by colour alone: bold, on a tinted row, and "(highlighted)" for screen readers. */
  tr.highlighted {
    font-weight: 800;
    background: var(--_subtle);
  }

  .data {
    margin-block-start: 0.4rem;
  }

  [part='get-data'] {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .problem {
    color: var(--_error);
  }

  /* Nothing to click on paper. */
  @media print {
    .data {
      display: none;
    }
  }

  /* Notes in em, as every widget's small print: at 85 % of the article's text, whatever its size. */
  .source {
    margin-block-start: 0.9rem;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .source [part='evidence'] {
    font-size: 1em;
  }
`;
