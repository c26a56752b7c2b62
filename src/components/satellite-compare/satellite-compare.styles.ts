import { css } from 'lit';

export const satelliteCompareStyles = css`
  :host {
    min-block-size: 15rem;
  }

  figcaption {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.9rem;
  }

  .title {
    font-weight: 700;
    font-size: 1.1rem;
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

  .bar-row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'name count' 'bar bar';
    column-gap: 0.75rem;
    align-items: baseline;
  }

  .name {
    grid-area: name;
  }

  .count {
    grid-area: count;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  .bar {
    grid-area: bar;
    display: block;
    inline-size: 100%;
    block-size: 0.9rem;
    margin-block-start: 0.2rem;
    border-radius: 3px;
    background: var(--_subtle);
  }

  .bar rect {
    fill: var(--_accent);
  }

  :host([highlight]) .bar-row:not(.highlighted) rect {
    fill: var(--_muted);
    fill-opacity: 0.55;
  }

  .highlighted rect {
    fill: var(--_highlight);
  }

  .highlighted .name,
  .highlighted .count {
    font-weight: 800;
  }

  @container (min-width: 480px) {
    .bar-row {
      grid-template-columns: 9rem 1fr 3.5rem;
      grid-template-areas: 'name bar count';
    }

    .count {
      text-align: end;
    }

    .bar {
      margin: 0;
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .source {
    margin-block-start: 0.9rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
`;
