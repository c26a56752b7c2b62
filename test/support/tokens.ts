// Token tests, as Material Web's createTokenTests: a widget's styles define every private `--_x`
// token they use and use every one they define, and its documented CSS custom properties
// (`@cssprop`, in custom-elements.json) are exactly the `--cw-*` properties its styles read.
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
}

/** The text of every stylesheet `<tag>` adopts. */
function stylesOf(tag: string): string {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not defined`);
  return element.elementStyles
    .map((style: CSSResultOrNative) =>
      style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
    )
    .join('\n');
}

function namesIn(css: string, pattern: RegExp): string[] {
  return [...new Set([...css.matchAll(pattern)].map((match) => match[1]))].sort();
}

const without = (names: string[], others: string[]) => names.filter((name) => !others.includes(name));

/** Adds the token tests of `<tag>` to the enclosing describe. */
export function runTokenTests(tag: string): void {
  describe('design tokens', () => {
    let css = '';
    before(() => (css = stylesOf(tag)));
    const used = () => namesIn(css, /var\(\s*(--_[\w-]+)/g);
    const defined = () => namesIn(css, /(--_[\w-]+)\s*:/g);

    it('defines every private --_ token its styles use', () => {
      expect(used().length, 'private tokens used').to.be.greaterThan(0);
      expect(without(used(), defined()), 'tokens used but never defined').to.deep.equal([]);
    });

    it('uses every private --_ token its styles define', () => {
      expect(without(defined(), used()), 'tokens defined but never used').to.deep.equal([]);
    });

    it('documents (@cssprop, in custom-elements.json) exactly the --cw-* properties its styles read', async () => {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((candidate) => candidate.tagName === tag);
      expect(declaration?.tagName, `<${tag}> in custom-elements.json`).to.equal(tag);
      const documented = (declaration!.cssProperties ?? []).map((property) => property.name).sort();
      const read = namesIn(css, /var\(\s*(--cw-[\w-]+)/g);

      expect(without(read, documented), 'read by the styles but not documented').to.deep.equal([]);
      expect(without(documented, read), 'documented but not read by the styles').to.deep.equal([]);
    });
  });
}
