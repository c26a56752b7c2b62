import { expect } from '@open-wc/testing';
import { StorySchema, defaultStory, parseStory, summarizeProblems, type Story } from '../../src/story/index.js';

function copyOfDefault(): Story {
  return structuredClone(defaultStory);
}

function problemsOf(input: unknown): string[] {
  const result = parseStory(input);
  expect(result.ok, 'expected the story to be rejected').to.equal(false);
  return result.ok ? [] : result.problems;
}

describe('parseStory', () => {
  it('accepts the default story unchanged', () => {
    const result = parseStory(copyOfDefault());

    expect(result.ok).to.equal(true);
    expect(result.ok && result.story).to.deep.equal(defaultStory);
  });

  it('names the path, what was expected and what came for a wrong type', () => {
    const story = copyOfDefault() as unknown as { coalition: { participantCount: unknown } };
    story.coalition.participantCount = 'thirty';

    expect(problemsOf(story)).to.deep.equal(['story.coalition.participantCount: expected a number, got "thirty"']);
  });

  it('says which required field is missing', () => {
    const story = copyOfDefault() as Partial<Story>;
    delete story.meeting;

    expect(problemsOf(story)).to.deep.equal(['story.meeting: missing']);
  });

  it('rejects an array and an empty object with plain messages', () => {
    expect(problemsOf([])).to.deep.equal(['story: expected an object, got a list']);
    expect(problemsOf({})).to.include('story.quotes: missing');
    expect(problemsOf(null)[0]).to.equal('story: expected an object, got null');
  });

  it('points into lists by index', () => {
    const story = copyOfDefault() as unknown as { quotes: { text: unknown }[] };
    story.quotes[2].text = 42;

    expect(problemsOf(story)).to.deep.equal(['story.quotes[2].text: expected text, got 42']);
  });

  it('allows only https links to the platform of the post', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      const story = copyOfDefault();
      story.quotes[2].post!.url = url;

      expect(problemsOf(story).join(' '), url).to.match(
        /^story\.quotes\[2\]\.post\.url: expected an https link on x\.com or twitter\.com/,
      );
    }
  });

  it('takes a language tag for the story and for a quote, and refuses anything else', () => {
    const story = copyOfDefault();
    story.lang = 'pt-BR';
    story.quotes[3].lang = 'fr';
    expect(parseStory(story)).to.deep.equal({ ok: true, story });

    story.lang = 'English';
    story.quotes[3].lang = 'fr_FR';
    expect(problemsOf(story)).to.deep.equal([
      'story.lang: expected a language tag such as "en" or "pt-BR", got "English"',
      'story.quotes[3].lang: expected a language tag such as "en" or "pt-BR", got "fr_FR"',
    ]);
  });

  it('rejects negative, fractional and non-numeric counts', () => {
    const cases: [unknown, string][] = [
      [-1, 'expected a number of at least 0, got -1'],
      [2.5, 'expected a whole number, got 2.5'],
      [Number.NaN, 'expected a number, got NaN'],
    ];
    for (const [count, message] of cases) {
      const story = copyOfDefault() as unknown as { satellites: { countries: { count: unknown }[] } };
      story.satellites.countries[0].count = count;

      expect(problemsOf(story)).to.deep.equal([`story.satellites.countries[0].count: ${message}`]);
    }
  });

  it('checks rules that span fields: troops ready within the coalition, min below max, unique ids', () => {
    const story = copyOfDefault();
    story.troops.readyCount = 31;
    story.force.min = 40000;
    story.quotes[1].id = story.quotes[0].id;

    expect(problemsOf(story)).to.deep.equal([
      'story.troops.readyCount: expected at most coalition.participantCount (30), got 31',
      'story.force: expected min (40000) to be at most max (30000)',
      'story.quotes: "healey-planning" appears more than once',
    ]);
  });

  it('summarizes long lists of problems', () => {
    const problems = Array.from({ length: 8 }, (_, index) => `problem ${index}`);

    expect(summarizeProblems(problems)).to.equal('problem 0; problem 1; problem 2; problem 3; problem 4; and 3 more');
  });
});

describe('dist/story.json and dist/story.schema.json', () => {
  it('ships the default story as JSON', async () => {
    const shipped = (await (await fetch('/dist/story.json')).json()) as unknown;

    expect(shipped).to.deep.equal(defaultStory);
  });

  it('ships a JSON Schema made from the same definition the kit validates with', async () => {
    const schema = (await (await fetch('/dist/story.schema.json')).json()) as {
      type: string;
      required: string[];
      properties: {
        coalition: { properties: { participantCount: object } };
        quotes: { items: { required: string[] } };
      };
    };

    expect(schema.type).to.equal('object');
    expect(schema.required).to.have.members(
      Object.entries(StorySchema.entries)
        .filter(([, entry]) => entry.type !== 'optional')
        .map(([key]) => key),
    );
    expect(schema.properties.coalition.properties.participantCount).to.deep.include({ type: 'integer', minimum: 0 });
    expect(schema.properties.quotes.items.required).to.include.members(['id', 'text', 'speaker', 'role', 'setting']);
  });
});
