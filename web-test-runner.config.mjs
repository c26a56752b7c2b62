// @web/test-runner config: one run in Chromium, Firefox ESR and WebKitGTK (Debian packages).
// BROWSERS=chromium,firefox,webkit (any subset) restricts the browsers; default: all three.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { hostileMiddleware } from './test/support/hostile-server.mjs';
import { startSecondOrigin } from './test/support/second-origin-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ALL = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ALL.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((b) => !ALL.includes(b));
if (unknown.length || wanted.length === 0) {
  throw new Error(`BROWSERS must be a comma list of ${ALL.join(',')}; got "${process.env.BROWSERS}"`);
}
for (const [name, bin] of [
  ['chromium', CHROMIUM],
  ['firefox', FIREFOX],
  ['webkit', WEBKIT_DRIVER],
  ['webkit', XVFB],
  ['webkit', MINIBROWSER],
]) {
  if (wanted.includes(name) && !existsSync(bin)) {
    throw new Error(`${bin} is missing (needed for ${name}); run scripts/test.sh or install the Debian packages`);
  }
}

// ---- helper processes (Xvfb + WebKitWebDriver), stopped whenever this process ends ----
const children = [];
function stopChildren() {
  while (children.length) {
    const child = children.pop();
    try {
      process.kill(-child.pid, 'SIGTERM'); // its whole process group (driver -> MiniBrowser)
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
process.on('exit', stopChildren);
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
  });
}
// SIGINT: the runner stops gracefully and exits, which fires 'exit' above.

function startChild(cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore', ...options });
  child.unref();
  children.push(child);
  track(child.pid);
  return child;
}

// If this process is SIGKILLed, a watchdog still stops the helpers and the browsers
// (each is a process-group leader; their pids are appended to a file the watchdog reads).
const pidFile = join(tmpdir(), `wtr-pids-${process.pid}`);
let watchdogStarted = false;
function track(pid) {
  if (!pid) return;
  appendFileSync(pidFile, `${pid}\n`);
  if (watchdogStarted) return;
  watchdogStarted = true;
  const w = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 2; done; for p in $(cat "$2"); do kill -TERM -"$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null; done; rm -f "$2"',
      'watchdog',
      String(process.pid),
      pidFile,
    ],
    { detached: true, stdio: 'ignore' },
  );
  w.unref();
  children.push(w);
}
process.on('exit', () => rmSync(pidFile, { force: true }));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function startXvfb() {
  // -displayfd makes Xvfb pick a free display and write its number to fd 3.
  return new Promise((resolve, reject) => {
    const xvfb = startChild(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 30 s')), 30_000);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        xvfb.stdio[3].destroy();
        resolve({ pid: xvfb.pid, display: `:${out.trim()}` });
      }
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited early (code ${code})`));
    });
  });
}

async function startWebKitDriver(display) {
  const port = await freePort();
  const driver = startChild(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '' },
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited early (code ${driver.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { pid: driver.pid, port };
}

// ---- browsers ----
const chromiumArgs = [
  '--no-sandbox', // we run as root on CI
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc', // window.gc() for the memory tests in test/hostile/lifecycle.test.ts
];

// Default context as in @web/test-runner-chrome, plus: hand the browser's pid to the watchdog.
function trackedContext({ browser }) {
  track(browser.process()?.pid);
  return browser.defaultBrowserContext();
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
      createBrowserContext: trackedContext,
      // A page that is not in front gets no requestAnimationFrame callbacks (seen here even
      // with the --disable-*-backgrounding flags), so one page at a time.
      concurrency: 1,
    }),
  );
}
if (wanted.includes('firefox')) {
  // Same for background tabs in Firefox: one page at a time.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      createBrowserContext: trackedContext,
      concurrency: 1,
    }),
  );
}
if (wanted.includes('webkit')) {
  const xvfb = await startXvfb();
  const driver = await startWebKitDriver(xvfb.display);
  const webkit = webdriverLauncher({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  // WebKitWebDriver allows a single session: run one test file at a time, and make the
  // launcher use its top-level-navigation SessionManager (it picks it only when it sees
  // concurrency 1) instead of iframes inside one page.
  webkit.concurrency = 1;
  const initialize = webkit.initialize.bind(webkit);
  webkit.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  browsers.push(webkit);
}

const secondOrigin = await startSecondOrigin();

export default {
  files: ['test/**/*.test.ts'],
  middleware: [
    // /test/fixtures/hostile/ only: CSP headers (csp/), late or failing answers (slow/, gone/), a 5 MB story, an older kit copy.
    ...hostileMiddleware,
    // Tests ask here for the other origin's address (test/support/second-origin-server.mjs).
    (context, next) => {
      if (context.path !== '/__second-origin') return next();
      context.body = secondOrigin;
    },
  ],
  // rootDir stays the cwd (repo root): tests can fetch /dist/... and /test/fixtures/...
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // `npm run measure-heights` asks test/embed/reserved-heights.test.ts to rewrite the measured heights, in Chromium.
    {
      name: 'update-widget-heights',
      executeCommand: ({ command, session }) =>
        command === 'update-widget-heights'
          ? process.env.UPDATE_WIDGET_HEIGHTS === '1' && session.browser.name === 'Chrome'
          : undefined,
    },
  ],
  browsers,
  // 2 cores: the three browsers run side by side, one test file each at a time.
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 180_000,
  testsStartTimeout: 180_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
