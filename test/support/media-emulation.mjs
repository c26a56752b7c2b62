// A test-runner command that makes Chromium's page a printed page, a page in forced colours or one for a
// reader who asks for reduced motion, through DevTools' Emulation.setEmulatedMedia: the browser's own
// print media, forced-colours palette (light or dark, after prefers-color-scheme) and media queries.
// @web/test-runner-commands' emulateMedia cannot ask for forced colours (puppeteer refuses the feature).
// Firefox (WebDriver BiDi) and WebKitGTK (WebDriver) have no such command here: it answers false.
// Payload: { media: 'print' | '', features: [{ name, value }] }; an empty payload ends the emulation.

/** One DevTools session per test page: the emulation lasts as long as the session that set it. */
const sessions = new Map();

export function mediaEmulationPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      let devtools = sessions.get(page);
      if (!devtools) {
        devtools = await page.createCDPSession();
        sessions.set(page, devtools);
        page.once('close', () => sessions.delete(page));
      }
      await devtools.send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: payload?.features ?? [],
      });
      return true;
    },
  };
}
