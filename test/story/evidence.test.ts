import { expect } from '@open-wc/testing';
import { defaultStory, parseStory, type Evidence, type Story } from '../../src/story/index.js';
import { fetchArticle, isVerbatimIn } from '../support/verbatim.js';

/** Every claim of the story that carries evidence, by its path. */
function claimsOf(story: Story): [string, readonly Evidence[] | undefined][] {
  return [
    ['coalition', story.coalition.evidence],
    ['troops', story.troops.evidence],
    ['force', story.force.evidence],
    ...story.objectives.map((objective, index): [string, readonly Evidence[] | undefined] => [
      `objectives[${index}]`,
      objective.evidence,
    ]),
    ['usPosition', story.usPosition.evidence],
    ['satellites', story.satellites.evidence],
  ];
}

function problemsOf(story: unknown): string[] {
  const result = parseStory(story);
  return result.ok ? [] : result.problems;
}

describe('the evidence of the default story', () => {
  let article: string;
  before(async () => (article = await fetchArticle()));

  for (const [path, evidence = []] of claimsOf(defaultStory)) {
    for (const [index, { excerpt }] of evidence.entries()) {
      it(`${path}.evidence[${index}] is a verbatim excerpt of the report`, () => {
        expect(isVerbatimIn(article, excerpt), excerpt).to.equal(true);
      });
    }
  }

  it('gives the six, the force, the U.S. position, the satellites and the coalition their evidence', () => {
    const withEvidence = claimsOf(defaultStory)
      .filter(([, evidence]) => evidence?.length)
      .map(([path]) => path);

    expect(withEvidence).to.include.members(['coalition', 'troops', 'force', 'usPosition', 'satellites']);
  });

  it('names who reported each claim: the report, AFP as quoted on X by @jurgen_nauditt, Bloomberg', () => {
    const names = Object.fromEntries(defaultStory.sources!.map((source) => [source.id, source.name]));
    const reporters = (evidence: readonly Evidence[] = []) => evidence.map((item) => names[item.reportedBy]);

    expect(reporters(defaultStory.troops.evidence)).to.include.members([
      'the report',
      'AFP, as quoted on X by @jurgen_nauditt, a private account',
    ]);
    expect(reporters(defaultStory.usPosition.evidence)).to.include.members(['the report', 'Bloomberg']);
    expect(reporters(defaultStory.force.evidence)).to.deep.equal(['the report']);
    expect(reporters(defaultStory.satellites.evidence)).to.deep.equal(['the report', 'the report']);
  });

  it('rests the six on the report’s “reportedly” and on the post quoting AFP', () => {
    const excerpts = defaultStory.troops.evidence!.map((item) => item.excerpt).join(' ');

    expect(excerpts).to.include('six among them reportedly considering to contribute their troops');
    expect(excerpts).to.include('have expressed their willingness to send troops');
    expect(excerpts).to.include('the six include the United Kingdom, France, and the Baltic…');
  });
});

describe('what counts as verbatim', () => {
  let article: string;
  before(async () => (article = await fetchArticle()));

  it('accepts the report’s words, with its misspelled names corrected', () => {
    expect(isVerbatimIn(article, 'mainly NATO allies, but also Austria, New Zealand, and Japan')).to.equal(true);
    expect(isVerbatimIn(article, 'Anna van Densky from NATO HQ')).to.equal(true);
  });

  it('accepts editorial insertions in square brackets, present in parentheses or absent', () => {
    expect(isVerbatimIn(article, 'more pressure on [Russian] President [Vladimir] Putin')).to.equal(true);
    expect(isVerbatimIn(article, 'deterrent,” he [Healey] continued.')).to.equal(true);
  });

  it('rejects a changed word, a firmer verb, an insertion without brackets and another misspelling', () => {
    expect(isVerbatimIn(article, 'which could number between 10,000 and 40,000')).to.equal(false);
    expect(isVerbatimIn(article, 'six among them ready to contribute their troops')).to.equal(false);
    expect(isVerbatimIn(article, 'more pressure on Russian President Vladimir Putin')).to.equal(false);
    expect(isVerbatimIn(article, 'Austria, New Zeland, and Japan')).to.equal(false);
  });
});

