import * as v from 'valibot';
import { StorySchema, type Story } from './story-schema.js';
import { isolate } from './format.js';

export type ParseResult = { ok: true; story: Story } | { ok: false; problems: string[] };

const MAX_PROBLEMS_LISTED = 5;

/** Checks unknown input (parsed JSON, a property value) against the story schema. */
export function parseStory(input: unknown): ParseResult {
  if (Array.isArray(input)) return failure([`story: expected an object, got a list`]);
  const result = v.safeParse(StorySchema, input);
  if (!result.success) return failure(result.issues.map(describeIssue));
  const inconsistencies = findInconsistencies(result.output);
  return inconsistencies.length ? failure(inconsistencies) : { ok: true, story: result.output };
}

/** One line for an error message: the first problems, and how many more there are. */
export function summarizeProblems(problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED).join('; ');
  const more = problems.length - MAX_PROBLEMS_LISTED;
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

function failure(problems: string[]): ParseResult {
  return { ok: false, problems };
}

type Issue = v.InferIssue<typeof StorySchema>;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  Array: 'a list',
  Object: 'an object',
};

function describeIssue(issue: Issue): string {
  const path = formatPath(issue);
  if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined && issue.path) {
    return `${path}: missing`;
  }
  const expected = issue.kind === 'validation' ? issue.message : (typeNames[issue.expected ?? ''] ?? issue.expected);
  return `${path}: expected ${expected}, got ${shorten(issue.received)}`;
}

function formatPath(issue: Issue): string {
  let path = 'story';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return path;
}

function shorten(text: string): string {
  return isolate(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** Rules one field cannot express on its own. */
function findInconsistencies(story: Story): string[] {
  const problems: string[] = [];
  const { coalition, troops, force } = story;
  if (troops.readyCount > coalition.participantCount) {
    problems.push(
      `story.troops.readyCount: expected at most coalition.participantCount (${coalition.participantCount}), got ${troops.readyCount}`,
    );
  }
  if (force.min > force.max) {
    problems.push(`story.force: expected min (${force.min}) to be at most max (${force.max})`);
  }
  problems.push(
    ...findDuplicates(
      'quotes',
      story.quotes.map((quote) => quote.id),
    ),
  );
  problems.push(
    ...findDuplicates(
      'satellites.countries',
      story.satellites.countries.map((entry) => entry.code),
    ),
  );
  const sources = story.sources?.map((source) => source.id) ?? [];
  problems.push(...findDuplicates('sources', sources));
  const checkEvidence = (path: string, { evidence = [] }: { evidence?: { reportedBy: string }[] }) =>
    evidence.forEach(({ reportedBy }, index) => {
      if (!sources.includes(reportedBy)) {
        problems.push(
          `story.${path}.evidence[${index}].reportedBy: expected an id from story.sources, got "${reportedBy}"`,
        );
      }
    });
  for (const path of ['coalition', 'troops', 'force', 'usPosition', 'satellites'] as const)
    checkEvidence(path, story[path]);
  story.objectives.forEach((objective, index) => checkEvidence(`objectives[${index}]`, objective));
  return problems;
}

function findDuplicates(listPath: string, keys: string[]): string[] {
  const seen = new Set<string>();
  return keys
    .filter((key) => seen.size === seen.add(key).size)
    .map((key) => `story.${listPath}: "${key}" appears more than once`);
}
