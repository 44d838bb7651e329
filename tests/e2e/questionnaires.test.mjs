// End to end: each built-in questionnaire completed by clicking, on a phone-sized screen too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, completeQuestionnaire, answerUntilResult, scrollsSideways, screenshot, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

const VERDICTS = {
  screen: ['Good fit: go ahead', 'Take it, with safeguards', 'Change the terms first', 'Walk away'],
  checkup: ['Keep', 'Reset expectations', 'Renegotiate the terms', 'Part ways'],
};

test('screening a prospect ends in one of its verdicts, with the report', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Woodgrove', 'Good', 'Screen a prospect');
  assert.ok(VERDICTS.screen.includes((await page.locator('.cf-verdict').textContent()).trim()));
  assert.ok(await page.locator('.cf-warning-signs').isVisible());
  await page.locator('.cf-scores > summary').click();
  assert.ok(await page.locator('svg.cf-chart').isVisible());
  // Even with many warning signs, the printed report fits on two A4 pages, every part open
  // (as the Print button opens them).
  await page.evaluate(() => document.querySelectorAll('details.cf-part').forEach((d) => { d.open = true; }));
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the report prints on ${pages} pages`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('checking up on a client ends on the ladder', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Proseware', 'Unsure', 'Check up on a client');
  assert.ok(VERDICTS.checkup.includes((await page.locator('.cf-verdict').textContent()).trim()));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the intake starts straight at its questions, with no first impression', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(`${site.url}?questionnaire=intake`);
  await page.locator('.cf-section').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'First impression' }).count(), 0);
  await answerUntilResult(page);
  await page.getByRole('heading', { name: 'Result' }).waitFor();
  assert.ok(VERDICTS.screen.includes((await page.locator('.cf-verdict').textContent()).trim()));
  assert.deepEqual(problems, []);
  await context.close();
});

test('from 320 px wide, no page scrolls sideways', async () => {
  const { page, problems, context } = await newPage(site.browser, { viewport: { width: 320, height: 640 } });
  await page.goto(site.url);
  assert.equal(await scrollsSideways(page), false, 'start page');
  await page.getByRole('button', { name: 'My ideal client' }).click();
  assert.equal(await scrollsSideways(page), false, 'profile page');
  await page.getByRole('button', { name: 'Assess' }).click();
  await page.getByLabel('Client or prospect name (optional)').fill('Narrow');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.cf-terms').waitFor();
  assert.equal(await scrollsSideways(page), false, 'your terms first');
  await skipTermsIfAsked(page);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
  assert.equal(await scrollsSideways(page), false, 'a section');
  await answerUntilResult(page);
  await page.getByRole('heading', { name: 'Result for Narrow' }).waitFor();
  assert.equal(await scrollsSideways(page), false, 'the result');
  await screenshot(page, 'result-320px');
  assert.deepEqual(problems, []);
  await context.close();
});
