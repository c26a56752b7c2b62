// A right-to-left language added by a catalogue alone (issue 15): a pseudo language, "ar" here, whose
// catalogue is the English one written in Hebrew letters (strong right-to-left characters), registered
// for this test only. In a right-to-left section (`lang="ar" dir="rtl"`, as such a page marks itself),
// the widgets mirror: their text starts at the right edge, the chart's bars grow from the right, and
// nothing overflows a 280 px column. The widgets' styles use logical properties (start, end, inline,
// block), never left or right.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import { messages as english } from '../../src/i18n/catalogues/en.js';
import type { Catalogue, Message, Messages } from '../../src/i18n/catalogue.js';
import { languages } from '../../src/i18n/language.js';
import { locales } from '../../src/i18n/load-catalogue.js';
import { localeFrom } from '../../src/i18n/locale-from.js';
import { part } from '../support/reading.js';
import { settled } from '../support/waiting.js';

const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשתםןףץ';
/** Latin letters as Hebrew ones; placeholders stay as they are. */
const pseudo = (text: string) =>
  text.replace(/\{\w+\}|[a-z]/gi, (piece) =>
    piece.length > 1 ? piece : HEBREW[(piece.toLowerCase().charCodeAt(0) - 97) % HEBREW.length],
  );
const pseudoMessage = (message: Message): Message =>
  typeof message === 'string'
    ? pseudo(message)
    : { one: pseudo(message.one ?? message.other), other: pseudo(message.other) };

const catalogue: Catalogue = {
  messages: Object.fromEntries(
    Object.entries(english).map(([key, message]) => [key, pseudoMessage(message)]),
  ) as Messages,
  formats: {
    plural: (count) => (count === 1 ? 'one' : 'other'),
    number: [',', '.'],
    range: '{min}–{max}',
    months: [
      'ינואר',
      'פברואר',
      'מרץ',
      'אפריל',
      'מאי',
      'יוני',
      'יולי',
      'אוגוסט',
      'ספטמבר',
      'אוקטובר',
      'נובמבר',
      'דצמבר',
    ],
    date: '{day} ב{month} {year}',
    list: [', ', ' ו'],
  },
};

/** The widget in a 280 px right-to-left section, once rendered. */
async function inRightToLeft(markup: string): Promise<HTMLElement> {
  const section = await fixture<HTMLElement>(
    html`<section lang="ar" dir="rtl" style="inline-size: 280px" .innerHTML=${markup}></section>`,
  );
  const widget = section.firstElementChild as HTMLElement;
  await settled(widget);
  return widget;
}

/** Where a text's first line starts and ends on screen. */
function firstLine(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getClientRects()[0];
}

/**
 * That a block's short text (narrower than the block, or the check could not fail) starts at the
 * block's right edge, inside its padding and border.
 */
function expectStartsAtRight(element: Element, what: string) {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const right = box.right - parseFloat(style.paddingInlineStart) - parseFloat(style.borderInlineStartWidth);
  const left = box.left + parseFloat(style.paddingInlineEnd) + parseFloat(style.borderInlineEndWidth);
  const line = firstLine(element);
  expect(line.width, `${what}: a text shorter than its block`).to.be.below(right - left - 10);
  expect(line.right, `${what} starts at the right edge`).to.be.closeTo(right, 1);
}

/** The elements of a widget's shadow root that show (not clipped for screen readers, not in a closed disclosure). */
function shown(widget: HTMLElement): Element[] {
  return [...widget.shadowRoot!.querySelectorAll('*')].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && !element.closest('.visually-hidden');
  });
}

function expectNoOverflow(widget: HTMLElement) {
  const { left, right } = widget.getBoundingClientRect();
  for (const element of shown(widget)) {
    const box = element.getBoundingClientRect();
    expect(box.left, `${element.localName}.${element.className} starts inside`).to.be.at.least(left - 0.5);
    expect(box.right, `${element.localName}.${element.className} ends inside`).to.be.at.most(right + 0.5);
  }
}

describe('a right-to-left language, added by a catalogue alone', () => {
  before(() => {
    (languages as unknown as string[]).push('ar');
    (locales as Record<string, unknown>).ar = localeFrom('ar' as never, catalogue);
  });
  after(() => {
    (languages as unknown as string[]).pop();
    delete (locales as Record<string, unknown>).ar;
  });

  it('<satellite-compare> writes the pseudo language, right to left: text from the right edge, bars from the right', async () => {
    const chart = await inRightToLeft('<satellite-compare highlight="FR"></satellite-compare>');
    const card = part(chart, 'base')!;
    const title = part(chart, 'title')!;

    expect(card.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expect(title.textContent, 'the title in the pseudo language').to.match(/[א-ת]/);
    expectStartsAtRight(part(chart, 'summary')!, 'the line under the title');

    const rows = [...chart.shadowRoot!.querySelectorAll('.bar-row')].filter((row) => row.querySelector('.bar'));
    const bars = rows.map((row) => row.querySelector('.bar')!.getBoundingClientRect());
    const counts = rows.map((row) => row.querySelector('.count')!.getBoundingClientRect());
    expect(
      new Set(bars.map((bar) => Math.round(bar.right))).size,
      'every bar starts at one line on the right',
    ).to.equal(1);
    expect(new Set(bars.map((bar) => Math.round(bar.width))).size, 'and ends where its count says').to.be.greaterThan(
      1,
    );
    bars.forEach((bar, i) => expect(bar.right, 'each bar left of its figure').to.be.at.most(counts[i].left + 0.5));

    const header = chart.shadowRoot!.querySelector('thead th')!;
    const table = chart.shadowRoot!.querySelector('details')!;
    table.open = true;
    expectStartsAtRight(header, 'the table’s header');
    expectNoOverflow(chart);
  });

  it('<quote-card> and <coalition-summary> mirror too, and fit 280 px', async () => {
    const cases = [
      ['<quote-card quote="healey-objectives"></quote-card>', '.speaker'],
      ['<quote-card quote="healey-post"></quote-card>', '.speaker'],
      ['<coalition-summary></coalition-summary>', 'h3'],
    ];
    for (const [markup, short] of cases) {
      const widget = await inRightToLeft(markup);
      expect(getComputedStyle(part(widget, 'base')!).direction, markup).to.equal('rtl');
      expectStartsAtRight(widget.shadowRoot!.querySelector(short)!, `${markup} ${short}`);
      expectNoOverflow(widget);
    }
  });

  it('<coalition-summary> draws the U.S. position’s rule on the inline-start side, the right, its rounded corners on the left', async () => {
    const summary = await inRightToLeft('<coalition-summary></coalition-summary>');

    const style = getComputedStyle(part(summary, 'us-position')!);
    expect(parseFloat(style.borderRightWidth), 'the rule, at the right').to.be.greaterThan(2);
    expect(parseFloat(style.borderLeftWidth), 'no rule at the left').to.equal(0);
    expect(parseFloat(style.borderTopLeftRadius), 'rounded at the left').to.be.greaterThan(0);
    expect(parseFloat(style.borderTopRightRadius), 'square beside the rule').to.equal(0);
    expect(parseFloat(style.borderBottomRightRadius), 'square beside the rule').to.equal(0);
  });
});
