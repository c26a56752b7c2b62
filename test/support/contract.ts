// The widget contract, in the spirit of Shoelace's runFormControlBaseTests(): what every widget of
// the kit promises, checked by one call in its test file. Theming (light, dark, auto, the accent
// colour, the page's font, no inline styles), the problem contract for its shared attributes,
// a 280 px column, axe in both themes and with an error shown, and its design tokens.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { WidgetTag } from './pages.js';
import { expectNoProblemShown, expectOneProblemReported, watchProblems } from './problems.js';
import { isVisible, part } from './reading.js';
import { describeAttributes, renderWidget, type Attributes } from './rendering.js';
import { runTokenTests } from './tokens.js';
import { settled } from './waiting.js';

export interface WidgetContract {
  tag: WidgetTag;
  /**
   * Attribute sets that draw the widget differently (a layout, a quote or a post on X). Checks of
   * the card run on each; the first is its usual look, for the checks that need one.
   */
  looks: Attributes[];
  /** Mistakes in the widget's own attributes (not theme or loading), to check the error state. */
  mistakes: Mistake[];
  /** Selector, in the shadow root, of body text on the card: its colour follows the theme, its font the page's. */
  text: string;
  /** Everything `--cw-color-accent` colours, as the widget's @cssprop line documents it. */
  accent: AccentUse[];
}

export interface Mistake {
  /** The attributes with the mistake (an attribute left out can be the mistake). */
  attributes: Attributes;
  /** What corrects it; undefined removes an attribute. */
  fix: Attributes;
  /** What the message says besides naming the attribute, such as the values that would work. */
  says?: string[];
}

export interface AccentUse {
  /** What it is, in the words of the documentation. */
  what: string;
  /** The look that shows it (the usual look unless given). */
  look?: Attributes;
  /** Selector in the shadow root, and the pseudo-element if the colour is on one. */
  selector: string;
  pseudo?: '::before' | '::after';
  /** The CSS property that takes the accent colour. */
  property: string;
}

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];
const ACCENT = 'rgb(200, 0, 0)';

