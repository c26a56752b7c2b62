import { expect } from '@open-wc/testing';
import { closestMatch, defaultStory, describeSatellites, formatCount, formatDate, unknownNameHelp } from '../../src/story/index.js';

describe('story formatting', () => {
  it('writes dates the way the report does', () => {
    expect(formatDate('2025-04-10')).to.equal('10 April 2025');
  });

  it('groups thousands', () => {
    expect(formatCount(10000)).to.equal('10,000');
  });

  it('compares the satellite fleets in one sentence', () => {
    expect(describeSatellites(defaultStory.satellites.countries)).to.equal(
      'The United States has 249 military satellites: about 15 times as many as France (17) and about 42 times as many as the United Kingdom (6).',
    );
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
