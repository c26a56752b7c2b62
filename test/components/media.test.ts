// Print, forced colours and reduced motion (issue 14): what a reader notices of each widget on paper,
// in the forced colours of a high-contrast setting, and when asking for reduced motion; and the
// builder's focus ring. Chromium emulates each medium itself; Firefox and WebKitGTK get the kit's own
// @media rules switched on (test/support/media.ts says what that does and does not cover).
import { expect, fixture, html } from '@open-wc/testing';
import { defaultStory } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import type { EmbedBuilder } from '../../src/builder/embed-builder.js';
import '../../src/builder/embed-builder.js';
import {
  colourBehind,
  contrast,
  formatRatio,
  over,
  parseColour,
  systemColour,
  textColour,
  type Rgba,
} from '../support/colours.js';
import { emulate, endEmulation, type Emulation, type Scheme } from '../support/media.js';
import { WIDGET_TAGS, type WidgetTag } from '../support/pages.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { describeAttributes, renderWidget, type Attributes } from '../support/rendering.js';
import { settled } from '../support/waiting.js';

const SCHEMES: Scheme[] = ['light', 'dark'];
const ENDING: Attributes = { credit: 'Chart: The Ledger', 'story-link': 'https://news.example/coalition' };

/** Each widget in each of its looks, with a credit line and a story link where the look has links. */
const LOOKS: { tag: WidgetTag; attributes: Attributes }[] = [
  { tag: 'coalition-summary', attributes: ENDING },
  { tag: 'coalition-summary', attributes: { layout: 'compact' } },
  { tag: 'quote-card', attributes: { quote: 'healey-planning' } },
  { tag: 'quote-card', attributes: { quote: 'healey-post', ...ENDING } },
  { tag: 'satellite-compare', attributes: { ...ENDING } },
  { tag: 'satellite-compare', attributes: { highlight: 'UK' } },
];

const name = (tag: string, attributes: Attributes) => `<${tag} ${describeAttributes(attributes)}>`;

