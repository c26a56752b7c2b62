// The one place for the Debian browsers that the tests, the example checks and the benchmark drive:
// their paths, Chromium's flags, the helper processes WebKit needs (Xvfb, WebKitWebDriver) and their
// clean-up, even when the process that started them is SIGKILLed. Node built-ins only, so the root,
// bench/ (a package of its own) and scripts/ can all import it.
//
// CHROME_PATH overrides the Chromium binary everywhere (chrome-launcher and Lighthouse read it too).
// `node scripts/debian-browsers.mjs missing-packages "$BROWSERS" [chromium]` prints the Debian packages
// missing for those browsers (and any named after), one a line, for scripts/test.sh to install.
import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = '/usr/bin/firefox-esr';
export const webkitDriverPath = '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';

export const chromiumFlags = [
  '--no-sandbox', // we run as root on CI
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The files each browser needs, and the Debian package that brings each one.
const needs = {
  chromium: [[chromiumPath, 'chromium']],
  firefox: [[firefoxPath, 'firefox-esr']],
  webkit: [
    [webkitDriverPath, 'webkit2gtk-driver'],
    [miniBrowserPath, 'webkit2gtk-driver'],
    [xvfbPath, 'xvfb'],
  ],
};
export const browserNames = Object.keys(needs);

/** The browsers a BROWSERS value names (a comma list of some of chromium,firefox,webkit; default all). */
export function parseBrowsers(value = process.env.BROWSERS) {
  const names = (value || browserNames.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !browserNames.includes(name));
  if (unknown.length || names.length === 0) {
    throw new Error(
      `BROWSERS must be a comma list of ${browserNames.join(',')}; got "${value}"` +
        (unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  return [...new Set(names)];
}

function missing(names) {
  return names.flatMap((name) => needs[name].filter(([file]) => !existsSync(file)).map((need) => [name, ...need]));
}

export function assertInstalled(names) {
  const [first] = missing(names);
  if (first) {
    const [name, file, debianPackage] = first;
    throw new Error(
      `${file} is missing (needed for ${name}); run scripts/test.sh or install the Debian package ${debianPackage}`,
    );
  }
}

// ---- helper processes, stopped whenever this process ends ----
const children = [];
let pidFile;

function stopChild(child) {
  if (children.includes(child)) children.splice(children.indexOf(child), 1);
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

function stopChildren() {
  while (children.length) stopChild(children.at(-1));
}

// If this process is SIGKILLed, a watchdog still stops the helpers and the browsers: each is a
// process-group leader whose pid is appended to a file the watchdog reads once this process is gone.
// A browser still starting has no pid in the file yet (puppeteer hands it over only once it is
// connected, many seconds under load), so the watchdog also stops the children it saw a second earlier
// (with ps, from procps; without it, only the pid file counts).
const watchdogScript = `
  while kill -0 "$1" 2>/dev/null; do
    seen=$(ps -o pid= --ppid "$1" 2>/dev/null)
    kill -0 "$1" 2>/dev/null && children=$seen
    sleep 1
  done
  for p in $(cat "$2" 2>/dev/null) $children; do
    [ "$p" = "$$" ] && continue
    kill -TERM -"$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null
  done
  rm -f "$2"`;

function supervise() {
  if (pidFile) return;
  pidFile = join(tmpdir(), `debian-browsers-pids-${process.pid}`);
  process.on('exit', () => {
    stopChildren();
    for (const file of [pidFile, ...driverLogs]) rmSync(file, { force: true });
  });
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, () => {
      stopChildren();
      process.exit(code);
    });
  }
  // SIGINT: the test runner stops gracefully and exits, which fires 'exit' above.
  const watchdog = spawn('sh', ['-c', watchdogScript, 'watchdog', String(process.pid), pidFile], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  children.push(watchdog);
}

/** Has the watchdog stop the process group of `pid` if this process is SIGKILLed (its owner stops it otherwise). */
export function track(pid) {
  if (!pid) return;
  supervise();
  appendFileSync(pidFile, `${pid}\n`);
}

function startChild(cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore', ...options });
  child.unref();
  children.push(child);
  track(child.pid);
  return child;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function startXvfb() {
  // -displayfd makes Xvfb pick a free display and write its number to fd 3.
  return new Promise((resolveStarted, reject) => {
    const xvfb = startChild(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 30 s')), 30_000);
    xvfb.stdio[3].on('data', (data) => {
      out += data;
      if (out.includes('\n')) {
        clearTimeout(timer);
        xvfb.stdio[3].destroy();
        resolveStarted({ xvfb, display: `:${out.trim()}` });
      }
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited early (code ${code})`));
    });
  });
}

// The Xvfb and driver processes behind each port that startWebKitDriver returned.
const webKitHelpers = new Map();
const driverLogs = new Set();
const driverLog = (port) => join(tmpdir(), `webkitwebdriver-${process.pid}-${port}.log`);
const delay = (ms) => new Promise((resolveLater) => setTimeout(resolveLater, ms));

function lastLines(file, count) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

async function driverAnswers(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(10_000) })).ok;
  } catch {
    return false;
  }
}

/** Starts Xvfb and WebKitWebDriver on a free display and port; resolves the WebDriver options for MiniBrowser. */
export async function startWebKitDriver() {
  const { xvfb, display } = await startXvfb();
  const port = await freePort();
  // Its output (and MiniBrowser's) goes to a file, shown when a session ends unasked (reopenSession).
  driverLogs.add(driverLog(port));
  const log = openSync(driverLog(port), 'w');
  const driver = startChild(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  webKitHelpers.set(port, [driver, xvfb]);
  const deadline = Date.now() + 30_000;
  while (!(await driverAnswers(port))) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited early (code ${driver.exitCode})`);
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer within 30 s');
    await delay(100);
  }
  return {
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true, // without it WebKitWebDriver refuses the session
      // Opening a test page returns at once instead of waiting for its load event: once, on CI, a page
      // of WebKit's never finished loading and the navigation request outlived its HTTP timeout (300 s),
      // which the test runner cannot catch, so the whole run stopped. A page that really never starts
      // its tests now fails its own file after testsStartTimeout.
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    },
  };
}

// ---- @web/test-runner ----

/**
 * The test runner's launchers for `names` (from parseBrowsers). This module imports no packages, so the
 * caller hands in the launcher factories and puppeteer-core; `extraChromiumFlags` are added to chromiumFlags.
 */
export async function testRunnerBrowsers(
  names,
  { chromeLauncher, webdriverLauncher, puppeteer, extraChromiumFlags = [] },
) {
  assertInstalled(names);
  supervise(); // before any browser starts, for the watchdog to see it starting
  // Default context as in @web/test-runner-chrome, plus: hand the browser's pid to the watchdog.
  const createBrowserContext = ({ browser }) => {
    track(browser.process()?.pid);
    return browser.defaultBrowserContext();
  };
  const launchers = {
    chromium: () =>
      chromeLauncher({
        launchOptions: {
          executablePath: chromiumPath,
          headless: true,
          args: [...chromiumFlags, ...extraChromiumFlags],
        },
        createBrowserContext,
        // A page that is not in front gets no requestAnimationFrame callbacks (seen here even
        // with the --disable-*-backgrounding flags), so one page at a time.
        concurrency: 1,
      }),
    firefox: () =>
      chromeLauncher({
        puppeteer, // Firefox ESR over WebDriver BiDi (there is no geckodriver here)
        launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
        createBrowserContext,
        concurrency: 1, // same for background tabs in Firefox: one page at a time
      }),
    webkit: async () => {
      const webkit = webdriverLauncher({ ...(await startWebKitDriver()), logLevel: 'error' });
      // WebKitWebDriver allows a single session: run one test file at a time, and make the
      // launcher use its top-level-navigation SessionManager (it picks it only when it sees
      // concurrency 1) instead of iframes inside one page.
      webkit.concurrency = 1;
      const initialize = webkit.initialize.bind(webkit);
      webkit.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
      reopenSessions(webkit);
      return webkit;
    },
  };
  const browsers = [];
  for (const name of browserNames.filter((name) => names.includes(name))) browsers.push(await launchers[name]());
  return browsers;
}

/**
 * The launcher starts a test page without awaiting it (SessionManager.queueStartSession), so a failed
 * navigation would be an unhandled rejection that stops the whole run; and once MiniBrowser is gone,
 * every later navigation fails with "invalid session id" and every later file only after
 * testsStartTimeout (seen on CI: MiniBrowser went away with 18 files to go, 3 minutes each, and the run
 * outlived CI's time limit). So a failed navigation opens a new session, on a new driver and display if
 * the driver no longer answers, and tries that page once more there. If it still fails, it is logged:
 * that file fails after testsStartTimeout and the others still run.
 *
 * MiniBrowser's web process also keeps what every page used: 0.4 GB after the first file, 1.7 GB by the
 * last of a whole run (test/hostile's large stories and thousands of widgets), so it gets a new session,
 * and with it a new browser, after every `filesPerSession` files.
 */
function reopenSessions(launcher, filesPerSession = 10) {
  let filesDone = 0;
  // One new session at a time; the test runner may ask for the next page while one is on its way.
  let reopening = Promise.resolve();
  const reopen = (options) => {
    const done = reopening.then(() => reopenSession(launcher, createDriverManager, options));
    reopening = done.catch(() => {});
    return done;
  };
  const launcherCreateDriverManager = launcher.createDriverManager.bind(launcher);
  const createDriverManager = async () => {
    const manager = await launcherCreateDriverManager();
    const startSession = manager.startSession.bind(manager);
    manager.startSession = async (id, url, isRetry = false) => {
      await reopening;
      if (launcher.driverManager !== manager) return launcher.driverManager.startSession(id, url, isRetry);
      try {
        return await startSession(id, url);
      } catch (error) {
        if (isRetry) throw error;
        console.error(`WebKit could not open ${url}: ${error.message}. Opening a new WebKit session.`);
      }
      try {
        await reopen();
        return await launcher.driverManager.startSession(id, url, true);
      } catch (error) {
        console.error(`WebKit could not open ${url} in a new session either: ${error.message}`);
      }
    };
    const stopSession = manager.stopSession.bind(manager);
    manager.stopSession = async (id) => {
      try {
        return await stopSession(id);
      } finally {
        filesDone += 1;
        if (filesDone % filesPerSession === 0) await reopen({ planned: true }).catch(() => {});
      }
    };
    return manager;
  };
  launcher.createDriverManager = createDriverManager;
}

async function reopenSession(launcher, createDriverManager, { planned = false } = {}) {
  clearInterval(launcher.pendingHeartbeat);
  const { port } = launcher.options;
  const words = lastLines(driverLog(port), 20);
  if (words && !planned) console.error(`The last output of WebKitWebDriver and MiniBrowser:\n${words}`);
  // The driver allows one session: end the old one if its browser is still there (most often it is gone).
  const giveUp = new Promise((resolveLater) => setTimeout(resolveLater, 30_000).unref());
  await Promise.race([launcher.driver?.deleteSession().catch(() => {}), giveUp]);
  if (!(await driverAnswers(port))) {
    for (const helper of webKitHelpers.get(port) ?? []) stopChild(helper);
    webKitHelpers.delete(port);
    Object.assign(launcher.options, await startWebKitDriver());
  }
  // A new webdriverio session and SessionManager; the launcher sends every later call to them.
  return createDriverManager();
}

// ---- command line, for scripts/test.sh ----
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, list, ...also] = process.argv.slice(2);
  if (command !== 'missing-packages') {
    console.error('usage: node scripts/debian-browsers.mjs missing-packages "$BROWSERS" [chromium]');
    process.exit(2);
  }
  try {
    const names = new Set([...parseBrowsers(list), ...also.flatMap((name) => parseBrowsers(name))]);
    const packages = new Set(missing([...names]).map(([, , debianPackage]) => debianPackage));
    for (const debianPackage of packages) console.log(debianPackage);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
