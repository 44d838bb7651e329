// End to end: numbers read as people write them, in each language's way. "12,000" is twelve
// thousand in English and "3.500,50" is 3500.5 in Danish; each field shows what it read; an
// entry that does not read, or is out of range, says so at the field, clears the value and
// holds Next. The same on the profile page, and through to the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, answerSection, answerUntilResult, skipTermsIfAsked, toSection } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});


/** Begins the screening for `client` and passes the first impression (and the terms if asked). */
async function beginScreening(page, client) {
  await page.locator('.cf-start').waitFor();
  await page.locator('.cf-start input[type=text]').first().fill(client);
  await page.locator('.cf-start .cf-button-primary').click();
  await skipTermsIfAsked(page);
  await page.locator('.cf-blink input[type=radio]').first().check();
  await page.locator('.cf-next').click();
}

/** What the device keeps: the main key (profile and settings) and this tab's assessment in
 *  progress (under its tab's key, the tab's id being in sessionStorage). */
function stored(page) {
  return page.evaluate(() => ({
    main: JSON.parse(localStorage.getItem('client-fit') ?? '{}'),
    session: (JSON.parse(localStorage.getItem(`client-fit-w-${sessionStorage.getItem('client-fit-tab')}`) ?? '{}').session ?? null),
  }));
}

/** Waits until the stored data satisfies `check` (saving follows each change). */
async function storedWhen(page, check) {
  await page.waitForFunction(check);
  return stored(page);
}

const budget = (page) => page.locator('[data-question="budget"] input.cf-input-number');
/** The line under a number question that says what it read (with `text` in it, if given). */
const readOf = (page, question, text) =>
  page.locator(`[data-question="${question}"] .cf-number-read`, text === undefined ? {} : { hasText: text });

