// End to end: the language switcher and the ideal client profile, as a person uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('the interface starts in the browser language and switches on request', async () => {
  const { page, problems, context } = await newPage(site.browser, { locale: 'da-DK' });
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Tjek en kunde, før du siger ja.' }).waitFor();
  assert.equal(await page.locator('.cf-app').getAttribute('lang'), 'da');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { name: 'Evalúa a un cliente antes de decir que sí.' }).waitFor();
  // The page itself names the language shown, not only the app's root.
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.getByRole('button', { name: 'Română' }).click();
  await page.getByRole('heading', { name: 'Evaluează un client înainte să spui da.' }).waitFor();
  // The choice is remembered across a reload.
  await page.reload();
  await page.getByRole('heading', { name: 'Evaluează un client înainte să spui da.' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the profile is filled in once, kept, and used by the flow', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'My ideal client' }).click();
  await page.getByRole('heading', { name: 'Your ideal client profile' }).waitFor();
  await page.getByLabel('Your name or business (signs your letters)').fill('Vega Studio');
  await page.getByLabel('Currency (for example EUR, USD, DKK, RON)').fill('eur');
  await page.getByLabel('Smallest budget worth taking on').fill('4 000');
  const deposit = page.getByLabel('Deposit before work starts (%)');
  await deposit.fill('abc');
  // A value that does not read says why, linked to its field.
  const describedBy = await deposit.getAttribute('aria-describedby');
  assert.ok(describedBy);
  assert.match(await page.locator(`#${describedBy}`).textContent(), /number/);
  await deposit.fill('30');
  await page.reload();
  await page.getByRole('button', { name: 'My ideal client' }).click();
  assert.equal(await page.getByLabel('Your name or business (signs your letters)').inputValue(), 'Vega Studio');
  assert.equal(await page.getByLabel('Currency (for example EUR, USD, DKK, RON)').inputValue(), 'EUR');
  // Read as four thousand, and written back the language's way.
  assert.equal(await page.getByLabel('Smallest budget worth taking on').inputValue(), '4,000');
  // The currency shows beside money questions.
  await page.getByRole('button', { name: 'Assess' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const money = page.locator('.cf-unit', { hasText: 'EUR' });
  if ((await page.locator('.cf-unit').count()) > 0) assert.ok((await money.count()) > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
