// End to end: learning from your own history (issue #19). A consultant with three earlier
// screenings whose outcomes are known screens three new clients, checks up on two of them (one
// under another name, linked by hand), records the outcomes in one click in History, and reads
// the track record; then a new screening's result says what the history shows beside the first
// impression and the warning sign. axe finds nothing on the new pages in light and dark, and the
// track record works offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, screenshot, violations, assessWith, PROFILE, RESPECTFUL, FINE_CLIENT } from './helpers.mjs';

const screen = JSON.parse(readFileSync('content/screen.json', 'utf8'));
const QUARREL = screen.flags.find((f) => f.id === 'argues_with_own_people').title.en;

// Three earlier screenings, as a returning consultant's device has them: a bad first impression
// each time, a quarrel seen first-hand, and it went badly (or was hard work).
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);
const earlier = (id, client, outcome, n) => ({
  id, client, questionnaire: 'screen', created_ms: T0 + n * DAY, updated_ms: T0 + n * DAY,
  blink: { impression: 'bad', why: '' },
  answers: { argued_with_own_people: { yes_no: true } },
  source: 'consultant', outcome, outcome_ms: T0 + (n + 30) * DAY,
});
const HISTORY = [
  earlier('900001', 'Old Shop', 'ended_badly', 0),
  earlier('900002', 'Loud Bakery', 'hard_work', 1),
  earlier('900003', 'Stubborn Garage', 'ended_badly', 2),
];

const QUARRELLED = { argued_with_own_people: 'yes', give_and_take: 'o:no_inch' };

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Leaves the result (it saved itself) for the start page of the next one. */
async function saveAndStartOver(page) {
  await page.getByText('Saved in History as you go.').waitFor();
  await page.getByRole('button', { name: 'New screening' }).click();
  await page.locator('.cf-start').waitFor();
}

/** Presses an outcome in the row of a screening of `client`. */
async function recordOutcome(page, client, outcome) {
  const group = page.getByRole('group', { name: `How did it go with ${client}?` });
  await group.getByRole('button', { name: outcome }).click();
  await group.locator('[aria-pressed="true"]', { hasText: outcome }).waitFor();
}

