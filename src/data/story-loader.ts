import type { Story } from '../story/story-schema.js';
import { parseStory, summarizeProblems } from '../story/parse-story.js';
import { formatCount, isolate } from '../story/format.js';
import { reportProblem } from '../shared/events.js';

// Loading and validating a page's own story: <coalition-data> imports this file only when it
// needs to, so the validator (valibot and the schema) costs nothing where the default story is used.

export type LoadResult = { ok: true; story: Story } | { ok: false; error: string };

/** Larger than any story the schema allows by far; a guard against the wrong URL or an endless answer. */
export const MAX_STORY_BYTES = 1_000_000;

/** How long a story URL may take to answer, body included, from when the request is sent. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** setTimeout fires at once beyond this (a signed 32-bit count of milliseconds). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Stories kept for the page (the most recently asked for), so that going back to one costs nothing. */
const MAX_KEPT = 16;

/**
 * Story requests under way at once. A browser sends at most 6 to one server and queues the rest,
 * where a timeout would run out unseen; the kit queues its own instead, and starts the timeout
 * when it sends the request.
 */
const MAX_PARALLEL = 4;

const TOO_LARGE = `a story may be at most ${formatCount(MAX_STORY_BYTES)} bytes.`;

interface Load {
  result: Promise<LoadResult>;
  /** The elements still waiting for it; when none is left, the request is aborted. */
  waiting: number;
  controller: AbortController;
}

/** Loads under way and loaded stories, by absolute URL, least recently asked for first. */
const loads = new Map<string, Load>();

/** For each element, how to stop waiting for the story it asked for last. */
const waitingFor = new WeakMap<object, () => void>();

export interface LoadOptions {
  /** Milliseconds from sending the request to the end of the answer; see validTimeout. */
  timeout?: number;
  /** Fetch the story again rather than use the page's copy, revalidating any HTTP cache on the way. */
  fresh?: boolean;
  /** The element asking: a story it asked for before, and still waits for, is no longer wanted. */
  owner?: object;
}

/**
 * Fetches and validates the story at `url`, once per URL however many elements ask (the first
 * request's `timeout` applies), and keeps the latest MAX_KEPT stories. A failed load is forgotten,
 * so asking again retries; a load no element waits for any more (each asked for another) is aborted.
 */
export function loadStory(url: string, { timeout, fresh, owner }: LoadOptions = {}): Promise<LoadResult> {
  let absoluteUrl: string;
  try {
    absoluteUrl = new URL(url, document.baseURI).href;
  } catch {
    return Promise.resolve(failure(url, 'it is not a valid URL.'));
  }
  let load = fresh ? undefined : loads.get(absoluteUrl);
  if (!load) {
    const controller = new AbortController();
    load = { controller, waiting: 0, result: fetchStory(url, absoluteUrl, timeout, controller, fresh) };
    const started = load;
    // fetchStory never rejects: every failure is a LoadResult.
    void load.result.then((loaded) => loaded.ok || forget(absoluteUrl, started));
  }
  // Most recently asked for last; the oldest beyond MAX_KEPT are let go.
  loads.delete(absoluteUrl);
  loads.set(absoluteUrl, load);
  for (const oldest of loads.keys()) if (loads.size > MAX_KEPT) loads.delete(oldest);

  const waited = load;
  waited.waiting += 1;
  void waited.result.then(() => (waited.waiting = Infinity)); // settled: nothing left to abort
  if (owner) {
    waitingFor.get(owner)?.();
    let released = false;
    waitingFor.set(owner, () => {
      if (released) return;
      released = true;
      if (--waited.waiting === 0) {
        waited.controller.abort();
        forget(absoluteUrl, waited);
      }
    });
  }
  return waited.result;
}

function forget(absoluteUrl: string, load: Load) {
  if (loads.get(absoluteUrl) === load) loads.delete(absoluteUrl);
}

/**
 * Reports a second `<coalition-data page>` on the page (the first one's story stays the page's):
 * a console warning, and a coalition-error event from the ignored one, naming both.
 */
export function reportSecondPage(ignored: HTMLElement, first: HTMLElement): void {
  const name = (element: HTMLElement) => {
    const src = element.getAttribute('src');
    return `<coalition-data page${src ? ` ${isolate(`src="${src}"`)}` : ''}>`;
  };
  const problem =
    `Two <coalition-data page> elements are on this page: ${name(ignored)} is ignored, and widgets ` +
    `outside any <coalition-data> keep the story of the first one, ${name(first)}.`;
  reportProblem(ignored, problem);
}

