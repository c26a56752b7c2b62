import { css } from 'lit';

// Sizes in em, from the article's own text (15 px sans or 19 px serif alike): a heading is never
// smaller than what it heads, and the notes under it are a step smaller.
export const coalitionSummaryStyles = css`
  :host {
    min-block-size: 12rem;
    container-type: inline-size;
  }

  :host([layout='compact']) {
    min-block-size: 7rem;
  }

  /* Flex and block layout rather than grids: a grid keeps its track sizes, about 5 KB of DOM heap each. */
  header {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    margin-block-end: 0.75em;
  }

  .kicker {
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  h2 {
    font-size: 1.35em;
    line-height: 1.2;
  }

  h3 {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }

  .meta,
  .note,
  .source {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .source,
  .figure .note {
    font-size: 0.85em;
  }

  [part='evidence'] {
    margin-block-start: 0.15em;
    line-height: 1.35;
  }

  /* The disclosure's triangle drawn as a background (a ::marker box costs about 1.4 KB of DOM heap):
     a wedge of 53° from the middle of one side of a square to the corners of the opposite one. */
  summary {
    list-style: none;
    padding-inline-start: 0.9em;
    background: conic-gradient(from var(--_from, 243.5deg) at var(--_at, 100% 50%), currentColor 53deg, #0000 0) 0.1em
      0.42em / 0.5em 0.5em no-repeat;
  }

  summary:dir(rtl) {
    --_from: 63.5deg;
    --_at: 0;
    background-position-x: calc(100% - 0.1em);
  }

  [open] > summary {
    --_from: 333.5deg;
    --_at: 50% 100%;
  }

  /* Forced colours leave out gradients: the native triangle there. */
  @media (forced-colors: active) {
    summary {
      padding: 0;
      list-style: revert;
    }
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .figure {
    flex: 1 1 100%;
    min-inline-size: 0;
    padding: 0.55em 0.75em;
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_subtle);
  }

  .number {
    font-size: 1.5em;
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  /* One row of three tens, smaller in a narrow column. */
  .marks {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block: 0.2em;
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }

  .marks .ready {
    fill: var(--_accent);
    stroke: var(--_accent);
  }

  .section {
    margin-block-start: 0.75em;
  }

  .section h3 {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }

  /* Each objective on one line, as many to a line as fit, each after a rule in the accent colour (a
     numbered circle, a box of its own, cost about 1.5 KB of DOM heap each). */
  .objectives {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }

  .objectives li {
    padding-inline-start: 0.4em;
    border-inline-start: 0.2em solid var(--_accent);
  }

  .us {
    padding: 0.55em 0.75em;
    border-inline-start: 4px solid var(--_highlight);
    background: var(--_subtle);
    border-start-end-radius: calc(var(--_radius) * 0.7);
    border-end-end-radius: calc(var(--_radius) * 0.7);
  }

  .source {
    margin-block-start: 0.75em;
  }

  /* Two tiles a row, the force's across both; compact, three a row. */
  @container (min-width: 560px) {
    .figure {
      flex-basis: calc(50% - 0.25em);
    }

    .figure.force {
      flex-basis: 100%;
    }

    :host([layout='compact']) .figure {
      flex-basis: calc(33.3% - 0.34em);
    }

    h2 {
      font-size: 1.6em;
    }
  }

  @media print {
    /* The disclosure prints open (widgetStyles); its line keeps the sources' names, not its "More". */
    .more {
      display: none;
    }

    summary {
      padding: 0;
      background: none;
    }
  }
`;
