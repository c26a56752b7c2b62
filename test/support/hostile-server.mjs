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

export const hostileMiddleware = [cspHeader, slow, generated, otherVersion, lonelyBundle, gone];
