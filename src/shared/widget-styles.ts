import { css } from 'lit';

/**
 * What every widget shares: the theme tokens behind the documented `--cw-*` custom properties,
 * the error message, a claim's evidence and the corrections. A widget defines only the tokens it uses
 * (test/support/tokens.ts checks).
 */
export const widgetStyles = css`
  :host {
    /* Each colour is light-dark(light, dark); the theme attribute sets the color-scheme that picks one. */
    --_text: var(--cw-color-text, light-dark(#1b1d21, #eceff4));
    --_muted: var(--cw-color-muted, light-dark(#596070, #aab2c0));
    --_surface: var(--cw-color-surface, light-dark(#ffffff, #171a20));
    --_border: var(--cw-color-border, light-dark(#d5d9e0, #39404d));
    --_accent: var(--cw-color-accent, light-dark(#0b57a4, #7cb8ff));
    --_error: var(--cw-color-error, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--cw-radius, 10px);
    --_space: var(--cw-space, 1rem);

    color-scheme: light;
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    font-family: var(--cw-font-family, inherit);
    line-height: 1.45;
    color: var(--_text);
    /* A long word or URL in a story wraps rather than push the widget wider than its column. The
       legacy break-word (overflow-wrap: anywhere, as specified) because WebKitGTK 2.50 does not
       let anywhere shrink a grid column under a long Arabic word; break-word does. */
    word-break: break-word;
    /* Printed as drawn: the marks, the objectives' numbers and the avatar are backgrounds. */
    print-color-adjust: exact;
  }

  /* On screen only: paper takes the light theme (below). */
  @media screen {
    :host([theme='dark']) {
      color-scheme: dark;
    }

    /* auto: the page's own scheme when it declares one (PageScheme), else the reader's system. */
    :host([theme='auto']) {
      color-scheme: light dark;
    }

    /* PageScheme sets these states only under theme="auto". */
    :host(:state(page-light)) {
      color-scheme: light;
    }

    :host(:state(page-dark)) {
      color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  [part='error'] {
    margin: 0 0 0.75rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_error);
    font-size: 0.9em;
  }

  h2,
  h3,
  p,
  ol,
  ul,
  figure,
  blockquote {
    margin: 0;
  }

  a {
    color: var(--_accent);
  }

  /* The quotation marks of the quoted words' language, on the quote card's quotes and the sources'
     sentences alike, as the copied citation and the image draw them (src/i18n/quote-marks.ts): the
     story languages' here (French's spaced), the browser's own for others. */
  :is(blockquote, q):lang(en) {
    quotes: '“' '”';
  }

  :is(blockquote, q):lang(fr) {
    quotes: '«\\202f' '\\202f»';
  }

  :is(blockquote, q):lang(de) {
    quotes: '„' '“';
  }

  :is(blockquote, q):lang(uk) {
    quotes: '«' '»';
  }

  :is(blockquote, q):lang(pl) {
    quotes: '„' '”';
  }

  /* A report's sentence that holds a quotation of its own goes in the language's other marks, so
     that none is doubled: ‘“Our plans …,” he continued.’, “« Nos plans … », a-t-il poursuivi.” */
  q.quoting:lang(en) {
    quotes: '‘' '’';
  }

  q.quoting:lang(fr) {
    quotes: '“' '”';
  }

  q.quoting:lang(de) {
    quotes: '‚' '‘';
  }

  q.quoting:lang(uk) {
    quotes: '„' '“';
  }

  q.quoting:lang(pl) {
    quotes: '»' '«';
  }

  [part='evidence'] {
    margin-block-start: 0.4rem;
    font-size: 0.85em;
  }

  summary {
    cursor: pointer;
    color: var(--_accent);
  }

  [part='evidence'] p {
    margin-block-start: 0.3rem;
  }

  /* A sentence shown in translation: a line that says so, then the words as the report has them. */
  .original,
  .original q {
    display: block;
  }

  .original {
    color: var(--_muted);
  }

  .end {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-start: 0.75rem;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .end a {
    font-weight: 600;
  }

  [part='updates'] {
    margin-block-start: 0.75rem;
    font-size: 0.9em;
  }

  /* On paper, in the light theme (a dark card would print pale text on white, as browsers leave
     backgrounds out by default, or spend a page of ink): the report's sentences out of their
     disclosures, links with their address, no table that repeats the bars' figures. */
  @media print {
    /* A closed disclosure hides its content in this box (content-visibility); without a box, nothing hides it. */
    ::details-content {
      display: contents;
    }

    summary {
      list-style: none;
    }

    a::after {
      content: ' ' attr(href);
    }

    details:has(table) {
      display: none;
    }
  }

  /* Read by screen readers only: words that say what the eye sees in the layout. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The two colours of figures and charts (<coalition-summary>, <satellite-compare>). */
export const figureTokens = css`
  :host {
    --_highlight: var(--cw-color-highlight, light-dark(#b7860b, #f2c14e));
    --_subtle: var(--cw-color-subtle, light-dark(#eef1f5, #242a33));
  }

  /* Forced colours: the reader's palette replaces every colour but system colours and those of SVG.
     The marks (backgrounds) and the bars (SVG) take system colours; the rest is left to the palette. */
  @media (forced-colors) {
    .marks,
    .bar {
      --_accent: CanvasText;
      --_muted: CanvasText;
      --_highlight: Highlight;
      --_subtle: Canvas;
    }
  }
`;
