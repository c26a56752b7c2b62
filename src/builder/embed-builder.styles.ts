import { css } from 'lit';

export const embedBuilderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: #1b1d21;
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
  }

  /* minmax(0, …): a column never grows past the builder for a wide preview or snippet (phones). */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }

  @container (min-width: 900px) {
    .layout {
      grid-template-columns: 18rem minmax(0, 1fr);
    }
  }

  form {
    display: grid;
    gap: 1rem;
    align-content: start;
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0.6rem 0.8rem 0.8rem;
    border: 1px solid #c9ced6;
    border-radius: 8px;
  }

  legend {
    padding: 0 0.3rem;
    font-weight: 600;
  }

  /* A choice inside a group: its options on one line where they fit. */
  fieldset.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin-block: 0.5rem;
    padding: 0;
    border: 0;
  }

  fieldset.inline legend {
    padding: 0;
    font-weight: normal;
  }

  .choice {
    display: flex;
    gap: 0.45rem;
    align-items: baseline;
    padding-block: 0.15rem;
  }

  label.field {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }

  input[type='text'],
  input[type='url'],
  select {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid #8a919e;
    border-radius: 6px;
    background: #ffffff;
    color: #1b1d21;
  }

  /* The column's width: a percentage, so that the widest option does not widen the column. */
  select {
    inline-size: 100%;
  }

  /* WebKit lays a select out as wide as its widest option and lets that widen the page beyond the select's
     own box: what passes the field's edge is clipped (the focus ring stays inside its padding). */
  label.field:has(select) {
    overflow: hidden;
    padding: 3px;
    margin-inline: -3px;
  }

  .hint {
    margin: 0.2rem 0 0;
    color: #596070;
    font-size: 0.85rem;
  }

  .hint.warning,
  .blocked {
    color: #8c1d18;
    font-weight: 600;
  }

  .blocked {
    margin: 0.4rem 0;
    font-size: 0.9rem;
  }

  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }

  h4 {
    margin: 0.75rem 0 0;
    font-size: 0.9rem;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25rem;
    align-items: start;
  }

  /* In the embed page's type (src/embed/embed.css), as an iframe shows the widget: the phone preview's
     height is the iframe snippet's (an article's own type is not known here). */
  .preview {
    font:
      16px system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    box-sizing: border-box;
    margin: 0;
    padding: 0.75rem;
    border: 1px dashed #8a919e;
    border-radius: 8px;
    background: #ffffff;
  }

  .preview.dark {
    background: #0e1014;
  }

  /* The widget itself gets 360 px where there is room; on a phone, what the phone has. */
  .preview.phone {
    inline-size: calc(360px + 1.5rem + 2px);
    max-inline-size: 100%;
  }

  .preview.desktop {
    flex: 1 1 30rem;
    max-inline-size: 720px;
  }

  .preview figcaption {
    margin-block-end: 0.5rem;
    color: #596070;
    font-size: 0.8rem;
  }

  .preview.dark figcaption {
    color: #c3c9d3;
  }

  .snippet {
    margin-block-start: 1.25rem;
  }

  /* A URL in a hint may break anywhere rather than widen the page on a phone. */
  .hint code {
    overflow-wrap: anywhere;
  }

  /* A command line's options (--width) stay whole: browsers would break a line between their hyphens. */
  .hint code.command span {
    white-space: nowrap;
  }

  pre {
    margin: 0.4rem 0;
    padding: 0.75rem;
    overflow: auto;
    max-block-size: 16rem;
    border-radius: 8px;
    background: #15181e;
    color: #eceff4;
    font-size: 0.8rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 1px solid #0b57a4;
    border-radius: 6px;
    background: #0b57a4;
    color: #ffffff;
    cursor: pointer;
  }

  button:disabled {
    border-color: #8a919e;
    background: #e4e7ec;
    color: #3d4350;
    cursor: not-allowed;
  }

  /* At least 3:1 against every background it meets: 4.5:1 on white, 4.2:1 on the demo page's
     #f6f7f9, 3.9:1 on the dark snippet and dark preview (the amber it replaces had 1.7:1 on white). */
  button:focus-visible,
  input:focus-visible,
  pre:focus-visible {
    outline: 3px solid #b36200;
    outline-offset: 2px;
  }

  .status {
    min-block-size: 1.4em;
    margin: 0.5rem 0 0;
    color: #1d6b2f;
  }
`;
