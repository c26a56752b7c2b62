// @web/test-runner config: one run in Chromium, Firefox ESR and WebKitGTK (Debian packages, started and
// stopped by scripts/debian-browsers.mjs). BROWSERS=chromium,firefox,webkit (any subset) restricts the
// browsers; default: all three. CHROME_PATH overrides the Chromium binary.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { parseBrowsers, testRunnerBrowsers } from './scripts/debian-browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { hostileMiddleware } from './test/support/hostile-server.mjs';
import { startSecondOrigin } from './test/support/second-origin-server.mjs';
import { redirectMiddleware } from './test/support/redirect-server.mjs';
import { prerenderPlugin, prerenderedPagesMiddleware } from './test/support/prerender-server.mjs';
import { imagePlugin, brokenImageFilesMiddleware } from './test/support/image-server.mjs';
import { mediaEmulationPlugin } from './test/support/media-emulation.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const browsers = await testRunnerBrowsers(parseBrowsers(process.env.BROWSERS), {
  chromeLauncher,
  webdriverLauncher,
  puppeteer,
  extraChromiumFlags: ['--js-flags=--expose-gc'], // window.gc() for the memory tests in test/hostile/lifecycle.test.ts
});
const secondOrigin = await startSecondOrigin();

export default {
  files: ['test/**/*.test.ts', '!test/visual/**'],
  // Screenshots against baselines in Chromium and Firefox only: WebKitGTK's element screenshots come
  // back solid black here, so a WebKit baseline would check nothing. Left out of runs of chosen files
  // (--files); `--group visual` runs them alone.
  groups: process.argv.includes('--files')
    ? []
    : [
        {
          name: 'visual',
          files: 'test/visual/**/*.test.ts',
          browsers: browsers.filter((browser) => browser.type !== 'webdriver'),
        },
      ],
  middleware: [
    // /test/fixtures/hostile/ only: CSP headers (csp/), late or failing answers (slow/, gone/), a 5 MB story, an older kit copy.
    ...hostileMiddleware,
    redirectMiddleware,
    // /test/fixtures/publish/*.html?prerendered=1: the page as `coalition-widgets prerender` writes it.
    prerenderedPagesMiddleware(),
    // /test/fixtures/image-without-fonts/ and image-strict-csp/: the builder's image files, broken.
    brokenImageFilesMiddleware,
    // Tests ask here for the other origin's address (test/support/second-origin-server.mjs).
    (context, next) => {
      if (context.path !== '/__second-origin') return next();
      context.body = secondOrigin;
    },
  ],
  // rootDir stays the cwd (repo root): tests can fetch /dist/... and /test/fixtures/...
  nodeResolve: true,
  plugins: [
    typeScriptOnly(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })),
    // `npm run measure-heights` asks test/embed/reserved-heights.test.ts to rewrite the measured heights, in Chromium.
    {
      name: 'update-widget-heights',
      executeCommand: ({ command, session }) =>
        command === 'update-widget-heights'
          ? process.env.UPDATE_WIDGET_HEIGHTS === '1' && session.browser.name === 'Chrome'
          : undefined,
    },
    // Widgets pre-rendered in Node for the tests that run twice (test/support/rendering.ts).
    prerenderPlugin(),
    // The image command's images against Chromium screenshots of the widgets (test/publish/image.test.ts).
    imagePlugin(),
    // Print, forced colours and reduced motion, in Chromium (test/support/media.ts).
    mediaEmulationPlugin(),
    // test/visual: `npm run update-visual` writes new baselines; otherwise a screenshot may differ from
    // its baseline in at most 0.5% of its pixels (pixelmatch's per-pixel threshold 0.1, anti-aliasing
    // ignored): a changed colour, size, line break or missing part is far more.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL === '1',
      baseDir: 'test/visual/screenshots',
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
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

/**
 * esbuild compiles the tests' TypeScript; given a target, it would also rewrite every .js file and
 * inline script it serves, dist/ included. Pages that load the built kit must get it byte for byte
 * as readers do (an iframe snippet carries the source text of one of its functions, for one).
 */
function typeScriptOnly(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.endsWith('.ts') ? transform(context) : undefined);
  return plugin;
}
