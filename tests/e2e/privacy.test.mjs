// End to end: the privacy promise. Every request of a whole session (load, all three
// questionnaires, the profile, history and the backup) is recorded: only the site's own files
// are fetched, nothing is sent, no cookie is set, and no other origin is contacted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import { start, newPage, completeQuestionnaire, answerUntilResult } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('a whole session fetches only the site files and sends nothing anywhere', async () => {
  const { page, problems, context } = await newPage(site.browser, { acceptDownloads: true });
  const requests = [];
  context.on('request', (request) =>
    requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
  );
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Private Ltd', 'Good', 'Screen a prospect');
  await page.getByRole('button', { name: 'New screening' }).click();
  await completeQuestionnaire(page, 'Private Ltd', 'Bad', 'Check up on a client');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.goto(`${site.url}?questionnaire=intake`);
  await page.getByRole('button', { name: 'New screening' }).first().click();
  await page.goto(`${site.url}?questionnaire=intake`);
  await page.locator('.cf-section').waitFor();
  await answerUntilResult(page);
  await page.getByRole('button', { name: 'My ideal client' }).click();
  await page.getByLabel('Smallest budget worth taking on').fill('3000');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON backup)' }).click();
  await mkdir('target/e2e', { recursive: true });
  await (await download).saveAs('target/e2e/privacy-backup.json');
  await page.locator('input[type=file]').setInputFiles('target/e2e/privacy-backup.json');
  await page.getByText(/Backup imported/).waitFor();

  const origin = new URL(site.url).origin;
  const elsewhere = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'no other origin is contacted');
  const sent = requests.filter((r) => r.method !== 'GET' || r.body);
  assert.deepEqual(sent, [], 'nothing is sent: only GETs without bodies');
  const own = requests.filter((r) => r.url.startsWith(origin)).map((r) => new URL(r.url).pathname);
  // Only the site's own built files: each path names a file in dist/.
  const notOurs = own.filter((path) => !existsSync(join('dist', path === '/' ? 'index.html' : path)));
  assert.deepEqual(notOurs, [], own.join('\n'));
  assert.deepEqual(await context.cookies(), [], 'no cookie is set');
  await writeFile('target/e2e/privacy-requests.json', JSON.stringify(requests, null, 2));
  assert.deepEqual(problems, []);
  await context.close();
});
