// End to end: a questionnaire completed with the keyboard alone (Tab, Space, typing, Enter),
// never a click; focus lands on each new step's heading.
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

/** What has focus: its tag, type, id, class and whether it (or its group) is answered. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const group = el?.name ? document.querySelectorAll(`input[name="${el.name}"]:checked`).length : 0;
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.type,
      id: el?.id,
      className: el?.className ?? '',
      text: el?.textContent?.trim(),
      value: el?.value,
      groupAnswered: group > 0,
    };
  });
}

/** Tabs through the current step, answering every radio group with its first choice and every
 *  empty number field, then presses Enter on the primary button. */
async function answerStepByKeyboard(page) {
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'input' && f.type === 'radio' && !f.groupAnswered) {
      await page.keyboard.press('Space');
    } else if (f.tag === 'input' && f.className.includes('cf-input-number') && !f.value) {
      // In range for every number question (a percentage is at most 100): an entry out of range
      // would hold Next, as it should.
      await page.keyboard.type('50');
    } else if (f.tag === 'button' && f.className.includes('cf-button-primary')) {
      await page.keyboard.press('Enter');
      return f.text;
    }
  }
  throw new Error('no primary button reached by Tab');
}

test('the screening questionnaire can be completed with the keyboard alone', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  // Start page: the name, then Begin.
  for (let i = 0; i < 40 && (await focused(page)).id !== 'cf0-client-name'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard Co');
  assert.equal(await answerStepByKeyboard(page), 'Begin');
  // "Your terms first", asked once: skipped with Tab and Enter.
  await page.getByRole('heading', { name: 'Your terms first' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-heading');
  for (let i = 0; i < 40 && (await focused(page)).text !== 'Skip for now'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  assert.equal((await focused(page)).id, 'cf0-heading', 'focus moved to the new heading');

  for (let steps = 0; steps < 20; steps += 1) {
    const pressed = await answerStepByKeyboard(page);
    if (pressed === 'See the result') break;
    await page.waitForFunction(() => document.activeElement?.id === 'cf0-heading');
  }
  await page.getByRole('heading', { name: 'Result for Keyboard Co' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'cf0-heading');
  assert.ok((await page.locator('.cf-verdict').textContent()).trim().length > 0);
  // The verdict sits in a live region, so screen readers announce it.
  assert.equal(await page.locator('.cf-verdict-block').getAttribute('aria-live'), 'polite');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Where the person is: the step's heading and, one question at a time, the question's place. */
const place = (page) =>
  page.evaluate(() => `${document.querySelector('h2.cf-title')?.textContent}|${document.querySelector('.cf-question-position')?.textContent ?? ''}`);

test('one question at a time (the default) can be completed with the keyboard alone', async () => {
  const { page, problems, context } = await newPage(site.browser, { layout: null });
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  for (let i = 0; i < 40 && (await focused(page)).id !== 'cf0-client-name'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.type('One Key Ltd');
  assert.equal(await answerStepByKeyboard(page), 'Begin');
  await page.getByRole('heading', { name: 'Your terms first' }).waitFor();
  for (let i = 0; i < 40 && (await focused(page)).text !== 'Skip for now'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await answerStepByKeyboard(page);
  await page.locator('.cf-one-question').waitFor();

  let questions = 0;
  while (!(await page.locator('.cf-review').count())) {
    // Focus is on the question (or, on a new section, its heading): the answer is a Tab away.
    await page.waitForFunction(() => ['cf0-current-question', 'cf0-heading'].includes(document.activeElement?.id));
    const before = await place(page);
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.tag === 'input' && f.type === 'radio' && !f.groupAnswered) {
        // A single choice moves on by itself.
        await page.keyboard.press('Space');
        break;
      } else if (f.tag === 'input' && f.type === 'checkbox') {
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        break;
      } else if (f.tag === 'input' && f.className.includes('cf-input-number') && !f.value) {
        await page.keyboard.type('50');
        await page.keyboard.press('Enter');
        break;
      } else if (f.tag === 'button' && f.className.includes('cf-button-primary')) {
        await page.keyboard.press('Enter');
        break;
      }
    }
    await page.waitForFunction((b) =>
      `${document.querySelector('h2.cf-title')?.textContent}|${document.querySelector('.cf-question-position')?.textContent ?? ''}` !== b, before);
    questions += 1;
    assert.ok(questions < 80, 'the questions end');
  }
  assert.ok(questions >= 25, `${questions} questions answered one at a time`);
  await answerStepByKeyboard(page);
  await page.getByRole('heading', { name: 'Result for One Key Ltd' }).waitFor();
  assert.ok((await page.locator('.cf-verdict').textContent()).trim().length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
