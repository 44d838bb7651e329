// End to end: Client Fit as an installable app that works offline. The service worker is
// registered and Chromium finds nothing in the way of installing; after one visit the app
// works with the network off; an update is offered and applied without losing an assessment
// in progress; storage that is full or refused is reported, and the backup still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { start, newPage, completeQuestionnaire, answerSection, skipTermsIfAsked, CHROMIUM_FLAGS } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** Opens the app and waits until its service worker controls the page. */
async function controlled(page, url) {
  await page.goto(url);
  await page.locator('.cf-start').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the app registers its service worker and Chromium finds it installable', async () => {
  // A profile on disk: Chromium never offers to install from an incognito-like context.
  const profile = await mkdtemp(join(tmpdir(), 'client-fit-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await controlled(page, site.url);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL.endsWith('/sw.js')), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after one visit a whole assessment works offline, and the history survives going online', async () => {
  const { page, context } = await newPage(site.browser);
  await controlled(page, site.url);
  await context.setOffline(true);
  await page.reload();
  await page.locator('.cf-start').waitFor();
  await completeQuestionnaire(page, 'Café Client');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByText('Café Client').first().waitFor();
  await context.setOffline(false);
  await page.reload();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByText('Café Client').first().waitFor();
  await context.close();
});

test('the worker keeps the questionnaires in the language in use, and another language once it is used', async () => {
  const { page, context, problems } = await newPage(site.browser);
  await controlled(page, site.url);
  const kept = () =>
    page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) {
          const path = new URL(request.url).pathname;
          if (path.includes('/questionnaires/')) names.push(path.split('/').pop());
        }
      }
      return names.sort();
    });
  // An English browser: the three built-ins in English, and no other language's words.
  assert.deepEqual(await kept(), ['checkup.en.json', 'intake.en.json', 'screen.en.json']);
  // Spanish once shown is kept too, so it works offline from then on.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Empezar' }).waitFor();
  await page.waitForFunction(async () => {
    let count = 0;
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) if (/\.es\.json$/.test(request.url)) count += 1;
    }
    return count === 3;
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Empezar' }).waitFor();
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.locator('.cf-section, .cf-blink, .cf-terms').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new version is offered and applied without losing the assessment in progress', async () => {
  const root = await mkdtemp(join(tmpdir(), 'client-fit-update-'));
  await cp('dist', root, { recursive: true });
  const own = await start({ root });
  try {
    const { page, problems, context } = await newPage(own.browser);
    await controlled(page, own.url);
    await page.getByLabel('Client or prospect name (optional)').fill('Update Client');
    await page.getByRole('button', { name: 'Begin' }).click();
    await skipTermsIfAsked(page);
    await page.getByLabel('Good', { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section').waitFor();
    await answerSection(page);
    const heading = await page.locator('.cf-section h2').innerText();
    const checked = await page.locator('input[type=radio]:checked').count();
    assert.ok(checked > 0);

    // A new build: its worker differs (the version line), as it would after any change.
    const worker = join(root, 'sw.js');
    await writeFile(worker, (await readFile(worker, 'utf8')).replace(/const VERSION = "[^"]+";/, 'const VERSION = "next-version";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const bar = page.locator('.cf-update');
    await bar.waitFor();
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('.cf-section h2').getByText(heading).waitFor();
    assert.equal(await page.locator('input[type=radio]:checked').count(), checked, 'the answers are all there');
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches.filter((c) => c !== 'client-fit-runtime'), ['client-fit-next-version'], 'the old cache is gone');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await own.close();
  }
});

test('storage that is full is reported, the app keeps working in memory, and the backup has it all', async () => {
  const { page, context } = await newPage(site.browser, { acceptDownloads: true });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Memory Client');
  const notice = page.locator('.cf-notice').filter({ hasText: 'will not let Client Fit save' });
  await notice.waitFor();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByText('Memory Client').first().waitFor();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export everything (JSON backup)' }).click();
  const file = await download;
  const backup = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.deepEqual(backup.history.map((a) => a.client), ['Memory Client']);
  await context.close();
});

test('storage that is refused outright (a private mode) is reported and the app still works', async () => {
  const { page, context } = await newPage(site.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
    });
  });
  await page.goto(site.url);
  await page.locator('.cf-notice').filter({ hasText: 'will not let Client Fit save' }).waitFor();
  await completeQuestionnaire(page, 'Private Client');
  await context.close();
});
