// End to end: the profile comes first. Before the first screening or check-up, "Your terms
// first" asks for the values scoring compares with, once, skippable. Until a value is set, each
// question that compares with it says so, and the result lists what was not compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, answerSection, answerUntilResult, toSection } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** The main key the device keeps: profile and settings. */
function mainStored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('client-fit') ?? '{}'));
}


test('the terms come first, once; Continue waits for a term that does not read', async () => {
  const { page, problems, context } = await newPage(site.browser, { viewport: { width: 375, height: 800 } });
  await page.goto(site.url);
  await page.getByLabel('Client or prospect name (optional)').fill('First');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('heading', { name: 'Your terms first' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-heading');

  await page.getByLabel('Currency (for example EUR, USD, DKK, RON)').fill('eur');
  await page.getByLabel('Smallest budget worth taking on').fill('2,000');
  await page.locator('[id="cf0-terms.min-budget-read"]', { hasText: /^= 2,000\sEUR$/ }).waitFor();
  const deposit = page.getByLabel('Deposit before work starts (%)');
  await deposit.fill('150');
  const error = page.locator('[id="cf0-terms.deposit-error"]');
  await error.waitFor();
  assert.equal(await error.innerText(), 'The largest allowed is 100.');
  assert.equal(await deposit.getAttribute('aria-describedby'), 'cf0-terms.deposit-error');
  await page.getByLabel('Days a client has to pay an invoice').fill('30');
  await page.locator('[id="cf0-terms.payment-days-read"]', { hasText: /^= 30\sdays$/ }).waitFor();
  await page.getByLabel('Longest reply time you work with (hours, both ways)').fill('48');
  await page.locator('[id="cf0-terms.reply-hours-read"]', { hasText: /^= 48\shours$/ }).waitFor();
  await screenshot(page, 'terms-375');

  // Continue stays, and takes the person to the field that does not read.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-terms.deposit');
  assert.equal(await page.getByRole('heading', { name: 'Your terms first' }).count(), 1);
  await deposit.fill('30');
  await error.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();

  const main = await mainStored(page);
  assert.equal(main.profile_asked, true);
  assert.deepEqual(
    [main.profile.currency, main.profile.min_budget, main.profile.deposit_percent, main.profile.payment_days, main.profile.reply_hours],
    ['EUR', 2000, 30, 30, 48],
  );
  // Back from the first impression does not return to the terms; a reload stays where it was.
  assert.equal(await page.getByRole('button', { name: 'Back' }).count(), 0);
  await page.reload();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  // A new screening goes straight to the first impression.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  assert.equal(await page.locator('.cf-terms').count(), 0);
  // The terms are the profile's own values.
  await page.getByRole('button', { name: 'My ideal client' }).click();
  assert.equal(await page.getByLabel('Smallest budget worth taking on').inputValue(), '2,000');
  assert.equal(await page.getByLabel('Deposit before work starts (%)').inputValue(), '30');
  assert.deepEqual(problems, []);
  await context.close();
});

test('skipped, each question that compares with an unset term says so, and the result lists them', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByLabel('Client or prospect name (optional)').fill('Skipper');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  assert.equal((await mainStored(page)).profile_asked, true);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await toSection(page, 'Money');

  const budgetNote = page.locator('[data-question="budget"] .cf-not-compared-note');
  assert.equal(await budgetNote.locator('.cf-not-compared-line').innerText(), 'Not compared: set your minimum budget in your profile.');
  // The deposit falls back to its own default (25%), so it is compared and says nothing.
  const depositNote = page.locator('[data-question="deposit"] .cf-not-compared-note');
  assert.equal(await depositNote.count(), 0);
  // Questions that compare with nothing in the profile say nothing.
  assert.equal(await page.locator('fieldset.cf-kind-single .cf-not-compared-note').count(), 0);

  // The way to the profile, and back to the same step with the line gone.
  await budgetNote.getByRole('button', { name: 'Open your profile' }).click();
  await page.getByRole('heading', { name: 'Your ideal client profile' }).waitFor();
  await page.getByLabel('Smallest budget worth taking on').fill('5000');
  await page.locator('#cf0-profile-min-budget-read', { hasText: '= 5,000' }).waitFor();
  await page.getByRole('button', { name: 'Assess' }).click();
  await page.getByRole('heading', { name: 'Money' }).waitFor();
  assert.equal(await budgetNote.count(), 0);

  await answerSection(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await answerUntilResult(page);
  await page.getByRole('heading', { name: 'Result for Skipper' }).waitFor();
  const block = page.locator('.cf-not-compared');
  await block.getByRole('heading', { name: 'Not compared with your profile' }).waitFor();
  const items = (await block.locator('li').allTextContents()).map((t) => t.trim());
  assert.ok(!items.some((t) => t.includes('(set your deposit)')), items.join('\n'));
  assert.ok(items.some((t) => t.endsWith('(set the hours a week you can give one client)')), items.join('\n'));
  // One line per question, naming every value it lacks.
  assert.ok(items.some((t) => t.endsWith('(set your shortest project, your longest project)')), items.join('\n'));
  assert.ok(!items.some((t) => t.includes('minimum budget')), 'the budget was compared');
  // It comes before the scores.
  const order = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.cf-not-compared, .cf-scores')];
    return all.map((el) => el.classList.contains('cf-scores') ? 'scores' : 'not compared');
  });
  assert.deepEqual(order, ['not compared', 'scores']);
  // Its part opens to a way to the profile.
  await block.locator('summary').click();
  await block.getByRole('button', { name: 'Open your profile' }).click();
  await page.getByRole('heading', { name: 'Your ideal client profile' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a check-up asks too; the intake (the prospect answers) never does', async () => {
  const { page, problems, context } = await newPage(site.browser);
  // The intake is not on the start page: the app opens straight at it from its address.
  await page.goto(`${site.url}?questionnaire=intake`);
  await page.locator('.cf-section').waitFor();
  assert.equal(await page.locator('.cf-terms').count(), 0);
  // The prospect is not told about the consultant's profile.
  assert.equal(await page.locator('.cf-not-compared-note').count(), 0);
  assert.equal((await mainStored(page)).profile_asked ?? false, false);

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  await page.getByLabel('Check up on a client').check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('heading', { name: 'Your terms first' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
