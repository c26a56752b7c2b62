import { css } from 'lit';

export const satelliteCompareStyles = css`
  :host {
    min-block-size: 15rem;
    container-type: inline-size;
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

  /* One grid for every row (subgrid), so that the figures make one column and the bars start at one
     line: each figure right before its bar, by the smallest bar too. */
  .bars {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.55rem 0.5em;
  }

  .bar-row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }

  .name {
    grid-column: 1 / -1;
  }

  .count {
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  /* Its width attribute sets it in proportion to the largest count; a count above none is at least
     3 px wide, so that it shows. */
  .bar {
    block-size: 1em;
    min-inline-size: 3px;
    border-radius: 3px;
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

  @container (min-width: 480px) {
    .bars {
      grid-template-columns: 10em auto 1fr;
    }

    .name {
      grid-column: auto;
    }
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

  .source {
    margin-block-start: 0.9rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
`;
