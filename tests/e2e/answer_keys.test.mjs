// End to end: keys for answering (issue 15, part 2). A digit picks that option of the question
// being answered (the focused one, or the first still open); the focus then moves on to the
// next question; Enter goes on to the next step; digits typed into a number field stay there.
// Each option shows its digit, outside its accessible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => site?.close());

const checkedIn = (page, question) =>
  page.locator(`fieldset[data-question="${question}"] input:checked`).getAttribute('id');
const focusedQuestion = (page) =>
  page.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.question ?? document.activeElement?.className);

test('digits answer, the focus moves on, and Enter goes to the next step', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);

  // The first impression: "3" picks Bad from the heading; the digits show on the cards.
  await page.locator('.cf-blink').waitFor();
  await page.locator('#cf0-heading').focus();
  assert.deepEqual(await page.locator('.cf-blink .cf-key').allInnerTexts(), ['1', '2', '3']);
  await page.keyboard.press('3');
  assert.ok(await page.getByLabel('Bad', { exact: true }).isChecked(), 'the name is the label alone');
  // Enter in the one-line "why" goes on.
  await page.getByLabel('In one line, why?').fill('Shouted at the waiter');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Conduct and respect' }).waitFor();

  // From the heading, "1" answers the first open question; the focus goes to the next one.
  await page.locator('#cf0-heading').focus();
  await page.keyboard.press('1');
  assert.equal(await checkedIn(page, 'temper'), 'cf0-q.temper.o.calm');
  assert.equal(await focusedQuestion(page), 'belittling');
  await page.keyboard.press('2');
  assert.match(await checkedIn(page, 'belittling'), /belittling\.o\./);
  assert.notEqual(await checkedIn(page, 'belittling'), await page.locator('fieldset[data-question="belittling"] input').first().getAttribute('id'));
  assert.equal(await focusedQuestion(page), 'argued_with_own_people');
  // Yes/no: 1 yes, 2 no, 3 not sure.
  await page.keyboard.press('2');
  assert.equal(await checkedIn(page, 'argued_with_own_people'), 'cf0-q.argued_with_own_people.no');
  // A digit past the options does nothing.
  await page.keyboard.press('9');
  assert.equal(await page.locator('fieldset[data-question="give_and_take"] input:checked').count(), 0);
  await screenshot(page, 'answer-keys-conduct');

  // Enter goes on (the rest of the section is left open: the review will list it).
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Communication and time' }).waitFor();
  // Digits typed into a number field are the number's.
  const hours = page.locator('fieldset[data-question="reply_hours"] input.cf-input-number');
  await hours.focus();
  await page.keyboard.type('12');
  assert.equal(await hours.inputValue(), '12');
  assert.equal(await page.locator('fieldset.cf-question input:checked').count(), 0, 'no option was picked');
  assert.deepEqual(problems, []);
  await context.close();
});
