import type { Story } from '../story/story-schema.js';
import { parseStory, summarizeProblems } from '../story/parse-story.js';
import { formatCount } from '../story/format.js';

// Loading and validating a page's own story: <coalition-data> imports this file only when it
// needs to, so the validator (valibot and the schema) costs nothing where the default story is used.

export type LoadResult = { ok: true; story: Story } | { ok: false; error: string };

/** Larger than any real story by far; a guard against pasting the wrong URL. */
export const MAX_STORY_BYTES = 1_000_000;

/** How long a story URL may take to answer, body included, before the load fails. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** setTimeout fires at once beyond this (a signed 32-bit count of milliseconds). */
const MAX_TIMEOUT_MS = 2_147_483_647;

const inFlightOrLoaded = new Map<string, Promise<LoadResult>>();

/**
 * Fetches and validates the story at `url`, once per URL however many elements ask; the first
 * request's `timeout` (in milliseconds) applies. A failed load is forgotten, so asking again retries.
 */
export function loadStory(
  url: string,
  { timeout = DEFAULT_TIMEOUT_MS }: { timeout?: number } = {},
): Promise<LoadResult> {
  let absoluteUrl: string;
  try {
    absoluteUrl = new URL(url, document.baseURI).href;
  } catch {
    return Promise.resolve(failure(url, 'it is not a valid URL.'));
  }
  let result = inFlightOrLoaded.get(absoluteUrl);
  if (!result) {
    result = fetchStory(url, absoluteUrl, validTimeout(timeout));
    inFlightOrLoaded.set(absoluteUrl, result);
    // fetchStory never rejects: every failure is a LoadResult.
    void result.then((loaded) => loaded.ok || inFlightOrLoaded.delete(absoluteUrl));
  }
  return result;
}

/** A usable timeout: a positive number of milliseconds, else the default. */
export function validTimeout(timeout: unknown): number {
  return typeof timeout === 'number' && timeout > 0 ? Math.min(timeout, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

function failure(url: string, why: string): LoadResult {
  return { ok: false, error: `Could not load the story from "${url}": ${why}` };
}

function formatSeconds(ms: number): string {
  return `${formatCount(Math.round(ms / 100) / 10)} s`;
}

/**
 * Validates `input` as a story. An invalid one gives `${invalid}: ${what is wrong}.`, for example
 * "The inline story is not valid: story.headline: missing."
 */
export function checkStory(input: unknown, invalid: string): LoadResult {
  try {
    const parsed = parseStory(input);
    return parsed.ok ? parsed : { ok: false, error: `${invalid}: ${summarizeProblems(parsed.problems)}.` };
  } catch (error) {
    // An app's object may throw when read (a getter, a revoked Proxy): that is an error, not a crash.
    return { ok: false, error: `${invalid}: reading it failed (${describeError(error)}).` };
  }
}

/** Parses and validates the text of an inline `<script type="application/json">`. */
export function parseInlineStory(json: string): LoadResult {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      error: `The inline <script type="application/json"> is not valid JSON (${describeError(error)}).`,
    };
  }
  return checkStory(input, 'The inline story is not valid');
}

function describeError(error: unknown): string {
  return typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
}

async function fetchStory(url: string, absoluteUrl: string, timeout: number): Promise<LoadResult> {
  const failed = (why: string) => failure(url, why);
  if (!/^https?:/.test(absoluteUrl)) return failed('only http(s) URLs are allowed.');
  // One deadline for the whole answer: a server may send its headers and then stall.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const timedOut = () => failed(`the server did not answer within ${formatSeconds(timeout)}.`);
  try {
    let response: Response;
    try {
      response = await fetch(absoluteUrl, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (error) {
      return controller.signal.aborted
        ? timedOut()
        : failed(`the network request failed (${(error as Error).message}).`);
    }
    if (!response.ok)
      return failed(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return controller.signal.aborted ? timedOut() : failed(`the answer broke off (${(error as Error).message}).`);
    }
    if (text.length > MAX_STORY_BYTES) {
      return failed(
        `it is ${formatCount(text.length)} characters long; a story may be at most ${formatCount(MAX_STORY_BYTES)}.`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return failed(`it is not valid JSON (${(error as Error).message}).`);
    }
    return checkStory(json, `Could not load the story from "${url}": it is not a valid story`);
  } finally {
    clearTimeout(timer);
  }
}