describe('parseStory and evidence, sources, leads and corrections', () => {
  it('accepts a story without any of them (schemaVersion 1 as first published)', () => {
    const story = structuredClone(defaultStory) as Partial<Story> & Record<string, unknown>;
    delete story.sources;
    for (const [, evidence] of claimsOf(story as Story)) expect(evidence).to.exist;
    story.coalition = { ...story.coalition!, evidence: undefined, initiative: undefined };
    story.troops = { ...story.troops!, evidence: undefined, otherContributions: undefined, reportedBy: 'AFP' };
    story.force = { ...story.force!, evidence: undefined };
    story.objectives = story.objectives!.map(({ id, title, text }) => ({ id, title, text }));
    story.usPosition = { ...story.usPosition!, evidence: undefined };
    story.satellites = { ...story.satellites!, evidence: undefined };
    story.quotes = story.quotes!.map(({ lead: _lead, ...quote }) => quote);
    const json = JSON.parse(JSON.stringify(story)) as unknown;

    expect(problemsOf(json)).to.deep.equal([]);
  });

  it('rejects evidence that names a source the story does not list', () => {
    const story = structuredClone(defaultStory);
    story.force.evidence![0].reportedBy = 'reuters';

    expect(problemsOf(story)).to.deep.equal([
      'story.force.evidence[0].reportedBy: expected an id from story.sources, got "reuters"',
    ]);
  });

  it('rejects a source listed twice, an empty excerpt and an excerpt over 600 characters', () => {
    const story = structuredClone(defaultStory);
    story.sources!.push({ id: 'report', name: 'The report again' });
    story.troops.evidence![0].excerpt = '';
    story.usPosition.evidence![0].excerpt = 'x'.repeat(601);

    expect(problemsOf(story)).to.deep.equal([
      'story.troops.evidence[0].excerpt: expected non-empty text, got 0',
      'story.usPosition.evidence[0].excerpt: expected at most 600 characters, got 601',
    ]);
    story.troops.evidence![0].excerpt = 'six';
    story.usPosition.evidence![0].excerpt = 'x';
    expect(problemsOf(story)).to.deep.equal(['story.sources: "report" appears more than once']);
  });

  it('checks `updated` and the corrections: ISO dates and text', () => {
    const story: Story = structuredClone(defaultStory);
    story.updated = '12 April 2025';
    story.corrections = [
      { date: '2025-04-11', text: 'An earlier version said six countries were ready to send troops.' },
      { date: '2025-4-11', text: '' },
    ];

    expect(problemsOf(story)).to.deep.equal([
      'story.updated: expected a date as YYYY-MM-DD, got "12 April 2025"',
      'story.corrections[1].date: expected a date as YYYY-MM-DD, got "2025-4-11"',
      'story.corrections[1].text: expected non-empty text, got 0',
    ]);
  });

  it('caps a quote’s lead-in at 200 characters and the corrections at 20', () => {
    const story: Story = structuredClone(defaultStory);
    story.quotes[3].lead = 'x'.repeat(201);
    story.corrections = Array.from({ length: 21 }, () => ({ date: '2025-04-11', text: 'A correction.' }));

    expect(problemsOf(story)).to.deep.equal([
      'story.quotes[3].lead: expected at most 200 characters, got 201',
      'story.corrections: expected at most 20 items, got 21',
    ]);
  });
});

describe('dist/story.schema.json and the new fields', () => {
  it('describes sources, evidence, lead-ins, `updated` and corrections, with their limits, as optional', async () => {
    // The parts of a JSON Schema this test reads.
    interface Node {
      type?: string;
      required?: string[];
      properties: Record<string, Node>;
      items: Node;
    }
    const schema = (await (await fetch('/dist/story.schema.json')).json()) as Node;
    const { properties } = schema;

    expect(schema.required).not.to.include.members(['sources', 'updated', 'corrections']);
    expect(properties.updated).to.deep.include({ type: 'string', format: 'date' });
    expect(properties.corrections).to.deep.include({ type: 'array', maxItems: 20 });
    expect(properties.corrections.items.required).to.have.members(['date', 'text']);
    expect(properties.corrections.items.properties.text).to.deep.include({ maxLength: 600 });
    expect(properties.sources.items.required).to.have.members(['id', 'name']);
    const evidence = properties.force.properties.evidence;
    expect(evidence).to.deep.include({ type: 'array', maxItems: 5 });
    expect(evidence.items.required).to.have.members(['reportedBy', 'excerpt']);
    expect(properties.force.required).not.to.include('evidence');
    expect(properties.quotes.items.properties.lead).to.deep.include({ type: 'string', maxLength: 200 });
    expect(properties.troops.required).not.to.include('reportedBy');
  });
});
