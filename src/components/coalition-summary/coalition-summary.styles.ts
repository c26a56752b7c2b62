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

  h2 {
    font-size: 1.35rem;
    line-height: 1.2;
  }

  .meta,
  .note,
  .source {
    color: var(--_muted);
    font-size: 0.9rem;
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
    font-size: 1rem;
    font-weight: 600;
  }

  .number {
    display: block;
    font-size: 1.8rem;
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

  .range {
    display: block;
    inline-size: 100%;
    block-size: 0.9rem;
    margin-block: 0.5rem 0.2rem;
    border-radius: 3px;
  }

  .range .track {
    fill: var(--_border);
  }

  .range .band {
    fill: var(--_accent);
  }

  .scale {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.8rem;
    font-variant-numeric: tabular-nums;
  }

  .section {
    margin-block-start: 1.1rem;
  }

  .section h3 {
    font-size: 1rem;
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

  .objectives strong {
    display: block;
  }

  .us {
    padding: 0.8rem;
    border-inline-start: 4px solid var(--_highlight);
    background: var(--_subtle);
    border-radius: 0 calc(var(--_radius) * 0.7) calc(var(--_radius) * 0.7) 0;
  }

  .sought {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-start: 0.4rem;
    padding: 0;
    list-style: none;
  }

  .sought li {
    padding: 0.15rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.9rem;
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
      font-size: 1.6rem;
    }
  }
`;
