// The report's sentences behind a claim (the sources' disclosure) in a translated story (issue 15): each
// sentence shown in translation says so, and the reader can read the words as the report has them, in
// their language. The French story is given through <coalition-data>, as a newsroom would give its own.
import { expect } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import { defaultStory, type CoalitionData, type Story } from '../../src/coalition-widgets.js';
import { story as frenchStory } from '../../src/story/translations/default-story.fr.js';
import { story as germanStory } from '../../src/story/translations/default-story.de.js';
import { story as polishStory } from '../../src/story/translations/default-story.pl.js';
import { story as ukrainianStory } from '../../src/story/translations/default-story.uk.js';
import { isVisible, shownText } from '../support/reading.js';
import { forEachRendering, renderMarkup } from '../support/rendering.js';

/** Renders `tag` in a <coalition-data> given `story`, on a page in `pageLang`, its sources' disclosures open. */
async function renderWithSources(tag: string, story: Story, pageLang: string): Promise<HTMLDetailsElement[]> {
  document.documentElement.lang = pageLang;
  const { root } = await renderMarkup(`<coalition-data><${tag}></${tag}></coalition-data>`, {
    beforeConnect: (root) => (root.querySelector<CoalitionData>('coalition-data')!.data = story),
  });
  const disclosures = [
    ...root.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="evidence"]'),
  ];
  for (const details of disclosures) details.open = true;
  return disclosures;
}

/** The quotation marks the browser draws round `q` (its open-quote and close-quote, from its `quotes`). */
function marksRound(q: Element): string[] {
  return [...getComputedStyle(q).quotes.matchAll(/"([^"]*)"/g)].map(([, mark]) => mark).slice(0, 2);
}

/** Every excerpt a story's claims rest on: the coalition's, the troops', the force's, the objectives', the U.S. position's, the satellites'. */
function excerptsOf(story: Story) {
  return [
    ...(story.coalition.evidence ?? []),
    ...(story.troops.evidence ?? []),
    ...(story.force.evidence ?? []),
    ...story.objectives.flatMap((objective) => objective.evidence ?? []),
    ...(story.usPosition.evidence ?? []),
    ...(story.satellites.evidence ?? []),
  ];
}

/** The report's sentences in the disclosures (a summary's disclosure also holds its note, a paragraph without a quotation). */
const sentencesIn = (disclosures: HTMLDetailsElement[]) =>
  disclosures.flatMap((details) => [...details.querySelectorAll(':scope > p')].filter((p) => p.querySelector('q')));

describe('the sources’ sentences of a story in translation', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() =>
    pageLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = pageLang),
  );

  forEachRendering(() => {
    for (const tag of ['coalition-summary', 'satellite-compare']) {
      it(`<${tag}>: each sentence in French says it is translated, and holds the English as the report has it`, async () => {
        const disclosures = await renderWithSources(tag, frenchStory, 'fr');
        const sentences = sentencesIn(disclosures);
        expect(sentences.length, 'sentences shown').to.be.greaterThan(0);
        const excerpts = excerptsOf(frenchStory);

        for (const sentence of sentences) {
          const [translation, original] = sentence.querySelectorAll('q');
          const excerpt = excerpts.find((each) => each.excerpt === translation.textContent)!;
          expect(excerpt, `a sentence of the story: ${translation.textContent}`).to.not.equal(undefined);
          expect(translation.matches(':lang(fr)'), 'the translation is read as French').to.equal(true);
          expect(excerpt.original, 'every sentence of the French story is a translation').to.not.equal(undefined);
          expect(shownText(sentence), 'says so').to.include('Traduit de l’anglais');
          expect(original.getAttribute('lang')).to.equal('en');
          expect(original.matches(':lang(en)'), 'the original is read as English').to.equal(true);
          expect(original.textContent).to.equal(excerpt.original!.text);
          expect(isVisible(original), 'the reader sees the original').to.equal(true);
          // French marks round French words; a sentence that holds a quotation goes in the other ones.
          const french = /«/.test(translation.textContent) ? ['“', '”'] : ['«\u202f', '\u202f»'];
          expect(marksRound(translation), 'French marks round French words').to.deep.equal(french);
          // A sentence that holds a quotation of its own goes in single marks, as English nests them.
          const english = /["“”]/.test(original.textContent) ? ['‘', '’'] : ['“', '”'];
          expect(marksRound(original), 'English marks round English words').to.deep.equal(english);
        }
      });
    }

    const stories = { en: defaultStory, fr: frenchStory, de: germanStory, pl: polishStory, uk: ukrainianStory };
    for (const [lang, story] of Object.entries(stories)) {
      it(`nests a quotation inside a sentence in other marks than the sentence’s own (${lang})`, async () => {
        const disclosures = await renderWithSources('coalition-summary', structuredClone(story), lang);
        const quoting = sentencesIn(disclosures)
          .flatMap((sentence) => [...sentence.querySelectorAll('q')])
          .filter((q) => /["“”„«»‚‘’]/.test(q.textContent));

        expect(quoting.length, 'sentences that hold a quotation').to.be.greaterThan(1);
        for (const q of quoting) {
          const marks = marksRound(q).map((mark) => mark.trim());
          const inside = q.textContent.match(/["“”„«»‚‘’]/g)!;
          expect(marks, `the marks round ${q.textContent.slice(0, 30)}…`).not.to.include.members([inside[0]]);
        }
      });
    }

    it('a newsroom’s English story: its sentences say nothing of translation, and are read as English on a French page', async () => {
      // A copy of the default story: a page's own story is shown as it is, never swapped for a translation.
      const disclosures = await renderWithSources('coalition-summary', structuredClone(defaultStory), 'fr');
      const sentences = sentencesIn(disclosures);

      expect(sentences.length).to.be.greaterThan(0);
      for (const sentence of sentences) {
        expect(sentence.querySelectorAll('q').length).to.equal(1);
        expect(sentence.querySelector('q')!.matches(':lang(en)'), 'the report’s words, in English').to.equal(true);
        expect(shownText(sentence)).to.not.include('Traduit');
      }
    });
  });
});
