// The embed page takes the widget's language from its URL (issue 15): `lang` there becomes the
// page's own `<html lang>`, which the widget reads; a language the kit does not write leaves the page
// and the widget in English, and says so.
import { expect } from '@open-wc/testing';
import { fromSearchParams } from '../../src/embed/embed-options.js';
import { closePages, hasRendered, loadPage } from '../support/pages.js';
import { shownText } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

/** The embed page for `query`, once its chart has rendered. */
async function embeddedChart(query: string) {
  const { document: page } = await loadPage(`/dist/embed.html?widget=satellite-compare&${query}`, { recorder: false });
  const chart = page.querySelector<HTMLElement>('satellite-compare')!;
  await waitFor(() => hasRendered(chart) && chart.shadowRoot!.querySelector('thead th'), 'the chart did not render');
  return { page, chart, header: chart.shadowRoot!.querySelector('thead th')!.textContent.trim() };
}

describe('the embed page’s language', () => {
  afterEach(closePages);

  it('is the one its URL names, and so is its widget’s: lang=uk', async () => {
    const { page, chart, header } = await embeddedChart('lang=uk');

    expect(page.documentElement.lang).to.equal('uk');
    expect(chart.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('uk');
    expect(header).to.equal('Країна');
    expect(shownText(chart)).to.include('Показати таблицею');
    expect(page.querySelector('h1')!.lang, 'the page’s own English heading says so').to.equal('en');
  });

  it('keeps a region, and writes its language: lang=pt-BR', async () => {
    const { page, header } = await embeddedChart('lang=pt-BR');

    expect(page.documentElement.lang).to.equal('pt-BR');
    expect(header).to.equal('País');
  });

  it('stays English for a language the kit does not write, and says which it writes: lang=hu', async () => {
    const { page, chart, header } = await embeddedChart('lang=hu');

    expect(page.documentElement.lang).to.equal('en');
    expect(chart.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(header).to.equal('Country');

    const read = fromSearchParams(new URLSearchParams('widget=satellite-compare&lang=hu'));
    expect(read.ok && read.options.lang).to.equal(undefined);
    expect(read.ok && read.problems).to.deep.equal([
      'lang="\u2068hu\u2069" is not a language the kit writes, so the widget is in English; use "en", "fr", "de", "uk", "pl", "it", "es", "nl", "pt", "sv", "da", "fi", "et", "lv", "lt", "cs", "ro", "ja" (or one with a region, such as "fr-CA").',
    ]);
  });

  it('takes English, with or without a region, without a word: lang=en-GB', async () => {
    const { page, header } = await embeddedChart('lang=en-GB');

    expect(page.documentElement.lang).to.equal('en-GB');
    expect(header).to.equal('Country');
    const read = fromSearchParams(new URLSearchParams('widget=satellite-compare&lang=en-GB'));
    expect(read.ok && read.problems).to.deep.equal([]);
  });
});