/** Adds the contract's tests for one widget to the enclosing describe. */
export function runWidgetContract({ tag, looks, mistakes, text, accent }: WidgetContract): void {
  const [usual] = looks;
  const render = (attributes: Attributes, around?: Parameters<typeof renderWidget>[2]) =>
    renderWidget(tag, attributes, around);

  describe('the widget contract', () => {
    const problems = watchProblems();

    describe('theming', () => {
      for (const scheme of SCHEMES) {
        it(`theme="${scheme}" draws ${scheme === 'dark' ? 'light text on a dark card' : 'dark text on a light card'}`, async () => {
          const widget = await render({ ...usual, theme: scheme });

          expectScheme(widget, scheme, text);
        });
      }

      it('theme set as a property, as React, Vue and Angular set it, draws the dark card too', async () => {
        const widget = await render(usual);

        (widget as HTMLElement & { theme?: string }).theme = 'dark';
        await settled(widget);

        expectScheme(widget, 'dark', text, 'the property theme = "dark"');
      });

      it('theme="auto" on a page that declares no scheme follows the reader\'s (switched both ways where the browser lets a test: Chromium), without an error', async () => {
        const widget = await render({ ...usual, theme: 'auto' });

        expectNoProblemShown(widget);
        expect(problems.eventMessages()).to.have.length(0);
        expect(problems.kitWarnings()).to.have.length(0);
        expect(isVisible(part(widget, 'base'))).to.equal(true);
        // It leaves the choice to the browser, which follows the reader's setting.
        expect(getComputedStyle(widget).colorScheme, 'color-scheme').to.equal('light dark');
        const system = readersScheme();
        expectScheme(widget, system, text, `the reader's ${system} scheme`);
        const other = system === 'dark' ? 'light' : 'dark';
        if (await emulateScheme(other)) {
          try {
            await settled(widget);
            expect(readersScheme(), 'the emulated scheme').to.equal(other);
            expectScheme(widget, other, text, `the reader's ${other} scheme (emulated)`);
          } finally {
            await emulateScheme('');
          }
        }
      });

      // Page declarations the way sites mark their dark mode; each is tried dark, then switched to light.
      const declarations: { how: string; declare: (widget: HTMLElement, scheme: Scheme | '') => void }[] = [
        {
          how: 'data-theme on an ancestor',
          declare: (widget, scheme) => {
            if (scheme) widget.parentElement!.dataset.theme = scheme;
            else delete widget.parentElement!.dataset.theme;
          },
        },
        {
          how: 'a .dark or .light class on <html>',
          declare: (_widget, scheme) => {
            document.documentElement.classList.remove('dark', 'light');
            if (scheme) document.documentElement.classList.add(scheme);
          },
        },
        {
          how: 'color-scheme on the root',
          declare: (_widget, scheme) => (document.documentElement.style.colorScheme = scheme),
        },
      ];
      for (const { how, declare } of declarations) {
        it(`theme="auto" follows the page before the reader's system: ${how}`, async () => {
          const widget = await render({ ...usual, theme: 'auto' });
          const system = readersScheme();
          const other = system === 'dark' ? 'light' : 'dark';
          try {
            declare(widget, other);
            await settled(widget);
            expectScheme(widget, other, text, `a page declaring ${other} on a ${system} system`);

            declare(widget, system);
            await settled(widget);
            expectScheme(widget, system, text, `the page switched to ${system}`);

            if (await emulateScheme(other)) {
              await settled(widget);
              expectScheme(widget, system, text, `a page declaring ${system} on a ${other} system (emulated)`);
              declare(widget, '');
              await settled(widget);
              expectScheme(widget, other, text, `a page declaring nothing: the ${other} system (emulated)`);
            }
          } finally {
            declare(widget, '');
            await emulateScheme('');
          }
        });
      }

      for (const use of accent) {
        it(`--cw-color-accent set by the page colours ${use.what}`, async () => {
          const look = use.look ?? usual;
          const plain = await render(look);
          const widget = await render(look, { customProperties: { '--cw-color-accent': ACCENT } });

          const colour = (of: HTMLElement) => {
            const element = of.shadowRoot!.querySelector(use.selector);
            expect(element !== null, `<${tag} ${describeAttributes(look)}> renders ${use.selector}`).to.equal(true);
            return getComputedStyle(element!, use.pseudo ?? null).getPropertyValue(use.property);
          };
          expect(colour(widget), `${use.property} of ${use.selector}${use.pseudo ?? ''}`).to.equal(ACCENT);
          expect(colour(plain), 'the same without the custom property').not.to.equal(ACCENT);
        });
      }

      it('uses the font of the page around it', async () => {
        const widget = await render(usual, { font: '16px Georgia, serif' });

        const font = getComputedStyle(widget.shadowRoot!.querySelector(text)!).fontFamily;
        expect(font).to.include('Georgia');
        expect(font).to.equal(getComputedStyle(widget.parentElement!).fontFamily);
      });

      for (const look of looks) {
        it(`sets no inline style on the host or in its shadow root (${describeAttributes(look)})`, async () => {
          const widget = await render({ ...look, theme: 'dark' });

          expect(widget.hasAttribute('style')).to.equal(false);
          expect(widget.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
        });
      }
    });

    describe('problems with the attributes every widget has', () => {
      it('refuses theme="neon", naming the themes it supports', async () => {
        const widget = await render({ ...usual, theme: 'neon' });

        await expectOneProblemReported(widget, problems, ['theme="neon"', '"light"', '"dark"', '"auto"']);
      });

      it('refuses loading="soon", naming the values it supports, and renders at once', async () => {
        const widget = await render({ ...usual, loading: 'soon' });

        await expectOneProblemReported(widget, problems, ['loading="soon"', '"eager"', '"lazy"']);
        expect(isVisible(part(widget, 'base')), 'the card is drawn').to.equal(true);
      });

      it('removes the error once the theme is fixed, and reports nothing more', async () => {
        const widget = await render({ ...usual, theme: 'neon' });
        await expectOneProblemReported(widget, problems, ['theme="neon"']);

        widget.setAttribute('theme', 'dark');
        await settled(widget);

        expectNoProblemShown(widget);
        expect(problems.eventMessages()).to.have.length(1);
        expect(problems.kitWarnings()).to.have.length(1);
        expect(problems.pageErrors).to.deep.equal([]);
      });
    });

    describe('problems with its own attributes', () => {
      for (const { attributes: mistake, fix, says = [] } of mistakes) {
        const named = describeAttributes(mistake);
        const message = [...mentions(mistake, fix), ...says];

        it(`reports ${named} once, however often it re-renders while the mistake stays`, async () => {
          const widget = await render(mistake);

          widget.setAttribute('theme', 'dark');
          await settled(widget);
          widget.requestUpdate();
          await settled(widget);

          expect(isVisible(part(widget, 'error'))).to.equal(true);
          expect(problems.eventMessages()).to.have.length(1);
          expect(problems.kitWarnings()).to.have.length(1);
        });

        it(`reports ${named} made after it rendered`, async () => {
          const widget = await render({ ...mistake, ...fix });
          expect(problems.eventMessages()).to.have.length(0);

          setAttributes(widget, { ...without(fix), ...mistake });

          await expectOneProblemReported(widget, problems, message);
        });

        it(`removes the error of ${named} once ${describeAttributes(fix)} corrects it, draws what it would have from the start, and reports nothing more`, async () => {
          const widget = await render(mistake);
          await expectOneProblemReported(widget, problems, message);

          setAttributes(widget, fix);
          await settled(widget);

          expectNoProblemShown(widget);
          const fresh = await render({ ...mistake, ...fix });
          expect(drawn(widget), 'the shadow DOM, against a widget given the right value from the start').to.equal(
            drawn(fresh),
          );
          expect(problems.eventMessages()).to.have.length(1);
          expect(problems.kitWarnings()).to.have.length(1);
          expect(problems.pageErrors).to.deep.equal([]);
        });
      }
    });

    describe('in a narrow column', () => {
      for (const look of looks) {
        it(`fits 280px without horizontal overflow (${describeAttributes(look)})`, async () => {
          const widget = await render(look, { width: 280 });

          expect(widget.getBoundingClientRect().width).to.be.closeTo(280, 0.5);
          expectNoHorizontalOverflow(widget);
        });
      }

      for (const { attributes: mistake } of mistakes) {
        it(`fits 280px while showing an error (${describeAttributes(mistake)})`, async () => {
          const widget = await render(mistake, { width: 280 });

          const error = part(widget, 'error');
          expect(isVisible(error), 'the error is shown').to.equal(true);
          expect(error!.scrollWidth).to.be.at.most(error!.clientWidth);
          expect(error!.getBoundingClientRect().right).to.be.at.most(widget.getBoundingClientRect().right + 0.5);
        });
      }
    });

    describe('accessibility', () => {
      for (const scheme of SCHEMES) {
        for (const look of looks) {
          it(`passes axe in the ${scheme} theme (${describeAttributes(look)})`, async () => {
            const widget = await render({ ...look, theme: scheme });

            expectScheme(widget, scheme, text, 'the colours axe checks');
            await expect(widget).to.be.accessible();
          });
        }

        for (const { attributes: mistake } of mistakes) {
          it(`passes axe while showing an error (${scheme} theme, ${describeAttributes(mistake)})`, async () => {
            const widget = await render({ ...mistake, theme: scheme });

            expect(isVisible(part(widget, 'error')), 'the error is shown').to.equal(true);
            expectScheme(widget, scheme, text, 'the colours axe checks');
            await expect(widget).to.be.accessible();
          });
        }
      }
    });

    runTokenTests(tag);
  });
}

function setAttributes(widget: HTMLElement, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) widget.removeAttribute(name);
    else widget.setAttribute(name, value);
  }
}