/** Elements of the widget that hold text of their own (a text node with more than white space). */
function textHolders(widget: HTMLElement): Element[] {
  return [...widget.shadowRoot!.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
}

/** What a reader sees of an element: its text, or its tag and class where it has none. */
function label(element: Element): string {
  return shownText(element).slice(0, 50) || `<${element.localName} class="${element.getAttribute('class') ?? ''}">`;
}

/** Every text the reader sees, with its contrast against what is behind it, below `minimum`. */
function textBelow(widget: HTMLElement, minimum: number): string[] {
  return textHolders(widget)
    .filter((element) => isVisible(element))
    .map((element) => ({ element, ratio: contrast(textColour(element), colourBehind(element)) }))
    .filter(({ ratio }) => ratio < minimum)
    .map(({ element, ratio }) => `${label(element)}: ${formatRatio(ratio)}`);
}

/** The drawings that stand for words (X's logo on a post card) below `minimum` against what is behind them. */
function drawingsBelow(widget: HTMLElement, minimum: number): string[] {
  return [...widget.shadowRoot!.querySelectorAll('svg.logo')]
    .map((drawing) => ({
      drawing,
      ratio: contrast(parseColour(getComputedStyle(drawing).fill), colourBehind(drawing)),
    }))
    .filter(({ ratio }) => ratio < minimum)
    .map(({ drawing, ratio }) => `<svg class="${drawing.getAttribute('class')}">: ${formatRatio(ratio)}`);
}

afterEach(endEmulation);

describe('Print, forced colours and reduced motion', () => {
  describe('in print', () => {
    for (const { tag, attributes } of LOOKS) {
      for (const theme of SCHEMES) {
        it(`prints ${name(tag, { ...attributes, theme })} as dark text on a white card, every text at least 4.5:1 against what prints behind it`, async () => {
          const widget = await renderWidget(tag, { ...attributes, theme });

          const how = await emulate('print', WIDGET_TAGS);
          await settled(widget);

          const card = part(widget, 'base')!;
          const paper = colourBehind(card);
          expect(contrast(paper, parseColour('rgb(255, 255, 255)')), `${how}: the card is white`).to.be.below(1.1);
          expect(contrast(textColour(card), paper), `${how}: the card's text is dark`).to.be.at.least(12);
          // Backgrounds print as drawn (browsers leave them out by default): the contrasts below are on paper.
          expect(getComputedStyle(widget).printColorAdjust, `${how}: print-color-adjust`).to.equal('exact');
          expect(textBelow(widget, 4.5), `${how}: text below 4.5:1`).to.deep.equal([]);
          expect(drawingsBelow(widget, 3), `${how}: drawings below 3:1`).to.deep.equal([]);
        });
      }

      it(`prints every fact ${name(tag, attributes)} shows, the report's sentences behind its sources and its links' addresses, and none of its controls`, async () => {
        const widget = await renderWidget(tag, attributes);
        const tableDisclosure = widget.shadowRoot!.querySelector('details:has([part="table"])');
        // "More" opens onto text that prints: on paper the word would be a control.
        const moreLines = [...widget.shadowRoot!.querySelectorAll('[part="evidence"] .more')];
        const onScreen = textHolders(widget).filter(
          (element) => isVisible(element) && !moreLines.some((line) => line.contains(element)),
        );
        const behindMore = [...widget.shadowRoot!.querySelectorAll('details:has(.more) > :not(summary)')];
        const sentences = [...widget.shadowRoot!.querySelectorAll('[part="evidence"] q')];
        const links = [...widget.shadowRoot!.querySelectorAll('a[href]')];

        const how = await emulate('print', WIDGET_TAGS);
        await settled(widget);

        // Controls are left out: the figures' table (its counts are printed beside the bars already) and
        // the buttons (the chart's "Get the data", the quote card's copy buttons).
        const facts = onScreen.filter((element) => !tableDisclosure?.contains(element) && !element.closest('button'));
        expect(
          facts.filter((element) => !isVisible(element)).map(label),
          `${how}: what the screen shows and paper does not`,
        ).to.deep.equal([]);
        if (tableDisclosure) expect(isVisible(tableDisclosure), `${how}: the table's disclosure`).to.equal(false);
        expect(
          behindMore.filter((element) => !isVisible(element)).map(label),
          `${how}: what waits behind "More"`,
        ).to.deep.equal([]);
        expect(moreLines.filter((line) => isVisible(line)).map(label), `${how}: "More" lines`).to.deep.equal([]);
        if (tag === 'coalition-summary') expect(behindMore.length, 'notes behind "More"').to.be.greaterThan(0);
        if (tag === 'satellite-compare') {
          expect(shownText(widget)).to.include('249').and.include('17');
          expect(isVisible(part(widget, 'chart')), `${how}: the bars`).to.equal(true);
          expect(isVisible(part(widget, 'get-data')), `${how}: the "Get the data" button`).to.equal(false);
        }
        expect(
          sentences.filter((sentence) => !isVisible(sentence)).map(label),
          `${how}: the report's sentences left in closed disclosures`,
        ).to.deep.equal([]);
        if (tag !== 'quote-card') expect(sentences.length, 'sentences of the report').to.be.greaterThan(0);
        // A source line reads as a line of text: no disclosure triangle in front of it.
        for (const summary of widget.shadowRoot!.querySelectorAll('summary')) {
          if (!isVisible(summary)) continue;
          expect(getComputedStyle(summary).listStyleType, label(summary)).to.equal('none');
          expect(
            getComputedStyle(summary).backgroundImage,
            `${how}: a triangle drawn in front of ${label(summary)}`,
          ).to.equal('none');
        }
        // Nor a button: the chart's "Get the data" and the quote card's copy buttons are left out.
        const buttons = [...widget.shadowRoot!.querySelectorAll('button')];
        if (tag === 'quote-card') expect(buttons.length, 'copy buttons on screen').to.equal(2);
        expect(buttons.filter((button) => isVisible(button)).map(label), `${how}: buttons`).to.deep.equal([]);
        // Each link prints its address after its words (generated content, which no DOM API reads as text).
        for (const link of links) {
          const after = getComputedStyle(link, '::after').content;
          expect(after, `${how}: what follows "${label(link)}"`).to.match(/attr\(href\)|https?:/);
        }
        const linked = !!attributes['story-link'] || attributes.quote === 'healey-post';
        expect(links.length > 0, 'links on the card').to.equal(linked);
      });
    }
  });

  describe('in forced colours', () => {
    for (const palette of SCHEMES) {
      for (const layout of ['full', 'compact']) {
        it(`<coalition-summary layout="${layout}">: the countries reportedly considering troops are filled marks, the others rings, each at least 3:1 against Canvas (${palette} palette)`, async () => {
          const summary = await renderWidget('coalition-summary', { layout, theme: palette });

          const how = await emulate('forced colours', WIDGET_TAGS, palette);
          await settled(summary);

          const canvas = canvasOf(summary, how);
          // One path of filled circles (the ready), one of rings.
          const [ready, others] = [...summary.shadowRoot!.querySelectorAll<SVGPathElement>('.marks path')];
          const circles = (path: SVGPathElement) => path.getAttribute('d')!.match(/M/g)?.length ?? 0;
          expect(circles(ready), 'filled marks').to.equal(defaultStory.troops.readyCount);
          expect(circles(ready) + circles(others), 'marks').to.equal(defaultStory.coalition.participantCount);
          expect(contrast(fillOf(ready, canvas), canvas), `${how}: the fill of the ready`).to.be.at.least(3);
          expect(getComputedStyle(others).fill, `${how}: the others, rings`).to.equal('none');
          for (const path of [ready, others]) {
            const ring = over(parseColour(getComputedStyle(path).stroke), canvas);
            expect(contrast(ring, canvas), `${how}: the outline of each mark`).to.be.at.least(3);
            expect(parseFloat(getComputedStyle(path).strokeWidth), 'outline width').to.be.at.least(1);
          }
          // Forced colours leave out background gradients: each disclosure keeps its native triangle.
          for (const line of summary.shadowRoot!.querySelectorAll('summary'))
            expect(getComputedStyle(line).listStyleType, `${how}: ${shownText(line)}`).not.to.equal('none');
        });
      }

      it(`<quote-card> of a post: the initials keep a ring at least 3:1 against Canvas, as forced colours drop their fill (${palette} palette)`, async () => {
        const card = await renderWidget('quote-card', { quote: 'nauditt-post', theme: palette });

        const how = await emulate('forced colours', WIDGET_TAGS, palette);
        await settled(card);

        const canvas = canvasOf(card, how);
        const avatar = card.shadowRoot!.querySelector('.avatar')!;
        const style = getComputedStyle(avatar);
        expect(parseFloat(style.borderTopWidth), `${how}: the ring's width`).to.be.at.least(1);
        expect(contrast(over(parseColour(style.borderTopColor), canvas), canvas), `${how}: the ring`).to.be.at.least(3);
      });

      for (const highlight of [undefined, 'UK']) {
        const attributes = { highlight, theme: palette };
        it(`${name('satellite-compare', attributes)}: every bar at least 3:1 against Canvas, its track${highlight ? ', the highlighted one in Highlight, unlike the others' : ''} (${palette} palette)`, async () => {
          const chart = await renderWidget('satellite-compare', attributes);

          const how = await emulate('forced colours', WIDGET_TAGS, palette);
          await settled(chart);

          const canvas = canvasOf(chart, how);
          const rows = [...chart.shadowRoot!.querySelectorAll('[part="chart"] li')];
          const bars = rows.map((row) => {
            const rect = row.querySelector('rect')!;
            const track = over(parseColour(getComputedStyle(row.querySelector('svg')!).backgroundColor), canvas);
            const style = getComputedStyle(rect);
            return { row, track, colour: over(parseColour(style.fill), track, Number(style.fillOpacity)) };
          });
          expect(bars.length, 'bars').to.equal(3);
          for (const { row, track } of bars) {
            expect(contrast(track, canvas), `${how}: ${label(row)}'s track is Canvas`).to.be.below(1.1);
          }
          const highlighted = bars.filter(({ row }) => row.classList.contains('highlighted'));
          const others = bars.filter(({ row }) => !row.classList.contains('highlighted'));
          expect(highlighted.length, 'highlighted bars').to.equal(highlight ? 1 : 0);
          for (const { row, colour } of others) {
            expect(contrast(colour, canvas), `${how}: ${label(row)} against Canvas`).to.be.at.least(3);
            // In the reader's text colour, quiet or not: an author's grey may fade into the reader's Canvas.
            expect(colour, `${how}: ${label(row)}`).to.deep.equal(over(systemColour('CanvasText', chart), canvas));
          }
          for (const { row, colour } of highlighted) {
            expect(label(row)).to.include('United Kingdom');
            expect(colour, `${how}: the highlighted bar`).to.deep.equal(over(systemColour('Highlight', chart), canvas));
            // Without forced colours (Firefox here) Highlight is the desktop's selection colour, made to stand
            // behind HighlightText, not against Canvas (2.9:1 in GTK's light theme); the palettes of forced
            // colours set it against Canvas too, as Chromium's light and dark ones do.
            if (how === 'browser')
              expect(contrast(colour, canvas), `${how}: ${label(row)} against Canvas`).to.be.at.least(3);
            for (const other of others) {
              expect(other.colour, `${how}: ${label(other.row)} unlike ${label(row)}`).not.to.deep.equal(colour);
            }
          }
        });
      }

      for (const { tag, attributes } of LOOKS) {
        it(`${name(tag, attributes)} is readable: every text at least 4.5:1 against what is behind it (${palette} palette)`, async () => {
          const widget = await renderWidget(tag, { ...attributes, theme: palette });

          const how = await emulate('forced colours', WIDGET_TAGS, palette);
          await settled(widget);

          if (how === 'browser') expect(colourBehind(part(widget, 'base')!)).to.deep.equal(canvasOf(widget, how));
          expect(textBelow(widget, 4.5), `${how}: text below 4.5:1`).to.deep.equal([]);
          expect(drawingsBelow(widget, 3), `${how}: drawings below 3:1`).to.deep.equal([]);
        });
      }
    }
  });

  describe('with reduced motion', () => {
    for (const { tag, attributes } of LOOKS) {
      it(`${name(tag, attributes)} does not move: no transition, no animation`, async () => {
        const widget = await renderWidget(tag, attributes);

        const how = await emulate('reduced motion', WIDGET_TAGS);
        await settled(widget);

        expect(moving(widget), how).to.deep.equal([]);
      });
    }

    it('<embed-builder> does not move: no transition, no animation', async () => {
      const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);

      const how = await emulate('reduced motion', ['embed-builder', ...WIDGET_TAGS]);
      await settled(builder);

      expect(moving(builder), how).to.deep.equal([]);
    });
  });

  describe("the builder's focus ring", () => {
    const focusable = [
      ['a text field', 'input[name="kit-url"]'],
      ['a radio button', 'input[type="radio"]'],
      ['a checkbox', 'input[type="checkbox"]'],
      ['a snippet', 'pre'],
      ['a Copy button', 'button'],
    ];
    for (const [what, selector] of focusable) {
      it(`around ${what} is at least 3:1 against the light page and against the builder's dark snippet and dark preview`, async () => {
        const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
        const element = builder.shadowRoot!.querySelector<HTMLElement>(selector)!;

        element.focus();
        await settled(builder);

        expect(element.matches(':focus-visible'), `${selector} shows its focus`).to.equal(true);
        const style = getComputedStyle(element);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth), 'ring width').to.be.at.least(2);
        const ring = parseColour(style.outlineColor);
        const page = colourBehind(element.parentElement!);
        const snippet = parseColour(getComputedStyle(builder.shadowRoot!.querySelector('pre')!).backgroundColor);
        const darkPreview = darkPreviewBackground(builder);
        for (const [where, background] of [
          ['the page', page],
          ['the snippet', snippet],
          ['the dark preview', darkPreview],
        ] as const) {
          expect(contrast(ring, background), `ring against ${where}`).to.be.at.least(3);
        }
        expect(contrast(page, parseColour('rgb(255, 255, 255)')), 'the page is light').to.be.below(1.1);
        expect(contrast(snippet, parseColour('rgb(0, 0, 0)')), 'the snippet is dark').to.be.below(1.5);
      });
    }
  });
});

