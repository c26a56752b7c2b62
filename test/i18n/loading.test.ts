// What a widget in another language waits for the first time, and that it asks for all of it at once:
// its language's words, the tables' code and the default story's translation. One after the other,
// a reader in Polish would wait for two or three round trips instead of one. (A file of its own: its
// page has loaded no other language before. Checked in the microtasks after the widget is connected,
// where no file can have arrived yet, whatever the network or the cache.)
import { expect } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import { locales } from '../../src/i18n/load-catalogue.js';
import { loadedStoryIn, loading } from '../../src/story/story-in.js';
import { part } from '../support/reading.js';

describe('a widget in Polish, the first on its page', () => {
  it('asks for its words, the tables’ code and the Polish story at once, before any of them arrives', async () => {
    const chart = document.createElement('satellite-compare');
    chart.lang = 'pl';
    document.body.append(chart);
    try {
      // Lit's first update runs a few microtasks after connecting; a file arrives in a task of its own.
      for (let turn = 0; turn < 10 && !loading.has('pl'); turn++) await Promise.resolve();
      expect(locales.pl, 'the words (with the tables’ code) asked for, not arrived').to.be.instanceOf(Promise);
      expect(loadedStoryIn('pl'), 'the story not arrived').to.equal(undefined);
      expect(loading.has('pl'), 'the story asked for before the words arrive').to.equal(true);

      await chart.updateComplete;
      expect(part(chart, 'base')?.lang).to.equal('pl');
      expect(loadedStoryIn('pl')?.lang).to.equal('pl');
    } finally {
      chart.remove();
    }
  });
});