/** The same attribute names, each to be removed. */
function without(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.keys(attributes).map((name) => [name, undefined]));
}

/** What a message about the mistake names: `name="value"`, or `name=` for an attribute left out. */
function mentions(mistake: Attributes, fix: Attributes): string[] {
  const names = new Set([...Object.keys(mistake), ...Object.keys(fix)]);
  return [...names].map((name) => (mistake[name] === undefined ? `${name}=` : `${name}="${mistake[name]}"`));
}

/** The widget's shadow DOM as markup, without the comments Lit marks its parts with. */
function drawn(widget: HTMLElement): string {
  return widget.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
}

/**
 * Asserts the widget's colours: a dark card (or error message, where there is no card) with light
 * text, or the other way round. Text is `text` on the card, or the widget's own colour.
 */
function expectScheme(widget: HTMLElement, scheme: Scheme, text: string, context = `theme="${scheme}"`): void {
  const card = part(widget, 'base');
  const surface = card ?? part(widget, 'error');
  const words = card ? widget.shadowRoot!.querySelector(text) : widget;
  expect(surface !== null && words !== null, `<${widget.localName}> shows a card or an error, with text`).to.equal(
    true,
  );
  const background = luminance(getComputedStyle(surface!).backgroundColor);
  const foreground = luminance(getComputedStyle(words!).color);
  if (scheme === 'dark') {
    expect(background, `${context}: luminance of the background`).to.be.below(0.1);
    expect(foreground, `${context}: luminance of the text`).to.be.above(0.6);
  } else {
    expect(background, `${context}: luminance of the background`).to.be.above(0.8);
    expect(foreground, `${context}: luminance of the text`).to.be.below(0.2);
  }
}

