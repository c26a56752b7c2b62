import { expect } from '@open-wc/testing';
import {
  closestMatch,
  defaultStory,
  describeSatellites,
  formatCount,
  formatDate,
  formatList,
  satelliteFinding,
  unknownNameHelp,
} from '../../src/story/index.js';
import { noteLine } from '../../src/story/format.js';
import { initials } from '../../src/story/initials.js';
import { story as french } from '../../src/story/translations/default-story.fr.js';

describe('story formatting', () => {
  it('writes dates the way the report does', () => {
    expect(formatDate('2025-04-10')).to.equal('10 April 2025');
  });

  it('groups thousands', () => {
    expect(formatCount(10000)).to.equal('10,000');
  });

  // The formatters are written out (Intl's first use costs a page tens of milliseconds); they must
  // say exactly what Intl's British English says.
  it('writes every month as Intl does in en-GB', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const date of [
      '2025-01-01',
      '2025-02-28',
      '2024-02-29',
      '2025-03-09',
      '2025-04-10',
      '2025-05-31',
      '2025-06-15',
      '2025-07-04',
      '2025-08-20',
      '2025-09-30',
      '2025-10-01',
      '2025-11-11',
      '2025-12-25',
      '1999-12-31',
    ]) {
      expect(formatDate(date), date).to.equal(intl.format(new Date(`${date}T00:00:00Z`)));
    }
  });

  it('writes counts as Intl does in en-GB, with or without a decimal', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
    for (const count of [
      0, 6, 17, 249, 999, 1000, 10000, 30000, 123456, 1234567, 9007199254740991, 1e21, 14.6, 41.5, 1234.5,
    ]) {
      expect(formatCount(count), String(count)).to.equal(intl.format(count));
    }
  });

  it('joins lists as Intl does in en-GB', () => {
    const intl = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    for (const items of [
      [],
      ['France'],
      ['the United Kingdom', 'France'],
      ['the United Kingdom', 'France', 'Austria', 'New Zealand', 'Japan'],
    ]) {
      expect(formatList(items), items.join('|')).to.equal(intl.format(items));
    }
  });

  it('compares the satellite fleets in one sentence', () => {
    expect(describeSatellites(defaultStory.satellites.countries)).to.equal(
      'The United States has 249 military satellites: about 15 times as many as France (17) and about 42 times as many as the United Kingdom (6*).',
    );
  });

  it('states the chart’s finding as its title, naming who reported the figures', () => {
    const { countries } = defaultStory.satellites;
    const [us, france] = countries;

    expect(satelliteFinding(countries, ['the report'])).to.equal(
      'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s, according to the report',
    );
    expect(satelliteFinding(countries, ['the report', 'Bloomberg'], 'United Kingdom')).to.equal(
      'The United States has about 42 times the United Kingdom’s military satellites, according to the report and Bloomberg',
    );
    expect(satelliteFinding([france])).to.equal('France has 17 military satellites');
    expect(
      satelliteFinding([
        { ...us, count: 0 },
        { ...france, count: 0 },
      ]),
    ).to.equal('The United States has 0 military satellites');
    expect(satelliteFinding([])).to.equal('Military satellites by country');
  });
});

describe("a country's note on its figure", () => {
  it("is a line in the story's language, French with its space before the colon", () => {
    const [english, inFrench] = [defaultStory, french].map((story) => story.satellites.countries.find((c) => c.note)!);
    expect(noteLine(english.name, english.note!)).to.equal(`* United Kingdom: ${english.note}`);
    expect(noteLine(inFrench.name, inFrench.note!, 'fr')).to.equal(`* Royaume-Uni\u00a0: ${inFrench.note}`);
    expect(noteLine(inFrench.name, inFrench.note!, 'fr-CA')).to.contain('Royaume-Uni\u00a0:');
  });
});

describe("initials of a post card's avatar", () => {
  it('takes the first character of the first two words, whole', () => {
    expect(initials('John Healey')).to.equal('JH');
    expect(initials('Zoë Çelik Demir')).to.equal('ZÇ');
    expect(initials('u\u0308nal yılmaz')).to.equal('U\u0308Y');
    expect(initials('𝒥ohn 𝒽ealey')).to.equal('𝒥𝒽');
  });

  it('keeps an emoji or a flag whole, and a word that opens with neither', () => {
    expect(initials('👩🏽‍🚀 Ada')).to.equal('👩🏽‍🚀A');
    expect(initials('🇺🇦 Olena')).to.equal('🇺🇦O');
    expect(initials('1st Brigade')).to.equal('1B');
    expect(initials('')).to.equal('');
  });
});

describe('did-you-mean help', () => {
  const ids = defaultStory.quotes.map((quote) => quote.id);

  it('suggests the closest id for a typo', () => {
    expect(closestMatch('healey-planing', ids)).to.equal('healey-planning');
    expect(unknownNameHelp('Healey-Post', ids)).to.equal('Did you mean "healey-post"?');
  });

  it('lists what is known when nothing is close', () => {
    expect(closestMatch('zzz', ['US', 'FR', 'UK'])).to.equal(undefined);
    expect(unknownNameHelp('Germany', ['US', 'FR', 'UK'])).to.equal('Known: "US", "FR", "UK".');
  });
});
