// End to end: two tabs of one browser on the same origin share the device's storage and never
// lose each other's saves: assessments saved to History in either, profile edits, and each
// tab's own work in progress. Also: one damaged entry is set aside alone, and a version 2 save
// becomes one key per assessment as it loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, completeQuestionnaire, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** Two tabs of one browser context, both opened on the app before anything is done. */
async function twoTabs() {
  const { context, page: a, problems } = await newPage(site.browser, { acceptDownloads: true });
  const b = await context.newPage();
  b.on('pageerror', (error) => problems.push(`page error in tab B: ${error.message}`));
  await a.goto(site.url);
  await b.goto(site.url);
  for (const page of [a, b]) await page.locator('.cf-start').waitFor();
  return { context, a, b, problems };
}

// Only the tab in front gets animation frames in headless Chromium (Playwright waits for them
// before it clicks), so each step brings its tab to the front first, as a person would.
const front = async (page) => { await page.bringToFront(); return page; };
const complete = async (page, client) => completeQuestionnaire(await front(page), client);

// A tab behind gets no animation frames: conditions there are checked on a timer instead.
const POLL = { polling: 50 };

const history = (page) => page.getByRole('button', { name: 'History', exact: true });
const row = (page, client) => page.locator('.cf-history-item', { hasText: client });

/** The clients shown in History, once `expected` all show. */
async function shownClients(page, expected) {
  await front(page);
  await history(page).click();
  for (const client of expected) await row(page, client).waitFor();
  return page.locator('.cf-history-item').count();
}

/** The keys in storage, sorted. */
const keys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