test('screen three clients, check up on two, record outcomes: the track record and the result say what the history shows', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await context.addInitScript(({ profile, history }) => {
    if (!localStorage.getItem('client-fit')) {
      localStorage.setItem('client-fit', JSON.stringify({ version: 2, profile, profile_asked: true }));
      localStorage.setItem('client-fit-history', JSON.stringify(history));
    }
  }, { profile: PROFILE, history: HISTORY });
  await page.goto(env.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Three new clients: a quarrel seen first-hand with a bad gut, a respectful one with a good
  // gut, and a respectful one the gut did not like.
  await assessWith(page, 'screen', 'Alba', 'bad', QUARRELLED);
  await saveAndStartOver(page);
  await assessWith(page, 'screen', 'Bruno', 'good', RESPECTFUL);
  await saveAndStartOver(page);
  await assessWith(page, 'screen', 'Carmen', 'bad', RESPECTFUL);
  await saveAndStartOver(page);
  // Check-ups: Alba under her name in other case, Bruno under another name.
  await assessWith(page, 'checkup', 'alba', 'bad', { ...FINE_CLIENT, abuse: 'o:kept_on', honesty: 'o:kept_on' });
  await saveAndStartOver(page);
  await assessWith(page, 'checkup', 'Bruno S.', 'good', FINE_CLIENT);
  await saveAndStartOver(page);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.locator('.cf-history-list').waitFor();
  // Alba's check-up finds her screening by name; Bruno's is linked by hand.
  const albaCheckup = page.locator('.cf-history-item', { has: page.locator('.cf-history-name', { hasText: /^alba$/ }) });
  const albaLink = albaCheckup.getByLabel('Linked screening');
  assert.match(await albaLink.locator('option:checked').textContent(), /^By name: Alba — /);
  const brunoCheckup = page.locator('.cf-history-item', { hasText: 'Bruno S.' });
  const link = brunoCheckup.getByLabel('Linked screening');
  assert.equal((await link.locator('option:checked').textContent()).trim(), 'By name: none found');
  const bruno = await link.locator('option', { hasText: 'Bruno — ' }).getAttribute('value');
  await link.selectOption(bruno);
  await page.waitForFunction(
    (id) => [...document.querySelectorAll('select')].some((s) => s.value === id), bruno,
  );

  await recordOutcome(page, 'Alba', 'Ended badly');
  await recordOutcome(page, 'Bruno', 'Went well');
  await recordOutcome(page, 'Carmen', 'Went well');
  assert.deepEqual(await violations(page, 'history'), []);
  for (const scheme of ['light', 'dark']) {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `track-history-375-${scheme}`);
  }
  assert.deepEqual(await violations(page, 'history dark'), []);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Your track record' }).click();
  await page.getByRole('heading', { name: 'Your track record' }).waitFor();
  const text = await page.locator('.cf-track').innerText();
  for (const sentence of [
    'Clients with an outcome: 6 (jobs you took: 6).',
    'Your bad first impressions were right for 4 of 5 clients. That is 80%.',
    'Your good first impressions were right for 1 of 1 clients. Too few yet for a percentage.',
    // Carmen's bad gut moved her verdict to "with safeguards", which leans neither way.
    'The computed verdict was right for 5 of 5 clients. That is 100%.',
    'Percentages are given from 5 clients on.',
    `${QUARREL}: 4 of the 4 clients who showed it ended badly or were hard work.`,
  ]) {
    assert.ok(text.includes(sentence), `${sentence}\n---\n${text}`);
  }
  assert.ok(!text.includes('1 of 1 clients. That is'), 'no share from one client');
  // The check-ups show with their clients.
  const alba = page.locator('.cf-track-client', { hasText: 'Alba' });
  assert.match(await alba.innerText(), /Check-ups: Part ways \(/);
  assert.match(await page.locator('.cf-track-client', { hasText: 'Bruno' }).innerText(), /Check-ups: Keep \(/);
  assert.equal(await page.locator('svg.cf-track-chart[role=img]').count(), 1);
  assert.deepEqual(await violations(page, 'track record light'), []);
  for (const [width, scheme] of [[375, 'light'], [1280, 'light'], [375, 'dark'], [1280, 'dark']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `track-record-${width}-${scheme}`);
  }
  assert.deepEqual(await violations(page, 'track record dark'), []);
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    false,
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A new prospect: the result says what the history shows, beside the gut and the sign.
  await page.getByRole('button', { name: 'Assess' }).click();
  await assessWith(page, 'screen', 'Dora', 'bad', QUARRELLED);
  // Both remarks are in the result's parts: gut versus analysis, and the warning signs.
  await page.locator('.cf-gut > summary').click();
  await page.locator('.cf-warning-signs > summary').click();
  const gut = page.locator('.cf-gut-record');
  await gut.waitFor();
  assert.equal(
    (await gut.textContent()).trim(),
    'Your own history: your gut has been right 4 of 5 times when it said no (80%).',
  );
  const sign = page.locator('.cf-flag', { hasText: QUARREL }).locator('.cf-flag-record');
  assert.equal(
    (await sign.textContent()).trim(),
    'In your history, this sign came before a bad outcome for 4 of the 4 clients who showed it.',
  );
  // It never changes the verdict: a backed bad impression walks away, as it always did.
  assert.equal((await page.locator('.cf-verdict-block .cf-verdict').first().textContent()).trim(), 'Walk away');
  assert.deepEqual(await violations(page, 'result'), []);
  await page.locator('.cf-gut').screenshot({ path: 'target/screenshots/track-record-gut.png' });
  await page.locator('.cf-deal-breakers, .cf-warning-signs').filter({ has: sign }).screenshot({ path: 'target/screenshots/track-record-sign.png' });

  // Offline: the page and its figures come from the device alone.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'Your track record' }).click();
  await page.getByText('Your bad first impressions were right for 4 of 5 clients. That is 80%.').waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();
});
