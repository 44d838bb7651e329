// End to end: examples/yew-host, a Yew app of its own that mounts the ClientFit component
// (built by `make example` into target/yew-host/). A person answers in the component; the
// host app hears each callback and shows the last payload, the outcome included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, answerSection, screenshot, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start({ root: 'target/yew-host' });
});
after(async () => site?.close());

test('the host app mounts ClientFit and hears ready, change and complete', async () => {
  const { page, problems } = await newPage(site.browser);
  await page.goto(site.url);
  const report = page.locator('.host-report');
  await report.locator('.host-callback', { hasText: 'on_ready' }).waitFor();
  assert.match(await report.locator('pre').innerText(), /"event": "ready"/);

  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
  await answerSection(page);
  await report.locator('.host-callback', { hasText: 'on_change' }).waitFor();
  assert.match(await report.locator('pre').innerText(), /"event": "change"/);

  while (!(await page.locator('.cf-review').isVisible())) {
    await page.locator('.cf-next').click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
    if (await page.locator('.cf-section').isVisible()) await answerSection(page);
  }
  await page.locator('.cf-review .cf-next, .cf-review .cf-primary').first().click();
  await report.locator('.host-callback', { hasText: 'on_complete' }).waitFor();
  const payload = JSON.parse(await report.locator('pre').innerText());
  assert.equal(payload.event, 'complete');
  assert.equal(payload.questionnaire.id, 'minimal');
  assert.equal(payload.verdict?.id, 'walk_away', 'a threat is a deal-breaker');
  assert.equal(await report.locator('.host-verdict strong').innerText(), 'Walk away');
  await screenshot(page, 'yew-host-complete');
  assert.deepEqual(await violations(page, 'yew-host'), []);
  assert.deepEqual(problems, []);
});
