// A page marked French that has a story of its own (a <coalition-data> in its HTML) asks for the French
// words as the kit loads, but not for the translation of the default story, which it does not show.
// (A file of its own: its page is French, with its <coalition-data>, before the kit is evaluated.)
import { expect } from '@open-wc/testing';
import './pages/french-page-with-data.js';
import '../../src/coalition-widgets.js';
import { locales } from '../../src/i18n/load-catalogue.js';
import { loading } from '../../src/story/story-in.js';

describe('a page in French with a story of its own', () => {
  it('asks for the French words as the kit loads, not for the default story in French', () => {
    expect(locales.fr, 'the French words asked for').to.not.equal(undefined);
    expect(loading.has('fr'), 'the default story in French not asked for').to.equal(false);
  });
});
