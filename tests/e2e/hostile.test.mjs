// End to end: hostile text (script, event handlers, an attribute break-out, a javascript: URL,
// right-to-left and zero-width characters) typed into every field a person can fill (client
// name, first-impression reason, notes, overrule reason, profile), carried through the result,
// letters, history, the print view, a share link and a backup: it is shown literally and never
// runs. An init script watches for the sentinel the payload would set, and for dialogs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { start, newPage, answerSection, skipTermsIfAsked } from './helpers.mjs';

// 118 characters: the shortest text field (names, 120) takes it whole.
const HOSTILE =
  '<script>window.__pwned=1</script><img src=x onerror="__pwned=2">"><svg onload="__pwned=3"> javascript:__pwned=4 \u202eevil\u200b';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** A page that records dialogs, requests and the sentinel. */
async function watched(options = {}) {
  const watched = await newPage(site.browser, options);
  watched.dialogs = [];
  watched.requests = [];
  watched.page.on('dialog', async (dialog) => {
    watched.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  watched.page.on('request', (request) => watched.requests.push(request.url()));
  await watched.context.addInitScript(() => {
    window.__pwned = undefined;
  });
  return watched;
}

/** Nothing ran and nothing was injected into the widget. */
async function assertInert({ page, dialogs, requests }, where) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: document.querySelectorAll(
      '.cf-app script, .cf-app img, [onerror], [onload], [href^="javascript"], .cf-app svg:not(.cf-chart):not(.cf-scale-strip)',
    ).length,
  }));
  assert.equal(found.pwned, undefined, `${where}: the payload ran`);
  assert.equal(found.injected, 0, `${where}: an element or handler was injected`);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  const origin = new URL(site.url).origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) || new URL(url).pathname === '/x');
  assert.deepEqual(foreign, [], `${where}: the payload fetched something`);
}

async function textOf(page, selector) {
  return page.locator(selector).first().textContent();
}

test('hostile text in every field is shown as text and never runs', async () => {
  const mine = await watched({ acceptDownloads: true });
  const { page } = mine;
  await page.goto(site.url);

  // The profile's name signs the letters.
  await page.getByRole('button', { name: 'My ideal client' }).click();
  await page.getByLabel('Your name or business (signs your letters)').fill(HOSTILE);
  await page.getByRole('button', { name: 'Assess' }).click();

  await page.getByLabel('Client or prospect name (optional)').fill(HOSTILE);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel('Bad', { exact: true }).check();
  await page.getByLabel('In one line, why?').fill(HOSTILE);
  await page.getByRole('button', { name: 'Next' }).click();
  // Every section: first options, and the payload in every text question.
  let textAnswers = 0;
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.locator('.cf-section').waitFor();
    await answerSection(page);
    const notes = page.locator('.cf-section textarea');
    for (let i = 0; i < (await notes.count()); i += 1) {
      await notes.nth(i).fill(HOSTILE);
      textAnswers += 1;
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
  }
  assert.ok(textAnswers > 0, 'a text question took the payload');
  await assertInert(mine, 'sections');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('.cf-result').waitFor();
  const title = await textOf(page, '.cf-result h2');
  assert.ok(title.includes(HOSTILE), `the name is shown literally: ${JSON.stringify(title)}`);
  await assertInert(mine, 'result');

  await page.locator('.cf-notes-part > summary').click();
  await page.getByLabel('Private notes').fill(HOSTILE);
  await page.getByText('Your own verdict').click();
  await page.locator('.cf-overrule input[type=radio]').last().check();
  await page.getByLabel('Reason (required)').fill(HOSTILE);
  await page.getByRole('button', { name: 'Overrule' }).click();
  await page.locator('.cf-verdict-overruled').waitFor();
  assert.ok((await textOf(page, '.cf-verdict-reason')).includes(HOSTILE));
  // The letters are filled with the client's and the consultant's names, as text.
  const letters = page.locator('.cf-letter-body');
  assert.ok((await letters.count()) > 0, 'the overruled verdict offers a letter');
  assert.ok((await letters.first().inputValue()).includes(HOSTILE));
  await assertInert(mine, 'overrule and letters');

  await page.emulateMedia({ media: 'print' });
  await assertInert(mine, 'print view');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const row = page.locator('.cf-history-item').first();
  await row.waitFor();
  assert.ok((await row.textContent()).includes(HOSTILE));
  await assertInert(mine, 'history');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON backup)' }).click();
  await mkdir('target/e2e', { recursive: true });
  const file = 'target/e2e/hostile-backup.json';
  await (await download).saveAs(file);
  assert.deepEqual(mine.problems, []);
  await mine.context.close();

  // The share link, opened in a fresh browser.
  const other = await watched();
  await other.page.goto(link);
  await other.page.locator('.cf-result').waitFor();
  assert.ok((await textOf(other.page, '.cf-result h2')).includes(HOSTILE));
  await assertInert(other, 'opened share link');

  // The backup, imported there.
  await other.page.getByRole('button', { name: 'History', exact: true }).click();
  await other.page.locator('input[type=file]').setInputFiles(file);
  await other.page.getByText(/Backup imported: 1 added/).waitFor();
  assert.ok((await other.page.locator('.cf-history-item').first().textContent()).includes(HOSTILE));
  await other.page.getByRole('button', { name: 'My ideal client' }).click();
  assert.equal(await other.page.getByLabel('Your name or business (signs your letters)').inputValue(), HOSTILE);
  await assertInert(other, 'imported backup');
  assert.deepEqual(other.problems, []);
  await other.context.close();
});
