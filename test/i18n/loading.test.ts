// What a widget in another language waits for the first time, and that it asks for all of it at once:
// its language's words, the tables' code and the default story's translation. One after the other,
// a reader in Polish would wait for three round trips instead of one. (A file of its own: its page
// has loaded no other language before. The test server holds these files back 30 ms, as a network would.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import type { SatelliteCompare } from '../../src/coalition-widgets.js';
import { part } from '../support/reading.js';

const requested = (pattern: RegExp) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => pattern.test(entry.name))!;

describe('a widget in Polish, the first on its page', () => {
  it('asks for its words, the tables’ code and the Polish story at once', async () => {
    const chart = await fixture<SatelliteCompare>(html`<satellite-compare lang="pl"></satellite-compare>`);
    await chart.updateComplete;
    expect(part(chart, 'base')?.lang).to.equal('pl');
    const words = requested(/\/src\/i18n\/catalogues\/pl\.ts/);
    const tables = requested(/\/src\/i18n\/locale-from\.ts/);
    const story = requested(/\/src\/story\/translations\/default-story\.pl\.ts/);
    const firstArrived = Math.min(words.responseEnd, tables.responseEnd, story.responseEnd);
    expect(Math.max(words.startTime, tables.startTime, story.startTime)).to.be.below(firstArrived);
  });
});
