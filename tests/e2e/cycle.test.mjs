// End to end: the cycle a consultant goes through, as issue #15 asks. Steps have addresses
// (Back, Forward and a reload keep the step; Back never leaves an assessment mid-way), the result
// saves itself and a new screening is one click away with nothing lost, and the result's
// summary (verdict, reasons, next steps, the first letter's copy button) is in the first view
// at 1280×800 and at 375×740, the closed parts keeping the desktop page to 1.5 screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, completeQuestionnaire, skipTermsIfAsked, answerSection, screenshot, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

const heading = (page) => page.locator('h2.cf-title, h1.cf-title').first();
const waitForHeading = (page, text) =>
  page.waitForFunction((t) => document.querySelector('h2.cf-title, h1.cf-title')?.textContent === t, text);

test('Back, Forward and a reload move between steps and keep the step; Back never leaves mid-way', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByLabel('Client or prospect name (optional)').fill('Northwind');
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  assert.match(page.url(), /\?step=first-impression$/);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
  const first = await heading(page).textContent();
  assert.match(page.url(), /\?step=section-1$/);
  await answerSection(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForFunction((t) => document.querySelector('h2.cf-title')?.textContent !== t, first);
  const second = await heading(page).textContent();
  assert.match(page.url(), /\?step=section-2$/);

  await page.goBack();
  await waitForHeading(page, first);
  assert.match(page.url(), /\?step=section-1$/);
  await page.goForward();
  await waitForHeading(page, second);
  await page.reload();
  await waitForHeading(page, second);
  assert.match(page.url(), /\?step=section-2$/);

  // Back to the first step, then Back again: still in the app, still on that step. (Each Back
  // waits for the address and the page it leads to before the next.)
  await page.goBack();
  await page.waitForFunction(() => location.search === '?step=section-1');
  await waitForHeading(page, first);
  await page.goBack();
  await page.waitForFunction(() => location.search === '?step=first-impression');
  await waitForHeading(page, 'First impression');
  await page.goBack();
  await page.waitForFunction(() => /\?step=first-impression$/.test(location.href));
  assert.equal(await heading(page).textContent(), 'First impression');
  assert.ok(page.url().startsWith(site.url), 'the app was not left');

  // A page has its address too, and a link to it opens it.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.waitForFunction(() => location.search === '?page=history');
  await page.goto(`${site.url}?page=profile`);
  await page.locator('.cf-profile').waitFor();
  // A tampered address opens the app as usual.
  await page.goto(`${site.url}?step=%3Cscript%3E&page=nope`);
  await page.locator('.cf-section, .cf-start, .cf-blink').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the result saves itself; a new screening is one click away and nothing is lost', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await completeQuestionnaire(page, 'Fabrikam');
  assert.equal(await page.getByRole('button', { name: 'Save to history' }).count(), 0, 'nothing to save by hand');
  await page.getByText('Saved in History as you go.').waitFor();
  // Notes typed after it was saved go with it.
  await page.locator('.cf-notes-part summary').click();
  await page.getByLabel('Private notes').fill('Ask about the second phase');
  await page.getByRole('button', { name: 'New screening' }).click();
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  assert.equal(await page.locator('.cf-confirm').count(), 0, 'nothing asks to discard');

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const row = page.locator('.cf-history-item', { hasText: 'Fabrikam' });
  await row.waitFor();
  await row.getByRole('button', { name: 'Open' }).click();
  await page.locator('.cf-notes-part summary').click();
  assert.equal(await page.getByLabel('Private notes').inputValue(), 'Ask about the second phase');
  // From History, too, one click.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'New screening' }).click();
  await page.getByRole('button', { name: 'Begin' }).waitFor();
  // A name typed on the start page survives a reload.
  await page.getByLabel('Client or prospect name (optional)').fill('Tailspin');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('input[id$="client-name"]')?.value === 'Tailspin');
  assert.equal(await page.locator('.cf-history-item').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [width, height, scheme] of [[1280, 800, 'light'], [375, 740, 'dark']]) {
  test(`the result's summary is in the first view at ${width}×${height} (${scheme})`, async () => {
    const { page, problems, context } = await newPage(site.browser, {
      viewport: { width, height },
      colorScheme: scheme,
    });
    await page.goto(site.url);
    await completeQuestionnaire(page, 'Litware', 'Bad');
    await page.locator('.cf-copy-letter').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `result-summary-${width}-${scheme}`, { fullPage: false });
    await screenshot(page, `result-whole-${width}-${scheme}`);
    const bottom = async (selector) =>
      page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom);
    for (const selector of ['.cf-verdict', '.cf-reasons', '.cf-copy-letter']) {
      const at = await bottom(selector);
      assert.ok(at <= height, `${selector} ends at ${at}px, below the first ${height}px`);
    }
    const steps = await page.locator('.cf-step').count();
    assert.ok(steps >= 1 && steps <= 3, `${steps} next steps`);
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`result page at ${width}×${height}, parts closed: ${total}px`);
    if (width === 1280) assert.ok(total <= 1.5 * height, `${total}px is more than 1.5 screens`);
    // Each part opens with its heading.
    const parts = page.locator('details.cf-part');
    assert.ok((await parts.count()) >= 4);
    await parts.first().locator('summary').click();
    assert.ok(await parts.first().evaluate((d) => d.open));
    assert.deepEqual(await violations(page, `result ${width}`), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
