// Debian's Chromium, headless, driven by puppeteer-core (never a downloaded browser).
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../../scripts/debian-browsers.mjs';

export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    protocolTimeout: 60_000,
  });
}

/** A fresh browser context (its own cache and storage) and page; close the context when done. */
export async function freshPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  return { context, page };
}

/** The story as an inline script that sets globalThis.benchStory, for the alternatives. */
export function storyScript(story) {
  return `<script>globalThis.benchStory=${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
}
