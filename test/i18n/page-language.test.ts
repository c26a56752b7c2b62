// A page marked French (<html lang="fr">) asks for the French words and the default story's translation
// while the kit loads, before any widget asks: a widget in the article's HTML waits for a round trip
// started earlier, and one added later shows French at its first render. (A file of its own: its page
// is French from the start, before the kit is evaluated.)
import { expect } from '@open-wc/testing';
import './pages/french-page.js';
import '../../src/coalition-widgets.js';
import { locales } from '../../src/i18n/load-catalogue.js';
import { loading } from '../../src/story/story-in.js';
import { part } from '../support/reading.js';

describe('a page in French', () => {
  it('asks for the French words and story as the kit loads, before any widget is on the page', () => {
    expect(document.querySelector('coalition-summary, quote-card, satellite-compare')).to.equal(null);
    expect(locales.fr, 'the French words asked for').to.not.equal(undefined);
    expect(loading.has('fr'), 'the French story asked for').to.equal(true);
    expect(locales.de, 'no other language').to.equal(undefined);
  });

  it('shows a summary added once they have loaded in French at its first render, without waiting', async () => {
    await Promise.all([locales.fr, loading.get('fr')]);
    const summary = document.createElement('coalition-summary');
    document.body.append(summary);
    try {
      // Lit's first update runs a few microtasks after connecting; a file would arrive in a task of its own.
      for (let turn = 0; turn < 10 && !summary.hasUpdated; turn++) await Promise.resolve();
      expect(summary.hasUpdated, 'rendered in the microtasks after connecting').to.equal(true);
      expect(part(summary, 'base')?.lang).to.equal('fr');
      expect(part(summary, 'headline')?.textContent?.trim(), 'the story in French').to.equal(
        'La coalition des volontaires se réunit au siège de l’OTAN',
      );
    } finally {
      summary.remove();
    }
  });
});