test('"12,000" in the budget against a profile minimum of "2,000" is twelve thousand, through to the result', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'My ideal client' }).click();
  await page.getByLabel('Smallest budget worth taking on').fill('2,000');
  await page.locator('#cf0-profile-min-budget-read', { hasText: '= 2,000' }).waitFor();
  const { main } = await storedWhen(page, () => JSON.parse(localStorage.getItem('client-fit') ?? '{}').profile?.min_budget === 2000);
  assert.equal(main.profile.min_budget, 2000);

  await page.getByRole('button', { name: 'Assess' }).click();
  await beginScreening(page, 'Twelve Thousand');
  await toSection(page, 'Money');
  await budget(page).fill('12,000');
  await readOf(page, 'budget').waitFor();
  assert.equal(await readOf(page, 'budget').innerText(), '= 12,000');
  // The budget is compared: the profile has a minimum.
  assert.equal(await page.locator('[data-question="budget"] .cf-not-compared-note').count(), 0);
  const { session } = await storedWhen(page, () => (JSON.parse(localStorage.getItem(`client-fit-w-${sessionStorage.getItem('client-fit-tab')}`) ?? '{}').session ?? null)?.answers?.budget?.number === 12000);
  assert.deepEqual(session.answers.budget, { number: 12000 });
  // Kept as typed.
  assert.equal(await budget(page).inputValue(), '12,000');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'number-read-375');

  await answerSection(page);
  await page.locator('.cf-next').click();
  await answerUntilResult(page);
  await page.getByRole('heading', { name: 'Result for Twelve Thousand' }).waitFor();
  assert.equal(await page.getByText('Budget far below your minimum').count(), 0);
  assert.equal(await page.getByText('Budget below your minimum').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"3.500,50" reads as 3500.5 in Danish, and a switch to English writes it the English way', async () => {
  const { page, problems, context } = await newPage(site.browser, { locale: 'da-DK' });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Min ideelle kunde' }).click();
  // The field by its id: the wording of Danish labels may change, the field does not.
  await page.locator('#cf0-profile-min-budget').fill('3.500,50');
  await page.locator('#cf0-profile-min-budget-read', { hasText: '= 3.500,5' }).waitFor();
  const { main } = await storedWhen(page, () => JSON.parse(localStorage.getItem('client-fit') ?? '{}').profile?.min_budget === 3500.5);
  assert.equal(main.profile.min_budget, 3500.5);

  await page.getByRole('button', { name: 'Vurdér' }).click();
  await beginScreening(page, 'Dansk');
  await toSection(page, 'Økonomi');
  await budget(page).fill('3.500,50');
  await readOf(page, 'budget').waitFor();
  assert.equal(await readOf(page, 'budget').innerText(), '= 3.500,5');
  await storedWhen(page, () => (JSON.parse(localStorage.getItem(`client-fit-w-${sessionStorage.getItem('client-fit-tab')}`) ?? '{}').session ?? null)?.answers?.budget?.number === 3500.5);
  // "12.000" is twelve thousand in Danish, "12,000" twelve.
  await budget(page).fill('12.000');
  await readOf(page, 'budget', '= 12.000').waitFor();
  await budget(page).fill('12,000');
  await readOf(page, 'budget', /^= 12$/).waitFor();

  await budget(page).fill('3.500,50');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('.cf-app')?.lang === 'en');
  await readOf(page, 'budget', '= 3,500.5').waitFor();
  assert.equal(await budget(page).inputValue(), '3,500.5');
  const { session } = await stored(page);
  assert.deepEqual(session.answers.budget, { number: 3500.5 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('"150" in a percentage and "abc" are errors at the field that clear the answer and hold Next', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await beginScreening(page, 'Percent');
  await toSection(page, 'Money');
  const deposit = page.locator('[data-question="deposit"] input.cf-input-number');
  const error = page.locator('[data-question="deposit"] .cf-field-error');

  await deposit.fill('15');
  await readOf(page, 'deposit').waitFor();
  assert.match(await readOf(page, 'deposit').innerText(), /^= 15\s%$/);
  await storedWhen(page, () => (JSON.parse(localStorage.getItem(`client-fit-w-${sessionStorage.getItem('client-fit-tab')}`) ?? '{}').session ?? null)?.answers?.deposit?.number === 15);

  await deposit.fill('150');
  await error.waitFor();
  assert.equal(await error.innerText(), 'The largest allowed is 100.');
  assert.equal(await deposit.getAttribute('aria-invalid'), 'true');
  assert.equal(await deposit.getAttribute('aria-describedby'), await error.getAttribute('id'));
  assert.equal(await deposit.inputValue(), '150', 'kept as typed');
  // Never the earlier 15, nor a part of what was typed.
  await storedWhen(page, () => !('deposit' in ((JSON.parse(localStorage.getItem(`client-fit-w-${sessionStorage.getItem('client-fit-tab')}`) ?? '{}').session ?? {}).answers ?? {})));

  // Next stays, and takes the person to the field.
  const depositId = await deposit.getAttribute('id');
  await page.locator('.cf-next').click();
  await page.waitForFunction((id) => document.activeElement?.id === id, depositId);
  assert.equal(await page.locator('#cf0-heading').innerText(), 'Money');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'number-error-375');

  await deposit.fill('abc');
  await error.filter({ hasText: 'This does not read as a number' }).waitFor();
  await page.locator('.cf-next').click();
  await page.waitForFunction((id) => document.activeElement?.id === id, depositId);
  assert.equal(await page.locator('#cf0-heading').innerText(), 'Money');

  // Fixed, Next moves on.
  await deposit.fill('30');
  await error.waitFor({ state: 'detached' });
  await page.locator('.cf-next').click();
  await page.waitForFunction(() => document.getElementById('cf0-heading')?.innerText !== 'Money');
  const { session } = await stored(page);
  assert.deepEqual(session.answers.deposit, { number: 30 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the profile page reads "2,000" as two thousand, and an entry that does not read clears its value', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'My ideal client' }).click();
  const min = page.getByLabel('Smallest budget worth taking on');
  await min.fill('2,000');
  await page.locator('#cf0-profile-min-budget-read', { hasText: '= 2,000' }).waitFor();
  const deposit = page.getByLabel('Deposit before work starts (%)');
  await deposit.fill('30');
  await storedWhen(page, () => JSON.parse(localStorage.getItem('client-fit') ?? '{}').profile?.deposit_percent === 30);
  await deposit.fill('150');
  const error = page.locator('#cf0-profile-deposit-error');
  await error.waitFor();
  assert.equal(await error.innerText(), 'The largest allowed is 100.');
  assert.equal(await deposit.getAttribute('aria-describedby'), 'cf0-profile-deposit-error');
  const { main } = await storedWhen(page, () => JSON.parse(localStorage.getItem('client-fit') ?? '{}').profile?.deposit_percent == null);
  assert.equal(main.profile.min_budget, 2000);
  assert.equal(main.profile.deposit_percent ?? null, null, 'not the earlier 30');
  await deposit.fill('abc');
  await error.filter({ hasText: 'This does not read as a number' }).waitFor();
  await deposit.fill('');
  await error.waitFor({ state: 'detached' });

  // Through to the result: 1,500 is below a minimum of 2,000 (and would be far above 2).
  await page.getByRole('button', { name: 'Assess' }).click();
  await beginScreening(page, 'Below');
  await toSection(page, 'Money');
  await budget(page).fill('1,500');
  await readOf(page, 'budget', '= 1,500').waitFor();
  await answerSection(page);
  await page.locator('.cf-next').click();
  await answerUntilResult(page);
  await page.getByRole('heading', { name: 'Result for Below' }).waitFor();
  assert.ok((await page.getByText('Budget below your minimum', { exact: true }).count()) > 0);
  assert.equal(await page.getByText('Budget far below your minimum').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
