// Test-server middleware for the hostile-page tests (test/hostile, test/fixtures/hostile).
// Everything here answers only under /test/fixtures/hostile/; every other path is untouched.
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';

const HOSTILE = '/test/fixtures/hostile/';

/**
 * The strict policy of a site built with Lit, and the smallest policy the kit itself
 * needs, as the README documents it. Pages under csp/ get the first, csp/minimal*.html the second.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types coalition-widgets lit-html";
export const MINIMAL_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types coalition-widgets";

const MAX_DELAY_MS = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** csp/*: the page is sent with a Content-Security-Policy header. */
async function cspHeader(context, next) {
  await next();
  if (!context.path.startsWith(`${HOSTILE}csp/`) || !context.path.endsWith('.html')) return;
  context.set('Content-Security-Policy', /\/minimal[^/]*\.html$/.test(context.path) ? MINIMAL_CSP : STRICT_CSP);
}

/**
 * slow/<path>: answers as /test/fixtures/<path> would, but `?delay=ms` answers that much later,
 * `?stall=ms` sends the headers at once and the body that much later, `?status=500` answers
 * with that error status, and `?drop=1` hangs up without an answer (a network error).
 */
async function slow(context, next) {
  if (!context.path.startsWith(`${HOSTILE}slow/`)) return next();
  const target = normalize(`/test/fixtures/${context.path.slice(`${HOSTILE}slow/`.length)}`);
  if (!target.startsWith('/test/fixtures/')) return next();
  const delay = Math.min(Number(context.query.delay) || 0, MAX_DELAY_MS);
  if (delay > 0) await sleep(delay);
  if (context.query.drop) {
    context.req.socket.destroy();
    context.respond = false;
    return undefined;
  }
  const status = Number(context.query.status);
  if (status >= 400 && status < 600) {
    context.status = status;
    context.body = `Error ${status} (test/support/hostile-server.mjs)`;
    return undefined;
  }
  const stall = Math.min(Number(context.query.stall) || 0, MAX_DELAY_MS);
  if (stall > 0) {
    const body = await readFile(`.${target}`, 'utf8');
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    context.res.write(body.slice(0, 10));
    await sleep(stall);
    if (!context.res.destroyed) context.res.end(body.slice(10));
    return undefined;
  }
  context.path = target;
  await next();
  context.set('Cache-Control', 'no-store');
  return undefined;
}

/** generated/story-5mb.json: a valid story whose headline makes it 5 MB, too large to be a story. */
async function generated(context, next) {
  if (context.path !== `${HOSTILE}generated/story-5mb.json`) return next();
  const story = JSON.parse(await readFile('test/fixtures/stories/alt.json', 'utf8'));
  story.headline = 'A headline padded to make the story 5 MB. '.repeat(Math.ceil(5_000_000 / 42)).slice(0, 5_000_000);
  context.type = 'application/json';
  context.body = JSON.stringify(story);
  return undefined;
}

/**
 * versions/0.0.9/<path under dist/>: the built kit with its version changed to 0.0.9, at other
 * URLs than dist/, so a page can hold a second, older copy of the kit that really runs.
 */
async function otherVersion(context, next) {
  const prefix = `${HOSTILE}versions/0.0.9/`;
  if (!context.path.startsWith(prefix)) return next();
  const path = normalize(context.path.slice(prefix.length));
  if (path.startsWith('..') || !path.endsWith('.js')) return next();
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  let code;
  try {
    code = await readFile(`dist/${path}`, 'utf8');
  } catch {
    return next(); // a 404, as for any missing file
  }
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = code.split(JSON.stringify(version)).join('"0.0.9"');
  return undefined;
}

/**
 * lonely/coalition-widgets.js: the built bundle copied alone, without the chunks/ folder beside it,
 * as a site might self-host it. Its on-demand story loader (lonely/chunks/…) is then a 404.
 */
async function lonelyBundle(context, next) {
  if (context.path !== `${HOSTILE}lonely/coalition-widgets.js`) return next();
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = await readFile('dist/coalition-widgets.js', 'utf8');
  return undefined;
}

/** gone/*: every URL answers 410 Gone, so fuzzed src values fail without filling the log with 404s. */
async function gone(context, next) {
  if (!context.path.startsWith(`${HOSTILE}gone/`)) return next();
  context.status = 410;
  context.body = 'Gone (test/support/hostile-server.mjs)';
  return undefined;
}

// ---- Issue 13: servers that misbehave on purpose, and what they sent ----

/** What the stream/ and stored/ routes did, by ?id= (stream/) or name (stored/). */
const stats = new Map();
function statsFor(id) {
  let entry = stats.get(id);
  if (!entry) stats.set(id, (entry = { requests: 0, bytes: 0, open: 0, aborted: 0 }));
  return entry;
}

/**
 * Answers the request by hand: counts it under `id`, and returns a writer that counts the bytes
 * handed to the socket and waits for the client when its buffers are full (so "bytes" is what the
 * client could have read, give or take the socket's buffers).
 */
