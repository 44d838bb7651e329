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

/** Answers every radio group on the current section with its first option. `page` may also be
 *  a locator: a widget on a host page, say. */
export async function answerSection(page) {
  const groups = page.locator('fieldset.cf-question');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const radio = groups.nth(i).locator('input[type=radio]').first();
    if (await radio.count()) await radio.check();
  }
}

/** After Begin: "Your terms first" is asked once per browser profile, before the first
 *  impression of a screening or check-up. Skips it when it shows (in any language) and waits for
 *  the step after it. */
export async function skipTermsIfAsked(page) {
  await page.locator('.cf-terms, .cf-blink, .cf-section').first().waitFor();
  if (await page.locator('.cf-terms').count()) {
    await page.locator('.cf-terms-skip').click();
    await page.locator('.cf-blink, .cf-section').first().waitFor();
  }
}

/** From the start page: begins a questionnaire (the first one unless `pick` names another) for
 *  `client`, answers every section with first options, and opens the result. */
export async function completeQuestionnaire(page, client, impression = 'Good', pick = null) {
  if (pick) await page.getByLabel(pick).check();
  await page.getByLabel('Client or prospect name (optional)').fill(client);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel(impression, { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await answerUntilResult(page);
  await page.getByRole('heading', { name: `Result for ${client}` }).waitFor();
}

/** Answers every section with first options through the review, and opens the result. */
export async function answerUntilResult(page) {
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.locator('.cf-section').waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
}

/** Whether the page scrolls sideways (it must not, down to 320 px). */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Answers sections with first options until the one titled `title` shows. */
export async function toSection(page, title) {
  const heading = page.locator('#cf0-heading');
  for (let i = 0; i < 20; i += 1) {
    await page.locator('.cf-section').waitFor();
    const now = await heading.innerText();
    if (now === title) return;
    await answerSection(page);
    await page.locator('.cf-next').click();
    await page.waitForFunction((before) => document.getElementById('cf0-heading')?.innerText !== before, now);
  }
  throw new Error(`no section "${title}"`);
}
