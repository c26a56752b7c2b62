// A tiny static server on 127.0.0.1 for the benchmark pages.
//   /<path>                 a file under the project root (demo/, dist/, bench/.build/ …)
//   /delay/<ms>/<path>      the same file, answered only after <ms> milliseconds (a late script)
//   /pages/<name>.html      a page the benchmark generated in memory (see addPage)
// Text is gzipped when the browser asks for it, as any real host does (Lighthouse looks at transfer sizes).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/**
 * `mounts` maps a path prefix to another folder, e.g. { '/dist/': snapshot }: the benchmark serves a
 * copy of dist/ taken right after its build, so that a build started meanwhile by someone else
 * (npm test rebuilds dist/) cannot pull the files from under a measurement.
 */
export async function startServer(root, mounts = {}) {
  const pages = new Map();
  /** Every answered request: path, when it was asked for and when it was answered (ms since start). */
  const log = [];
  const started = performance.now();

  const server = createServer(async (request, response) => {
    const asked = performance.now() - started;
    try {
      let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      const delayed = /^\/delay\/(\d+)(\/.*)$/.exec(path);
      if (delayed) {
        await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
        path = delayed[2];
      }
      let body;
      let type;
      if (pages.has(path)) {
        body = Buffer.from(pages.get(path));
        type = types['.html'];
      } else {
        if (path.endsWith('/')) path += 'index.html';
        const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
        const base = mount ? mounts[mount] : root;
        const file = normalize(join(base, mount ? path.slice(mount.length) : path));
        if (!file.startsWith(normalize(base) + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
        body = await readFile(file);
        type = types[extname(file)] ?? 'application/octet-stream';
      }
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
      if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, {
        'content-type': 'text/plain',
      });
      response.end(String(error.message));
    }
    log.push({ path: request.url, asked, answered: performance.now() - started });
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    log,
    /** Serves `html` at /pages/<name>.html and returns its URL. */
    addPage(name, html) {
      pages.set(`/pages/${name}.html`, html);
      return `${origin}/pages/${name}.html`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
