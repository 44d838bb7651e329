// End to end: saving to history and re-assessing, share links into a fresh browser, the JSON
// backup out and back in, and overruling the verdict with a reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { start, newPage, completeQuestionnaire } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('an assessment is saved to history, re-assessed, and the change is shown', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Contoso');
  const verdict = (await page.locator('.cf-verdict').textContent()).trim();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const row = page.locator('.cf-history-item', { hasText: 'Contoso' });
  await row.waitFor();
  assert.match(await row.textContent(), new RegExp(verdict));

  await row.getByRole('button', { name: 'Re-assess' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel('Bad', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  // Change one answer on the first section: the last option of its first radio group.
  await page.locator('.cf-section').waitFor();
  await page.locator('fieldset.cf-question:has(input[type=radio])').first().locator('input[type=radio]').last().check();
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('.cf-comparison').waitFor();
  assert.match(await page.locator('.cf-comparison h3').textContent(), /What changed since \d{4}-\d\d-\d\d/);
  await page.getByRole('button', { name: 'History', exact: true }).click();
  assert.equal(await page.locator('.cf-history-item', { hasText: 'Contoso' }).count(), 2);

  // Rename and delete, with a second click to confirm.
  const first = page.locator('.cf-history-item').first();
  await first.getByRole('button', { name: 'Rename' }).click();
  await first.getByLabel('Client or prospect name (optional)').fill('Contoso Ltd');
  await first.getByRole('button', { name: 'Save' }).click();
  await page.locator('.cf-history-item', { hasText: 'Contoso Ltd' }).waitFor();
  const renamed = page.locator('.cf-history-item', { hasText: 'Contoso Ltd' });
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await renamed.getByRole('button', { name: 'Delete for good' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.cf-history-item').length === 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link shows the same result in a fresh browser and sends nothing', async () => {
  const { page, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Fabrikam', 'Unsure');
  const verdict = (await page.locator('.cf-verdict').textContent()).trim();
  const score = (await page.locator('.cf-overall').textContent()).trim();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  assert.match(link, /#cf1\./);
  await context.close();

  const fresh = await newPage(site.browser);
  const requests = [];
  fresh.page.on('request', (request) => requests.push(request.url()));
  await fresh.page.goto(link);
  await fresh.page.getByRole('heading', { name: 'Result for Fabrikam' }).waitFor();
  assert.equal((await fresh.page.locator('.cf-verdict').textContent()).trim(), verdict);
  assert.equal((await fresh.page.locator('.cf-overall').textContent()).trim(), score);
  await fresh.page.getByText('Opened from a shared link. Nothing was sent anywhere.').waitFor();
  // The fragment is dropped once opened, so a reload does not open it again.
  assert.ok(!fresh.page.url().includes('#'));
  const origin = new URL(site.url).origin;
  assert.ok(requests.every((url) => url.startsWith(origin)), requests.join('\n'));
  assert.ok(requests.every((url) => !url.includes('cf1.')), 'the answers never left the page');
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('a tampered or cut-off link says so and loses nothing', async () => {
  const { page, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Litware');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const cut = link.slice(0, link.length - 12);
  // A new document, as when the link is pasted into the address bar.
  await page.goto('about:blank');
  await page.goto(cut);
  await page.getByText(/This link could not be opened/).waitFor();
  // The assessment in progress is still there.
  await page.getByRole('heading', { name: 'Result for Litware' }).waitFor();
  await context.close();
});

test('the backup exports everything and imports it back, reporting what it refused', async () => {
  const { page, problems, context } = await newPage(site.browser, { acceptDownloads: true });
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Adventure Works');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON backup)' }).click();
  await mkdir('target/e2e', { recursive: true });
  const file = 'target/e2e/backup.json';
  await (await download).saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(backup.client_fit_backup, 1);
  assert.equal(backup.history.length, 1);
  await context.close();

  // A fresh browser takes the good entries and reports the bad one.
  const mixed = { ...backup, history: [...backup.history, { client: 'no id here' }] };
  await writeFile('target/e2e/mixed.json', JSON.stringify(mixed));
  const fresh = await newPage(site.browser);
  await fresh.page.goto(site.url);
  await fresh.page.getByRole('button', { name: 'History', exact: true }).click();
  await fresh.page.locator('input[type=file]').setInputFiles('target/e2e/mixed.json');
  await fresh.page.getByText('Backup imported: 1 added, 0 updated, 0 already here.').waitFor();
  await fresh.page.getByText(/Entry 2 was refused/).waitFor();
  await fresh.page.locator('.cf-history-item', { hasText: 'Adventure Works' }).waitFor();

  // A file that is not ours is refused with a clear message.
  await writeFile('target/e2e/not-ours.json', '{"hello": "world"}');
  await fresh.page.locator('input[type=file]').setInputFiles('target/e2e/not-ours.json');
  await fresh.page.getByText('This file is not a Client Fit backup.').waitFor();
  assert.equal(await fresh.page.locator('.cf-history-item').count(), 1);
  assert.deepEqual([...problems, ...fresh.problems], []);
  await fresh.context.close();
});

test('the verdict can be overruled only with a reason, and the computed one stays', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Tailspin');
  const computed = (await page.locator('.cf-verdict').textContent()).trim();
  await page.getByText('Your own verdict').click();
  await page.locator('.cf-overrule input[type=radio]').last().check();
  await page.getByRole('button', { name: 'Overrule' }).click();
  await page.getByText('Write a reason first.').waitFor();
  await page.getByLabel('Reason (required)').fill('Known them for ten years; they always paid.');
  await page.getByRole('button', { name: 'Overrule' }).click();
  await page.locator('.cf-verdict-overruled').waitFor();
  assert.match(await page.locator('.cf-verdict-computed').textContent(), new RegExp(`Computed verdict: ${computed}`));
  assert.match(await page.locator('.cf-verdict-reason').textContent(), /ten years/);
  assert.deepEqual(problems, []);
  await context.close();
});
