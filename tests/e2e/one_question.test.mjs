// End to end: one question at a time, as in the form tools people know. The switch on a
// section turns it on (and is remembered); a single choice moves on by itself after a moment,
// keys answer, Back goes to the question before, each question has its address, and a double
// click on an answer never skips the next question.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, skipTermsIfAsked, screenshot, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

const legend = (page) => page.locator('.cf-question .cf-legend').first().textContent();

async function toFirstSection(page) {
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
}

for (const [width, height, scheme] of [[1280, 800, 'light'], [375, 740, 'dark']]) {
  test(`one question at a time at ${width}×${height}: choices move on, keys answer, Back and the address follow`, async () => {
    const { page, problems, context } = await newPage(site.browser, { viewport: { width, height }, colorScheme: scheme });
    await toFirstSection(page);
    const toggle = page.getByRole('button', { name: 'One question at a time' });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await page.locator('.cf-one-question').waitFor();
    assert.equal(await page.locator('fieldset.cf-question').count(), 1);
    await page.getByText('Question 1 of').waitFor();
    assert.match(page.url(), /\?step=section-1&question=1$/);

    // A click on a single choice: the next question comes by itself, with the focus on it.
    const first = await legend(page);
    await page.locator('fieldset.cf-question input[type=radio]').first().click();
    await page.getByText('Question 2 of').waitFor();
    assert.notEqual(await legend(page), first);
    assert.match(page.url(), /&question=2$/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cf0-current-question');
    // A key answers too.
    await page.keyboard.press('2');
    await page.getByText('Question 3 of').waitFor();
    // A double click on an answer moves on once (both clicks land on the same question: the
    // next one comes a moment later, and a late second advance is ignored; Back below shows it).
    await page.locator('fieldset.cf-question input[type=radio]').first().dblclick();
    await page.getByText('Question 4 of').waitFor();
    // The browser's Back goes to the question before, with its answer; the Back button too.
    await page.goBack();
    await page.getByText('Question 3 of').waitFor();
    assert.equal(await page.locator('fieldset.cf-question input:checked').count(), 1);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('Question 2 of').waitFor();
    await page.reload();
    await page.getByText('Question 2 of').waitFor();
    assert.deepEqual(await violations(page, `one question ${width}`), []);
    await screenshot(page, `one-question-${width}-${scheme}`, { fullPage: false });
    // The page is one screen: nothing to scroll on a desktop.
    if (width === 1280) {
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(tall <= height, `${tall}px`);
    }
    // The choice is remembered; whole sections come back with the switch.
    await page.getByRole('button', { name: 'One question at a time' }).click();
    await page.waitForFunction(() => document.querySelectorAll('fieldset.cf-question').length > 1);
    assert.match(page.url(), /\?step=section-1$/);
    await page.getByRole('button', { name: 'One question at a time' }).click();
    await page.locator('.cf-one-question').waitFor();
    await page.reload();
    await page.locator('.cf-one-question').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('one question at a time is the default until the person chooses', async () => {
  const { page, problems, context } = await newPage(site.browser, { layout: null, viewport: { width: 375, height: 740 } });
  await toFirstSection(page);
  await page.locator('.cf-one-question').waitFor();
  assert.equal(await page.getByRole('button', { name: 'One question at a time' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => localStorage.getItem('client-fit-layout')), null, 'nothing stored until chosen');
  assert.deepEqual(problems, []);
  await context.close();
});