/** A usable timeout: a positive number of milliseconds, else the default. */
export function validTimeout(timeout: unknown): number {
  return typeof timeout === 'number' && timeout > 0 ? Math.min(timeout, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

function failure(url: string, why: string): LoadResult {
  return { ok: false, error: `Could not load the story from ${isolate(`"${url}"`)}: ${why}` };
}

function formatSeconds(ms: number): string {
  return `${formatCount(Math.round(ms / 100) / 10)} s`;
}

/**
 * Validates `input` as a story, within the size limit of a story URL (counted as JSON). An
 * invalid one gives `${invalid}: ${what is wrong}.`, for example "The inline story is not valid:
 * story.headline: missing."
 */
export function checkStory(input: unknown, invalid: string): LoadResult {
  try {
    if (jsonSize(input, MAX_STORY_BYTES) > MAX_STORY_BYTES) {
      return {
        ok: false,
        error: `${invalid}: it is too large: more than ${formatCount(MAX_STORY_BYTES)} bytes as JSON; ${TOO_LARGE}`,
      };
    }
    const parsed = parseStory(input);
    return parsed.ok ? parsed : { ok: false, error: `${invalid}: ${summarizeProblems(parsed.problems)}.` };
  } catch (error) {
    // An app's object may throw when read (a getter, a revoked Proxy): that is an error, not a crash.
    return { ok: false, error: `${invalid}: reading it failed (${describeError(error)}).` };
  }
}

/**
 * About how long `value` is as JSON (in characters; escapes aside), counted only until it passes
 * `limit`: an app's object of 100 MB costs no more to refuse than one of 1 MB. An object met twice
 * (a cycle) counts once; the validator says what is wrong with it.
 */
function jsonSize(value: unknown, limit: number, seen = new Set<object>()): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return String(value).length;
  if (seen.has(value)) return 0;
  seen.add(value);
  let size = 2;
  const isList = Array.isArray(value);
  const keys = isList ? value.keys() : Object.keys(value);
  for (const key of keys) {
    size += (isList ? 1 : String(key).length + 4) + jsonSize((value as Record<string, unknown>)[key], limit, seen);
    if (size > limit) break;
  }
  return size;
}

/** Parses and validates the text of an inline `<script type="application/json">`. */
export function parseInlineStory(json: string): LoadResult {
  const invalid = 'The inline story is not valid';
  // Each character is at least a byte: a text longer than the limit need not be encoded to tell.
  if (json.length > MAX_STORY_BYTES || new TextEncoder().encode(json).length > MAX_STORY_BYTES) {
    return {
      ok: false,
      error: `${invalid}: it is too large: more than ${formatCount(MAX_STORY_BYTES)} bytes; ${TOO_LARGE}`,
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      error: `The inline <script type="application/json"> is not valid JSON (${describeError(error)}).`,
    };
  }
  return checkStory(input, invalid);
}

function describeError(error: unknown): string {
  return typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
}

// The kit's own queue of requests (see MAX_PARALLEL).
let running = 0;
const queued: (() => void)[] = [];

/** Resolves when a request may be sent, with the function to call when it is done. */
function takeTurn(): Promise<() => void> {
  return new Promise((resolve) => {
    const go = () => {
      running += 1;
      resolve(() => {
        running -= 1;
        queued.shift()?.();
      });
    };
    if (running < MAX_PARALLEL) go();
    else queued.push(go);
  });
}

async function fetchStory(
  url: string,
  absoluteUrl: string,
  requestedTimeout: unknown,
  controller: AbortController,
  fresh?: boolean,
): Promise<LoadResult> {
  const failed = (why: string) => failure(url, why);
  if (!/^https?:/.test(absoluteUrl)) return failed('only http(s) URLs are allowed.');
  const done = await takeTurn();
  const timeout = validTimeout(requestedTimeout);
  const which = timeout === DEFAULT_TIMEOUT_MS ? 'the default timeout' : `timeout="${timeout}"`;
  // One deadline for the whole answer, from the moment the request is sent: a server may send
  // its headers and then drip or stall.
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  let received = -1; // -1 until the headers are in
  try {
    const response = await fetch(absoluteUrl, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal: controller.signal,
      // A fresh copy: the HTTP cache may answer only after the server confirms its copy (304).
      cache: fresh ? 'no-cache' : 'default',
    });
    if (!response.ok)
      return failed(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    received = 0;
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_STORY_BYTES) {
      return failed(`it is too large: the server announces ${formatCount(declared)} bytes; ${TOO_LARGE}`);
    }
    // Read as a stream, counting, so that an endless or huge answer stops at the limit.
    const decoder = new TextDecoder();
    let text = '';
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      received += chunk.value.length;
      if (received > MAX_STORY_BYTES) {
        return failed(`it is too large: more than ${formatCount(MAX_STORY_BYTES)} bytes arrived; ${TOO_LARGE}`);
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
    text += decoder.decode();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return failed(`it is not valid JSON (${(error as Error).message}).`);
    }
    return checkStory(json, `Could not load the story from ${isolate(`"${url}"`)}: it is not a valid story`);
  } catch (error) {
    if (timedOut) {
      return failed(
        received < 0
          ? `the server did not answer within ${formatSeconds(timeout)} (${which}).`
          : `the answer did not finish within ${formatSeconds(timeout)} (${which}): ${formatCount(received)} bytes arrived.`,
      );
    }
    if (controller.signal.aborted) return failed('no element wants this story any more.');
    const why = (error as Error).message;
    return failed(received < 0 ? `the network request failed (${why}).` : `the answer broke off (${why}).`);
  } finally {
    clearTimeout(timer);
    // Hang up whatever is left of the answer (after an error, or past the limit).
    controller.abort();
    done();
  }
}
