// End to end: the release build served on 127.0.0.1, driven in Chromium as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, completeQuestionnaire, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('the page shows the widget, not just a page', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Screen a client before you say yes.' }).waitFor();
  assert.equal(await page.locator('.cf-app').count(), 1);
  assert.ok(await page.getByRole('button', { name: 'Begin' }).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a questionnaire can be completed by clicking through to a verdict', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Northwind');
  const verdict = page.locator('.cf-verdict');
  assert.ok((await verdict.textContent()).trim().length > 0);
  // Focus moved to the new step's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cf0-heading');
  // The scores are a closed part below the summary; opened, the chart shows.
  assert.ok(!(await page.locator('svg.cf-chart').isVisible()));
  await page.locator('.cf-scores > summary').click();
  assert.ok(await page.locator('svg.cf-chart').isVisible());
  await screenshot(page, 'result-screen');
  // The Print button opens every part first, as here.
  await page.evaluate(() => document.querySelectorAll('details.cf-part').forEach((d) => { d.open = true; }));
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'result-print');
  // The printed report fits on one or two A4 pages.
  const pdf = await page.pdf({ format: 'A4', path: 'target/screenshots/result.pdf' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the report prints on ${pages} pages`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload mid-way returns to the same step with every answer in place', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByLabel('Unsure', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
  const firstRadio = page.locator('fieldset.cf-question input[type=radio]').first();
  await firstRadio.check();
  const id = await firstRadio.getAttribute('id');
  const heading = await page.locator('#cf0-heading').textContent();

  await page.reload();
  await page.locator('.cf-section').waitFor();
  assert.equal(await page.locator('#cf0-heading').textContent(), heading);
  assert.ok(await page.locator(`[id="${id}"]`).isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});

test('start over asks before it discards anything', async () => {
  const { page, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('alertdialog').waitFor();
  // Focus goes into the dialog, Escape cancels, and focus comes back to Start over.
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-confirm-cancel');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-start-over');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  await context.close();
});
