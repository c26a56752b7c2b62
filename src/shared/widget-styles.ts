import { css } from 'lit';

/**
 * What every widget shares: the theme tokens behind the documented `--cw-*` custom properties,
 * the error message, and text kept for screen readers only.
 */
export const widgetStyles = css`
  :host {
    --_text: var(--cw-color-text, #1b1d21);
    --_muted: var(--cw-color-muted, #596070);
    --_surface: var(--cw-color-surface, #ffffff);
    --_border: var(--cw-color-border, #d5d9e0);
    --_accent: var(--cw-color-accent, #0b57a4);
    --_highlight: var(--cw-color-highlight, #b7860b);
    --_subtle: var(--cw-color-subtle, #eef1f5);
    --_error: var(--cw-color-error, #b3261e);
    --_radius: var(--cw-radius, 10px);
    --_space: var(--cw-space, 1rem);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-inline-size: 0;
    font-family: var(--cw-font-family, inherit);
    line-height: 1.45;
    color: var(--_text);
  }

  :host([theme='dark']) {
    --_text: var(--cw-color-text, #eceff4);
    --_muted: var(--cw-color-muted, #aab2c0);
    --_surface: var(--cw-color-surface, #171a20);
    --_border: var(--cw-color-border, #39404d);
    --_accent: var(--cw-color-accent, #7cb8ff);
    --_highlight: var(--cw-color-highlight, #f2c14e);
    --_subtle: var(--cw-color-subtle, #242a33);
    --_error: var(--cw-color-error, #ffb4ab);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: var(--cw-color-text, #eceff4);
      --_muted: var(--cw-color-muted, #aab2c0);
      --_surface: var(--cw-color-surface, #171a20);
      --_border: var(--cw-color-border, #39404d);
      --_accent: var(--cw-color-accent, #7cb8ff);
      --_highlight: var(--cw-color-highlight, #f2c14e);
      --_subtle: var(--cw-color-subtle, #242a33);
      --_error: var(--cw-color-error, #ffb4ab);
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
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
`;
