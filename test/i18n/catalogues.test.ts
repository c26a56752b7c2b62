import { expect } from '@open-wc/testing';
import type { Catalogue, Message } from '../../src/i18n/catalogue.js';
import { messages as english } from '../../src/i18n/catalogues/en.js';
import { messages as englishProblems } from '../../src/i18n/problems/en.js';
import { messages as englishCopyWords } from '../../src/i18n/copy/en.js';
import { languages } from '../../src/i18n/language.js';

const others = languages.filter((language) => language !== 'en');
const catalogue = (language: string) => import(`../../src/i18n/catalogues/${language}.ts`) as Promise<Catalogue>;
const problems = (language: string) =>
  import(`../../src/i18n/problems/${language}.ts`) as Promise<{ messages: Record<string, Message> }>;

/** What the quote card's copy buttons say (src/i18n/copy/): loaded with the copy code. */
const copyWords = (language: string) =>
  import(`../../src/i18n/copy/${language}.ts`) as Promise<{ messages: Record<string, Message> }>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

/** Numbers the widgets count with: whole numbers, millions (French "many"), one decimal (ratios). */
const samples = [...Array.from({ length: 301 }, (_, n) => n), 1000, 10_000, 1_000_000, 0.5, 1.5, 2.5, 14.6, 21.1];

/**
 * What is wrong with one catalogue against the English one: keys missing or unknown, placeholders
 * that differ in any form, plural forms where English has none, plural categories missing.
 */
function problemsOf(
  reference: Record<string, Message>,
  translated: Record<string, Message>,
  categories: readonly string[],
): string[] {
  const found: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in translated)) found.push(`${key}: missing`);
  for (const key of Object.keys(translated)) if (!(key in reference)) found.push(`${key}: not an English key`);
  for (const [key, message] of Object.entries(translated)) {
    const wanted = reference[key];
    if (wanted === undefined) continue;
    const expected = placeholders(forms(wanted)[0]).join(' ');
    for (const form of forms(message))
      if (placeholders(form).join(' ') !== expected) found.push(`${key}: "${form}" lacks or adds a {placeholder}`);
    if (typeof message === 'object') {
      if (typeof wanted === 'string') found.push(`${key}: plural forms, but English gives it no count`);
      for (const category of categories) if (!(category in message)) found.push(`${key}: no "${category}" form`);
      for (const category of Object.keys(message))
        if (!categories.includes(category)) found.push(`${key}: a "${category}" form the language never uses`);
    }
  }
  return found;
}

describe('the catalogues', () => {
  it('English gives every form of a message the same placeholders', () => {
    for (const [key, message] of Object.entries({ ...english, ...englishProblems, ...englishCopyWords }))
      for (const form of forms(message)) expect(placeholders(form), key).to.deep.equal(placeholders(forms(message)[0]));
  });

  for (const language of others) {
    it(`${language} has every English key, its placeholders and the language's plural forms`, async () => {
      const { messages, formats } = await catalogue(language);
      const { messages: problemWords } = await problems(language);
      // The categories the catalogue's rule uses, and any this browser's Intl names besides.
      const categories = [
        ...new Set([
          ...samples.map(formats.plural),
          ...new Intl.PluralRules(language)
            .resolvedOptions()
            .pluralCategories.filter((category) =>
              samples.some((n) => new Intl.PluralRules(language).select(n) === category),
            ),
        ]),
      ];
      expect(problemsOf(english, messages, categories)).to.deep.equal([]);
      expect(problemsOf(englishProblems, problemWords, categories)).to.deep.equal([]);
      expect(problemsOf(englishCopyWords, (await copyWords(language)).messages, categories)).to.deep.equal([]);
    });
  }

  it('finds a missing key, a lost placeholder and a missing plural form', () => {
    const { closestPartners, ...withoutOne } = english;
    expect(closestPartners).to.be.a('string');
    expect(problemsOf(english, withoutOne, ['one', 'other'])).to.deep.equal(['closestPartners: missing']);
    expect(problemsOf(english, { ...english, updated: 'Mis à jour' }, ['one', 'other'])).to.deep.equal([
      'updated: "Mis à jour" lacks or adds a {placeholder}',
    ]);
    const polish = ['one', 'few', 'many', 'other'];
    expect(
      problemsOf(
        { sources: english.sources },
        { sources: { one: 'Źródło: {names}', other: 'Źródła: {names}' } },
        polish,
      ),
    ).to.deep.equal(['sources: no "few" form', 'sources: no "many" form']);
  });
});
