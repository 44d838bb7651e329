// Shared set-up for the end-to-end tests: serve the release build on 127.0.0.1 and drive
// Debian's Chromium with playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the site server and the browser; returns them with a `close()` for `after()`. */
export async function start({ root = 'dist', headers } = {}) {
  const server = await serve(root, { headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    server,
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** A new page that fails the test on any uncaught page error or console error. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page, name, options = {}) {
  await mkdir('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true, ...options });
}
