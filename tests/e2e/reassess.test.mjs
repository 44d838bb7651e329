// End to end: re-assessing a saved client. A screening of Acme Ltd is saved; re-assessed from
// History, every step names the client and the earlier assessment's date, the progress says
// where the person is (never "Section 0") and how many answers changed, and the result lists
// each changed answer (old → new) with the verdict and the score before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, screenshot, violations, assessWith, nextStep, RESPECTFUL } from './helpers.mjs';

const screen = JSON.parse(readFileSync('content/screen.json', 'utf8'));
const question = (id) => screen.sections.flatMap((s) => s.questions).find((q) => q.id === id);
const option = (q, o) => question(q).options.find((x) => x.id === o).label.en;

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('a re-assessment names the client on every step and the result lists the changed answers', async () => {
  const { page, problems, context } = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  const prefix = await assessWith(page, 'screen', 'Acme Ltd', 'good', RESPECTFUL);
  const days = [new Date().toISOString().slice(0, 10)];
  // It saved itself on reaching its result.
  await page.getByText('Saved in History as you go.').waitFor();
  days.push(new Date().toISOString().slice(0, 10));

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.locator('.cf-history-item', { hasText: 'Acme Ltd' }).getByRole('button', { name: 'Re-assess' }).click();
  await page.getByRole('heading', { name: 'First impression' }).waitFor();

  // The banner names the client and the earlier date, as a named region (not a live one).
  const banner = page.getByRole('region', { name: /^Re-assessing Acme Ltd — earlier assessment of / });
  const title = (await banner.locator('.cf-reassess-title').innerText()).trim();
  assert.ok(days.some((day) => title === `Re-assessing Acme Ltd — earlier assessment of ${day}`), title);
  assert.equal(await banner.getAttribute('aria-live'), null);
  assert.match(await banner.innerText(), /The earlier answers are filled in/);
  // Every earlier answer is there; the line says where the person is, never "Section 0".
  const progress = page.locator('.cf-progress-text');
  const first = await progress.innerText();
  assert.match(first, /Before the questions · Questions answered: (\d+) of \1 · Answers changed: 0/);
  assert.doesNotMatch(first, /Section 0/);
  assert.equal(await page.locator('.cf-progress-bar').getAttribute('value'), '0');
  assert.deepEqual(await violations(page, 'reassess blink'), []);
  await screenshot(page, 'reassess-blink-1280', { fullPage: false });

  await page.locator(`[id="${prefix}-blink-good"]`).check();
  await nextStep(page);
  // The first section: the banner again, the place in words, and a first changed answer.
  await page.getByRole('heading', { name: 'Conduct and respect' }).waitFor();
  assert.equal(await banner.locator('.cf-reassess-title').innerText(), title);
  assert.match(await progress.innerText(), /^Screen a prospect\s+Section 1 of 6 · .* · Answers changed: 0$/);
  await page.locator(`[id="${prefix}-q.temper.o.raised_voice"]`).check();
  await page.getByText('Answers changed: 1').waitFor();
  await nextStep(page);
  await nextStep(page);
  // Money: a second changed answer.
  await page.getByRole('heading', { name: 'Money' }).waitFor();
  assert.match(await progress.innerText(), /Section 3 of 6 · .* · Answers changed: 1$/);
  await page.locator(`[id="${prefix}-q.payment_history.o.slow"]`).check();
  await page.getByText('Answers changed: 2').waitFor();
  while (!(await page.locator('.cf-review').count())) await nextStep(page);
  assert.match(await progress.innerText(), /Review · .* · Answers changed: 2$/);
  await nextStep(page);
  await page.locator('.cf-result').waitFor();

  // The result: the banner without the hint, and the comparison.
  assert.equal(await banner.innerText(), title);
  const comparison = page.locator('.cf-comparison');
  await comparison.waitFor();
  const lines = comparison.locator('.cf-answer-change');
  assert.equal(await lines.count(), 2, await comparison.innerText());
  const expected = [
    [question('temper').text.en, option('temper', 'calm'), option('temper', 'raised_voice')],
    [question('payment_history').text.en, option('payment_history', 'on_time'), option('payment_history', 'slow')],
  ];
  for (const [i, [asked, old, now]] of expected.entries()) {
    const line = lines.nth(i);
    assert.equal(await line.locator('.cf-answer-asked').innerText(), asked);
    assert.equal(await line.locator('.cf-answer-before').innerText(), old);
    assert.equal(await line.locator('.cf-answer-after').innerText(), now);
    assert.match(await line.innerText(), new RegExp(`${literal(old)} → ${literal(now)}`));
  }
  const verdict = (await comparison.locator('.cf-comparison-verdict').innerText()).trim();
  assert.match(verdict, /^Verdict: (.+) → (.+)$|^Verdict unchanged: .+$/);
  const [, was, is] = /^Verdict: (.+) → (.+)$/.exec(verdict) ?? [];
  assert.notEqual(was, is, 'a verdict that did not change is said once');
  assert.match(await comparison.locator('.cf-comparison-score').innerText(), /^Score: \d+ → \d+$|^Score unchanged: \d+$/);
  assert.deepEqual(await violations(page, 'reassess result'), []);
  await screenshot(page, 'reassess-result-1280');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The text as a regular expression matching it literally. */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