/** The colour scheme the reader's system asks for, as the page sees it. */
function readersScheme(): Scheme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Makes the page see `scheme` as the reader's ('' for the real one); false where the browser cannot. */
async function emulateScheme(scheme: Scheme | ''): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme as Scheme });
    return true;
  } catch {
    return false; // Firefox (WebDriver BiDi) and WebKitGTK (WebDriver) have no command for it here
  }
}

/** WCAG relative luminance of a computed `rgb()` colour: 0 for black, 1 for white. */
function luminance(color: string): number {
  const match = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Asserts that nothing inside the widget's base part sticks out sideways. */
export function expectNoHorizontalOverflow(element: Element): void {
  const base = part(element, 'base');
  expect(base !== null, 'a [part~=base] element').to.equal(true);
  expect(base!.scrollWidth, 'scrollWidth of the base part').to.be.at.most(base!.clientWidth);
  const hostBox = element.getBoundingClientRect();
  const baseBox = base!.getBoundingClientRect();
  expect(baseBox.right, 'right edge of the base part').to.be.at.most(hostBox.right + 0.5);
  // Nor out of the box it sits in (a mark sticking out of its tile is overflow a reader sees).
  for (const child of base!.querySelectorAll('*')) {
    if (child.getClientRects().length === 0 || child.closest('.visually-hidden')) continue;
    const box = child.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = `<${child.localName} class="${child.getAttribute('class') ?? ''}">`;
    expect(box.right, `right edge of ${name}`).to.be.at.most(baseBox.right + 0.5);
    const parent = child.parentElement!;
    if (getComputedStyle(parent).display === 'contents' || getComputedStyle(parent).display === 'inline') continue;
    expect(
      box.right,
      `right edge of ${name} inside <${parent.localName} class="${parent.getAttribute('class') ?? ''}">`,
    ).to.be.at.most(parent.getBoundingClientRect().right + 0.5);
  }
}
