// Print, forced colours and reduced motion, for tests: the page as printed, in the reader's forced
// colours, or for a reader who asks for reduced motion.
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

export type Medium = 'print' | 'forced colours' | 'reduced motion';
export type Scheme = 'light' | 'dark';

/**
 * How a medium is emulated: `'browser'` in Chromium (DevTools, test/support/media-emulation.mjs):
 * the browser's own print media, forced colours in its light or dark palette, and media queries.
 * Firefox and WebKitGTK have no command for it here; there it is `'style sheets'`: the `@media` rules
 * for the medium in the style sheets of the kit's elements are switched on (and those for the
 * screen, in print, off), so that the browser's own cascade applies them; but the browser itself
 * does nothing else of print or forced colours (it keeps its own system colours, for one; WebKit has
 * no forced colours at all).
 */
export type Emulation = 'browser' | 'style sheets';

/** The media queries a medium answers (switched on) and those it no longer answers (switched off). */
const QUERIES: Record<Medium, { on: RegExp; off?: RegExp }> = {
  print: { on: /^print$/, off: /^screen$/ },
  'forced colours': { on: /^\(forced-colors(:\s*active)?\)$/ },
  'reduced motion': {
    on: /^\(prefers-reduced-motion(:\s*reduce)?\)$/,
    off: /^\(prefers-reduced-motion:\s*no-preference\)$/,
  },
};

const FEATURES: Record<Medium, { media: string; features: { name: string; value: string }[] }> = {
  print: { media: 'print', features: [] },
  'forced colours': { media: '', features: [{ name: 'forced-colors', value: 'active' }] },
  'reduced motion': { media: '', features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
};

const switched: { rule: CSSMediaRule; was: string }[] = [];

/**
 * Makes the page `medium` (forced colours in the `scheme` palette, where the browser has palettes)
 * for the kit's elements `tags`; `endEmulation()` undoes it. Say which in the test's name.
 */
export async function emulate(medium: Medium, tags: readonly string[], scheme: Scheme = 'light'): Promise<Emulation> {
  const { media, features } = FEATURES[medium];
  const inBrowser = await executeServerCommand<boolean, unknown>('emulate-media-features', {
    media,
    features: [...features, { name: 'prefers-color-scheme', value: scheme }],
  });
  if (inBrowser) {
    const query = medium === 'print' ? 'print' : `(${features[0].name}: ${features[0].value})`;
    if (!matchMedia(query).matches) throw new Error(`the browser does not answer ${query} after emulating it`);
    return 'browser';
  }
  const { on, off } = QUERIES[medium];
  for (const sheet of tags.flatMap(sheetsOf)) {
    for (const rule of mediaRules(sheet.cssRules)) {
      const query = rule.media.mediaText.trim();
      const now = on.test(query) ? 'all' : off?.test(query) ? 'not all' : undefined;
      if (!now) continue;
      switched.push({ rule, was: rule.media.mediaText });
      rule.media.mediaText = now;
    }
  }
  return 'style sheets';
}

/** Undoes `emulate()`. */
export async function endEmulation(): Promise<void> {
  for (const { rule, was } of switched.splice(0)) rule.media.mediaText = was;
  await executeServerCommand('emulate-media-features', { media: '', features: [] });
}

/** The style sheets a kit element adopts (shared by every element of its kind). */
function sheetsOf(tag: string): CSSStyleSheet[] {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not defined`);
  return element.elementStyles.flatMap((style) => {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    return sheet ? [sheet] : [];
  });
}

function mediaRules(rules: CSSRuleList): CSSMediaRule[] {
  return [...rules].flatMap((rule) => [
    ...(rule instanceof CSSMediaRule ? [rule] : []),
    ...('cssRules' in rule ? mediaRules((rule as CSSGroupingRule).cssRules) : []),
  ]);
}