function respondByHand(context, id, headers) {
  const entry = statsFor(id);
  const { res } = context;
  context.respond = false;
  entry.requests += 1;
  entry.open += 1;
  const closed = () => {
    entry.open -= 1;
    if (!res.writableFinished) entry.aborted += 1;
  };
  // The client may have hung up already (while the route read its file).
  if (res.destroyed) closed();
  else res.once('close', closed);
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  const write = async (chunk) => {
    if (res.destroyed) return false;
    entry.bytes += chunk.length;
    if (!res.write(chunk)) {
      await new Promise((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    }
    return !res.destroyed;
  };
  return { entry, res, write };
}

/**
 * stream/endless.json?id=…: a story whose headline never ends, sent as fast as the client reads
 * it, without a Content-Length; it stops at ?max= bytes (1.5 GB unless given).
 */
async function endless(context, next) {
  if (context.path !== `${HOSTILE}stream/endless.json`) return next();
  const max = Math.min(Number(context.query.max) || 1.5e9, 4e9);
  const { res, write } = respondByHand(context, String(context.query.id), {});
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let going = await write('{"schemaVersion":1,"headline":"');
  for (let sent = 0; going && sent < max; sent += chunk.length) going = await write(chunk);
  if (!res.destroyed) res.end('"}');
  return undefined;
}

/**
 * stream/declared.json?id=…&length=N: declares a Content-Length of N bytes, then sends them 1 KB
 * every 50 ms (a server that announces a body too large to be a story, then takes its time).
 */
async function declared(context, next) {
  if (context.path !== `${HOSTILE}stream/declared.json`) return next();
  const length = Math.max(1024, Math.min(Number(context.query.length) || 5_000_000, 4e9));
  const { res, write } = respondByHand(context, String(context.query.id), { 'content-length': String(length) });
  const chunk = Buffer.alloc(1024, ' ');
  for (let sent = 0; sent < length; sent += chunk.length) {
    if (!(await write(chunk.subarray(0, Math.min(chunk.length, length - sent))))) return undefined;
    await sleep(50);
  }
  res.end();
  return undefined;
}

/**
 * stream/drip/<path under test/fixtures>?id=…&size=n&every=ms: that file, n bytes (64 unless
 * given) every `every` ms (100 unless given), without a Content-Length: a slow drip that never
 * stalls for long but takes long to finish.
 */
async function drip(context, next) {
  const prefix = `${HOSTILE}stream/drip/`;
  if (!context.path.startsWith(prefix)) return next();
  const target = normalize(`/test/fixtures/${context.path.slice(prefix.length)}`);
  if (!target.startsWith('/test/fixtures/')) return next();
  const body = await readStored(target);
  if (body === undefined) return next();
  const size = Math.max(1, Number(context.query.size) || 64);
  const every = Math.min(Math.max(1, Number(context.query.every) || 100), MAX_DELAY_MS);
  const { res, write } = respondByHand(context, String(context.query.id), {});
  for (let at = 0; at < body.length; at += size) {
    if (at > 0) await sleep(every);
    if (!(await write(body.subarray(at, at + size)))) return undefined;
  }
  res.end();
  return undefined;
}

/** A file under test/fixtures/, or a story stored through stored/ (read as stored/<name>.json). */
async function readStored(target) {
  const name = /^\/test\/fixtures\/hostile\/stored\/([\w-]+)\.json$/.exec(target)?.[1];
  if (name) return storedStories.get(name)?.body;
  try {
    return await readFile(`.${target}`);
  } catch {
    return undefined;
  }
}

/**
 * stored/<name>.json: PUT stores a body (a test's own story, up to 20 MB); GET answers it, with
 * Cache-Control ?cache= (no-store unless given) and an ETag, so a test can change a story "on the
 * server" and see whether the page fetches it again. Requests are counted under <name>.
 */
const storedStories = new Map();
let storedVersion = 0;
async function stored(context, next) {
  const name = new RegExp(`^${HOSTILE}stored/([\\w-]+)\\.json$`).exec(context.path)?.[1];
  if (!name) return next();
  if (context.method === 'PUT') {
    const chunks = [];
    let length = 0;
    for await (const chunk of context.req) {
      length += chunk.length;
      if (length > 20_000_000) {
        context.status = 413;
        return undefined;
      }
      chunks.push(chunk);
    }
    storedStories.set(name, { body: Buffer.concat(chunks), etag: `"v${++storedVersion}"` });
    context.status = 204;
    return undefined;
  }
  const story = storedStories.get(name);
  if (!story) return next();
  const entry = statsFor(name);
  entry.requests += 1;
  // Answered by hand: the test runner would otherwise replace Cache-Control with a year of caching.
  context.respond = false;
  const headers = { 'cache-control': String(context.query.cache ?? 'no-store'), etag: story.etag };
  if (context.get('If-None-Match') === story.etag) {
    context.res.writeHead(304, headers).end();
    return undefined;
  }
  entry.bytes += story.body.length;
  context.res
    .writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': story.body.length })
    .end(story.body);
  return undefined;
}

/** stream/stats?id=…: what the routes above did for that id (or stored name), as JSON. */
async function streamStats(context, next) {
  if (context.path !== `${HOSTILE}stream/stats`) return next();
  context.set('Cache-Control', 'no-store');
  context.body = statsFor(String(context.query.id));
  return undefined;
}

export const hostileMiddleware = [
  cspHeader,
  slow,
  generated,
  otherVersion,
  lonelyBundle,
  gone,
  endless,
  declared,
  drip,
  stored,
  streamStats,
];