test('an assessment saved in each of two tabs is in History in both, live and after a reload', async () => {
  const { context, a, b, problems } = await twoTabs();
  // Tab B was opened first and holds the history as it was then (empty).
  await complete(a, 'Alpha');
  await front(a);
  await a.getByText('Saved in History as you go.').waitFor();
  await complete(b, 'Beta');
  await front(b);
  await b.getByText('Saved in History as you go.').waitFor();

  // Tab A hears tab B's save without a reload (the storage event), and the other way round.
  assert.equal(await shownClients(a, ['Alpha', 'Beta']), 2);
  assert.equal(await shownClients(b, ['Alpha', 'Beta']), 2);
  for (const page of [a, b]) {
    await (await front(page)).reload();
    assert.equal(await shownClients(page, ['Alpha', 'Beta']), 2);
  }
  // One key per assessment.
  const entries = (await keys(a)).filter((k) => k.startsWith('client-fit-a-'));
  assert.equal(entries.length, 2);
  assert.ok(!(await keys(a)).includes('client-fit-history'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a delete and a rename in one tab reach the other tab without a reload', async () => {
  const { context, a, b, problems } = await twoTabs();
  await complete(a, 'Gamma');
  await front(a);
  await a.getByText('Saved in History as you go.').waitFor();
  await shownClients(b, ['Gamma']);
  await front(a);
  await history(a).click();
  const gamma = row(a, 'Gamma');
  await gamma.getByRole('button', { name: 'Rename' }).click();
  await gamma.getByLabel('Client or prospect name (optional)').fill('Gamma Ltd');
  await gamma.getByRole('button', { name: 'Save' }).click();
  await row(b, 'Gamma Ltd').waitFor();
  const renamed = row(a, 'Gamma Ltd');
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await renamed.getByRole('button', { name: 'Delete for good' }).click();
  await b.waitForFunction(() => document.querySelectorAll('.cf-history-item').length === 0, undefined, POLL);
  assert.deepEqual(problems, []);
  await context.close();
});

test('profile edits in two tabs both survive, and on the same field the later edit wins', async () => {
  const { context, a, b, problems } = await twoTabs();
  const NAME = 'Your name or business (signs your letters)';
  const CURRENCY = 'Currency (for example EUR, USD, DKK, RON)';
  for (const page of [a, b]) {
    await front(page);
    await page.getByRole('button', { name: 'My ideal client' }).click();
    await page.getByRole('heading', { name: 'Your ideal client profile' }).waitFor();
  }
  await (await front(a)).getByLabel(NAME).fill('Vega Studio');
  await (await front(b)).getByLabel(CURRENCY).fill('DKK');
  // Each tab shows the other's field without a reload.
  await a.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'DKK'), undefined, POLL);
  await b.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Vega Studio'), undefined, POLL);
  // The same field in both: the later edit stands.
  await (await front(a)).getByLabel(NAME).fill('Vega First');
  await (await front(b)).getByLabel(NAME).fill('Vega Second');
  await a.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Vega Second'), undefined, POLL);
  for (const page of [a, b]) {
    await front(page);
    await page.reload();
    await page.getByRole('button', { name: 'My ideal client' }).click();
    assert.equal(await page.getByLabel(NAME).inputValue(), 'Vega Second');
    assert.equal(await page.getByLabel(CURRENCY).inputValue(), 'DKK');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("each tab keeps its own work in progress, and a reload finds it", async () => {
  const { context, a, b, problems } = await twoTabs();
  await complete(a, 'Work A');
  await complete(b, 'Work B');
  // Tab A's next change is saved after tab B's work: B's must not have replaced it.
  await (await front(a)).locator('.cf-notes-part > summary').click();
  await a.getByLabel('Private notes').fill('notes of A');
  await a.reload();
  await a.getByRole('heading', { name: 'Result for Work A' }).waitFor();
  await (await front(b)).reload();
  await b.getByRole('heading', { name: 'Result for Work B' }).waitFor();
  // A newly opened tab takes up the most recent unfinished work: not a result (it saved
  // itself to History), but an assessment half answered.
  await (await front(b)).getByRole('button', { name: 'New screening' }).click();
  await b.getByLabel('Client or prospect name (optional)').fill('Work C');
  await b.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(b);
  await b.getByRole('heading', { name: 'First impression' }).waitFor();
  await b.getByLabel('Good', { exact: true }).check();
  await b.getByRole('button', { name: 'Next' }).click();
  await b.locator('.cf-section').waitFor();
  const c = await context.newPage();
  await c.goto(site.url);
  await c.locator('.cf-section').waitFor();
  assert.equal(await c.locator('.cf-question').first().count(), 1);
  const work = (await keys(a)).filter((k) => k.startsWith('client-fit-w-'));
  assert.ok(work.length >= 2, work.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

/** An assessment as stored, made in page JS terms. */
const entry = (id, client, created) => ({
  id, created_ms: created, updated_ms: created, questionnaire: 'screen', client, answers: {},
});

test('one damaged entry is set aside alone: the others show, and its notice offers it', async () => {
  const { context, page, problems } = await newPage(site.browser, { acceptDownloads: true });
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  const good = [entry('1001', 'Northwind', 1001), entry('1003', 'Tailspin', 1003)];
  await page.evaluate((good) => {
    for (const e of good) localStorage.setItem(`client-fit-a-${e.id}`, JSON.stringify(e));
    localStorage.setItem('client-fit-a-1002', '{"id": "1002", "created_ms": 10');
  }, good);
  await page.reload();
  await page.getByText('One saved assessment on this device could not be read').waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged copy' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(file, 'utf8'), '{"id": "1002", "created_ms": 10');
  assert.equal(await shownClients(page, ['Northwind', 'Tailspin']), 2);
  const stored = await keys(page);
  assert.ok(!stored.includes('client-fit-a-1002'), 'the damaged key was moved aside');
  assert.ok(stored.includes('client-fit-damaged'), stored.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a version 2 save loads whole and becomes one key per assessment', async () => {
  const { context, page, problems } = await newPage(site.browser);
  const saved = [entry('2001', 'Contoso', 2001), entry('2002', 'Fabrikam', 2002), entry('2003', 'Litware', 2003)];
  await context.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('client-fit', JSON.stringify({ version: 2, language: 'en', profile: { name: 'Old Studio' }, profile_asked: true }));
      localStorage.setItem('client-fit-history', JSON.stringify(saved));
      localStorage.setItem('client-fit-session', 'null');
    }
  }, saved);
  await page.goto(site.url);
  assert.equal(await shownClients(page, ['Contoso', 'Fabrikam', 'Litware']), 3);
  const stored = await keys(page);
  for (const e of saved) assert.ok(stored.includes(`client-fit-a-${e.id}`), stored.join(' '));
  assert.ok(!stored.includes('client-fit-history') && !stored.includes('client-fit-session'), stored.join(' '));
  const main = await page.evaluate(() => JSON.parse(localStorage.getItem('client-fit')));
  assert.equal(main.version, 3);
  assert.equal(main.profile.name, 'Old Studio');
  await page.reload();
  assert.equal(await shownClients(page, ['Contoso', 'Fabrikam', 'Litware']), 3);
  assert.deepEqual(problems, []);
  await context.close();
});