/** The reader's Canvas where `widget` is: in Chromium's forced colours the card is painted in it. */
function canvasOf(widget: HTMLElement, how: Emulation): Rgba {
  const canvas = systemColour('Canvas', widget);
  if (how === 'browser') expect(colourBehind(part(widget, 'base')!), 'the card in Canvas').to.deep.equal(canvas);
  return canvas;
}

/** A mark's fill as drawn over `canvas`. */
function fillOf(mark: Element, canvas: Rgba): Rgba {
  return over(parseColour(getComputedStyle(mark).fill), canvas);
}

/** The dark preview's background, read from the builder's own styles (the preview is dark for theme="dark"). */
function darkPreviewBackground(builder: EmbedBuilder): Rgba {
  const preview = document.createElement('figure');
  preview.className = 'preview dark';
  builder.shadowRoot!.append(preview);
  try {
    return parseColour(getComputedStyle(preview).backgroundColor);
  } finally {
    preview.remove();
  }
}

/** Whatever moves in `host`'s shadow tree (and in the shadow trees inside it): transitions and animations. */
function moving(host: Element): string[] {
  const found: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const durations = [style.transitionDuration, style.animationDuration].join(',').split(',');
        const moves = durations.some((duration) => parseFloat(duration) > 0) || style.animationName !== 'none';
        if (moves) found.push(`${label(element)}${pseudo ?? ''}: ${style.transition} ${style.animation}`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    for (const animation of root.getAnimations()) found.push(`an animation: ${animation.constructor.name}`);
  };
  visit(host.shadowRoot!);
  return found;
}
