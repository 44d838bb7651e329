// End to end: a double click never skips a step (the second click lands on the button the step
// change put under the pointer), and a first impression passed by is listed on the review.
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

const heading = (page) => page.locator('h2.cf-title').first().innerText();

test('double clicks on Begin and on Next move one step at a time', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByLabel('Client or prospect name (optional)').fill('Twice');
  await page.getByRole('button', { name: 'Begin' }).dblclick();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  // A double click on Next from the first impression shows the first section, not the second.
  await page.getByRole('button', { name: 'Next' }).dblclick();
  await page.locator('.cf-section').waitFor();
  const first = await heading(page);
  assert.match(await page.locator('.cf-progress-text').innerText(), /Section 1 of/);
  await page.getByRole('button', { name: 'Next' }).dblclick();
  await page.waitForFunction((before) => document.querySelector('h2.cf-title')?.innerText !== before, first);
  assert.match(await page.locator('.cf-progress-text').innerText(), /Section 2 of/);
  // The keyboard is never held back.
  await page.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => document.querySelector('h2.cf-title')?.innerText === before, first);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a first impression passed by is listed on the review, with a way back to it', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.locator('.cf-section').waitFor();
    const now = await heading(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((before) => document.querySelector('h2.cf-title')?.innerText !== before, now);
  }
  const item = page.locator('.cf-review-impression');
  assert.equal(await item.locator('span').innerText(), 'First impression');
  await item.getByRole('button').click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel('Unsure', { exact: true }).check();
  assert.deepEqual(problems, []);
  await context.close();
});
