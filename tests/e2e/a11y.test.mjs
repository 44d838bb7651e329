// End to end: axe-core finds no WCAG 2.2 A or AA violation on any screen, in light and dark,
// in all four languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, completeQuestionnaire, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

for (const scheme of ['light', 'dark']) {
  test(`every screen passes axe in ${scheme} mode`, async () => {
    const { page, context } = await newPage(site.browser, { colorScheme: scheme });
    const found = [];
    await page.goto(site.url);
    await page.locator('.cf-start').waitFor();
    found.push(...(await violations(page, 'start')));
    await page.getByRole('button', { name: 'My ideal client' }).click();
    found.push(...(await violations(page, 'profile')));
    await page.getByRole('button', { name: 'Assess' }).click();
    await page.getByLabel('Client or prospect name (optional)').fill('Axe');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { name: 'Your terms first' }).waitFor();
    // With an entry that does not read and one that does, so the error and the reading show.
    await page.getByLabel('Deposit before work starts (%)').fill('150');
    await page.getByLabel('Smallest budget worth taking on').fill('2,000');
    await page.getByText('= 2,000').waitFor();
    found.push(...(await violations(page, 'terms')));
    await page.getByLabel('Deposit before work starts (%)').fill('');
    await page.getByLabel('Smallest budget worth taking on').fill('');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { name: 'First impression' }).waitFor();
    found.push(...(await violations(page, 'blink')));
    await page.getByLabel('Bad', { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section').waitFor();
    found.push(...(await violations(page, 'section')));
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('alertdialog').waitFor();
    found.push(...(await violations(page, 'confirm')));
    await page.getByRole('button', { name: 'Discard and start over' }).click();
    await completeQuestionnaire(page, 'Axe');
    await page.getByText('Your own verdict').click();
    found.push(...(await violations(page, 'result')));
    await page.getByRole('button', { name: 'History', exact: true }).click();
    found.push(...(await violations(page, 'history')));
    assert.deepEqual(found, []);
    await context.close();
  });
}

test('the start and result pages pass axe in every language', async () => {
  const { page, context } = await newPage(site.browser);
  const found = [];
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Lang');
  for (const [button, code] of [['Español', 'es'], ['Română', 'ro'], ['Dansk', 'da'], ['English', 'en']]) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((lang) => document.querySelector('.cf-app')?.lang === lang, code);
    found.push(...(await violations(page, `result ${code}`)));
  }
  assert.deepEqual(found, []);
  await context.close();
});
