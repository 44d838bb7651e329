// End to end: questionnaires are fetched one language at a time, only when needed, and a
// questionnaire shown in one language switches to another without losing answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** Paths of the questionnaire files the page asked for, in order. */
function recordQuestionnaires(page) {
  const paths = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/questionnaires/')) paths.push(path.slice('/questionnaires/'.length));
  });
  return paths;
}

test('only the language in use is fetched, and a switch fetches the new one', async () => {
  const { page, problems, context } = await newPage(site.browser, { locale: 'da-DK' });
  const fetched = recordQuestionnaires(page);
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Tjek en kunde, før du siger ja.' }).waitFor();
  assert.deepEqual([...fetched].sort(), ['checkup.da.json', 'intake.da.json', 'screen.da.json']);

  // Begin in Danish, answer one question, then switch to English mid-way.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await skipTermsIfAsked(page);
  await page.locator('.cf-blink input[type=radio]').first().check();
  await page.getByRole('button', { name: 'Næste' }).click();
  const first = page.locator('fieldset.cf-question').first();
  await first.locator('input[type=radio]').first().check();
  const legendInDanish = await first.locator('legend').innerText();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(
    (danish) => {
      const legend = document.querySelector('fieldset.cf-question legend');
      return legend && legend.innerText !== danish && document.querySelector('.cf-app').lang === 'en';
    },
    legendInDanish,
  );
  assert.deepEqual(
    fetched.filter((f) => f.endsWith('.en.json')).sort(),
    ['checkup.en.json', 'intake.en.json', 'screen.en.json'],
  );
  assert.equal(await first.locator('input[type=radio]').first().isChecked(), true, 'the answer is kept');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page that begins a questionnaire at once shows it before fetching the others', async () => {
  const { page, problems, context } = await newPage(site.browser);
  const fetched = recordQuestionnaires(page);
  await page.goto(`${site.url}?questionnaire=intake`);
  await page.locator('fieldset.cf-question').first().waitFor();
  assert.equal(fetched[0], 'intake.en.json');
  // The others come after the first paint, once the intake was read. (On a loaded machine
  // pwa.js, an async script, may add its preload of the intake after the app asked for it:
  // then the intake shows twice here, and the first one is the app's.)
  await page.waitForFunction(() => ['screen.en.json', 'checkup.en.json'].every((file) =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/questionnaires/${file}`))));
  const timing = await page.evaluate(() => {
    const first = {};
    for (const e of performance.getEntriesByType('resource')) {
      const file = e.name.split('/').pop();
      if (e.name.includes('/questionnaires/') && !(file in first)) {
        first[file] = { start: e.startTime, end: e.responseEnd };
      }
    }
    return first;
  });
  for (const other of ['screen.en.json', 'checkup.en.json']) {
    assert.ok(timing[other].start >= timing['intake.en.json'].end, `${other} waited for the first paint`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a questionnaire file that cannot be fetched is reported, and the rest still work', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.route('**/questionnaires/checkup.en.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(site.url);
  await page.getByText('questionnaires/checkup.en.json: could not be fetched (HTTP 404').waitFor();
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  // The failed fetch is logged by the browser itself; nothing else went wrong.
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});

test('an address naming an unknown questionnaire opens the start page, and Begin works', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(`${site.url}?questionnaire=no-such-thing`);
  await page.locator('.cf-start input[type=radio]').first().waitFor();
  assert.equal(await page.locator('.cf-start input[type=radio]:checked').count(), 1, 'one is chosen');
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
