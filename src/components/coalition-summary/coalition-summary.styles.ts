import { css } from 'lit';

export const coalitionSummaryStyles = css`
  :host {
    min-block-size: 12rem;
  }

  :host([layout='compact']) {
    min-block-size: 7rem;
  }

  header {
    display: grid;
    gap: 0.2rem;
    margin-block-end: 1rem;
  }

  .kicker {
    color: var(--_accent);
    font-size: 0.8rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* Sizes in em, from the article's own text: a heading is never smaller than what it heads. */
  h2 {
    font-size: 1.35em;
    line-height: 1.2;
  }

  .meta,
  .note,
  .source {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }

  .figure {
    padding: 0.8rem;
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_subtle);
  }

  .figure h3 {
    font-size: 1em;
    font-weight: 600;
  }

  .number {
    display: block;
    font-size: 1.8em;
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  /* Rows of ten read as tens: three rows for 30 countries. Fits a 280 px column. */
  .marks {
    display: grid;
    grid-template-columns: repeat(10, 12px);
    gap: 4px;
    margin-block: 0.5rem;
  }

  :host([layout='compact']) .marks {
    grid-template-columns: repeat(10, 10px);
    gap: 3px;
  }

  /* As wide as its column; as high as wide. */
  .mark {
    aspect-ratio: 1;
    border-radius: 50%;
    border: 2px solid var(--_muted);
  }

  .mark.ready {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .section {
    margin-block-start: 1.1rem;
  }

  .section h3 {
    font-size: 1em;
    margin-block-end: 0.4rem;
  }

  .objectives {
    display: grid;
    gap: 0.4rem;
    padding: 0;
    list-style: none;
    counter-reset: objective;
  }

  .objectives li {
    display: grid;
    grid-template-columns: 1.8rem 1fr;
    align-items: baseline;
    counter-increment: objective;
  }

  .objectives li::before {
    content: counter(objective);
    display: grid;
    place-items: center;
    inline-size: 1.4rem;
    block-size: 1.4rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
    font-size: 0.8rem;
    font-weight: 700;
  }

  .us {
    padding: 0.8rem;
    border-inline-start: 4px solid var(--_highlight);
    background: var(--_subtle);
    border-radius: 0 calc(var(--_radius) * 0.7) calc(var(--_radius) * 0.7) 0;
  }

  .source {
    margin-block-start: 1rem;
  }

  @container (min-width: 560px) {
    .figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .figure.force {
      grid-column: 1 / -1;
    }

    :host([layout='compact']) .figures {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }

    :host([layout='compact']) .figure.force {
      grid-column: auto;
    }

    h2 {
      font-size: 1.6em;
    }
  }
`;
