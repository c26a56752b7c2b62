import { css } from 'lit';

// Sizes in em, from the article's text (the host inherits it): the quote stays larger than the text
// around the card, and its heading as large as the quote, in a 19 px serif page as in a 15 px sans one.
// One size at every width: a size container (for a larger quote in a wide column) about doubled the
// time a page takes to lay out its cards. Flex and block rather than grids, which cost more to lay out.
export const quoteCardStyles = css`
  :host {
    min-block-size: 9em;
  }

  .heading {
    margin-block-end: 0.6rem;
    font-weight: 700;
  }

  .heading,
  blockquote p {
    font-size: 1.15em;
  }

  .lead {
    margin-block-end: 0.3rem;
    font-style: italic;
  }

  blockquote p {
    line-height: 1.5;
  }

  blockquote p + p {
    margin-block-start: 0.5rem;
  }

  .quote blockquote {
    padding-inline-start: 1.1rem;
    border-inline-start: 4px solid var(--_accent);
  }

  .quote blockquote p:first-child::before {
    content: open-quote;
  }

  .quote blockquote p:last-child::after {
    content: close-quote;
  }

  figcaption {
    margin-block-start: 0.85rem;
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
  }

  .speaker {
    font-weight: 700;
  }

  .role,
  .setting {
    color: var(--_muted);
    font-size: 0.92em;
  }

  .post header {
    display: flex;
    align-items: center;
    gap: 0.65rem;
    margin-block-end: 0.75rem;
  }

  .avatar {
    /* Initials in a sans face, as X draws its avatars, unless the widget is given a font of its own. */
    font-family: var(--cw-font-family, system-ui, sans-serif);
    flex: none;
    inline-size: 2.6em;
    line-height: 2.6em;
    text-align: center;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  /* Forced colours drop the avatar's fill; a ring keeps the initials a round badge. */
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }

  .author {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .handle {
    color: var(--_muted);
  }

  .logo {
    flex: none;
    align-self: start;
    margin-inline-start: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  /* As wide as X draws a post at most. */
  .post {
    max-inline-size: 550px;
  }

  .photo {
    margin-block-start: 0.75rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.92em;
  }

  details {
    margin-block-start: 0.5rem;
    color: var(--_muted);
    font-size: 0.92em;
  }

  summary {
    cursor: pointer;
    color: var(--_accent);
  }

  details blockquote {
    margin-block-start: 0.4rem;
  }

  /* The words as said are part of the record: paper shows them. */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }

  .post blockquote p {
    font-size: 1.05em;
  }

  .post footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-block-start: 0.85rem;
    padding-block-start: 0.6rem;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
  }

  /* The date and the link in small print; the buttons as large as on a quote's card. */
  .post footer > :not(.tools) {
    font-size: 0.92em;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-start: 0.75rem;
    font-size: 0.9em;
  }

  /* A post's buttons share its footer's line, as X's do. */
  footer .tools {
    margin: 0;
  }

  /* Until it says what was copied, the live region takes no place (nor a gap): a post's buttons end
     at the footer's edge. */
  [role='status']:empty {
    position: absolute;
  }

  /* Paper cannot press a button. */
  @media print {
    .tools {
      display: none;
    }
  }

  /* A pre-rendered card keeps their place, but shows no button that cannot work before the kit runs. */
  :host(:not(:defined)) .tools {
    visibility: hidden;
  }

  button {
    padding: 0.3em 0.9em;
    border: 1px solid;
    border-radius: 1em;
    background: none;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
`;
