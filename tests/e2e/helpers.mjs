// Shared set-up for the end-to-end tests: serve the release build on 127.0.0.1 and drive
// Debian's Chromium with playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the site server and the browser; returns them with a `close()` for `after()`. */
export async function start({ root = 'dist', headers } = {}) {
  const server = await serve(root, { headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    server,
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** A new page that fails the test on any uncaught page error or console error. Its pages
 *  answer whole sections (`layout: 'sections'`, stored before any script runs), as most tests
 *  walk a section at a time; `layout: null` leaves the device's choice unmade, to see the
 *  default (one question at a time). */
export async function newPage(browser, { layout = 'sections', ...options } = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  if (layout) {
    await context.addInitScript((value) => {
      if (!localStorage.getItem('client-fit-layout')) localStorage.setItem('client-fit-layout', value);
    }, layout);
  }
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page, name, options = {}) {
  await mkdir('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true, ...options });
}

/** Answers every radio group on the current section with its first option. `page` may also be
 *  a locator: a widget on a host page, say. */
export async function answerSection(page) {
  const groups = page.locator('fieldset.cf-question');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const radio = groups.nth(i).locator('input[type=radio]').first();
    if (await radio.count()) await radio.check();
  }
}

/** After Begin: "Your terms first" is asked once per browser profile, before the first
 *  impression of a screening or check-up. Skips it when it shows (in any language) and waits for
 *  the step after it. */
export async function skipTermsIfAsked(page) {
  await page.locator('.cf-terms, .cf-blink, .cf-section').first().waitFor();
  if (await page.locator('.cf-terms').count()) {
    await page.locator('.cf-terms-skip').click();
    await page.locator('.cf-blink, .cf-section').first().waitFor();
  }
}

/** From the start page: begins a questionnaire (the first one unless `pick` names another) for
 *  `client`, answers every section with first options, and opens the result. */
export async function completeQuestionnaire(page, client, impression = 'Good', pick = null) {
  if (pick) await page.getByLabel(pick).check();
  await page.getByLabel('Client or prospect name (optional)').fill(client);
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel(impression, { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await answerUntilResult(page);
  await page.getByRole('heading', { name: `Result for ${client}` }).waitFor();
}

/** Answers every section with first options through the review, and opens the result. */
export async function answerUntilResult(page) {
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.locator('.cf-section').waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
}

/** Whether the page scrolls sideways (it must not, down to 320 px). */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Answers sections with first options until the one titled `title` shows. */
export async function toSection(page, title) {
  const heading = page.locator('#cf0-heading');
  for (let i = 0; i < 20; i += 1) {
    await page.locator('.cf-section').waitFor();
    const now = await heading.innerText();
    if (now === title) return;
    await answerSection(page);
    await page.locator('.cf-next').click();
    await page.waitForFunction((before) => document.getElementById('cf0-heading')?.innerText !== before, now);
  }
  throw new Error(`no section "${title}"`);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A and AA violations on the page as it is now, one line each. */
export async function violations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact}) ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`),
  );
}

// ---- Answering by question id, for tests that play a story through (stories, track record).

/** A small studio's profile, as a returning user has it saved. */
export const PROFILE = {
  name: 'Ana Studio', currency: 'EUR', min_budget: 5000, deposit_percent: 30, payment_days: 30,
  min_weeks: 4, max_weeks: 26, reply_hours: 24, weekly_hours: 15,
};

// Answers by question id: 'o:option', 'm:a,b' (multiple), 'yes', 'no', 's1'..'s5', 'n:12000'.
/** A respectful prospect who pays on time, gives a clear scope and follows advice (screen). */
export const RESPECTFUL = {
  temper: 'o:calm', belittling: 'o:never', argued_with_own_people: 'no', give_and_take: 'o:meets_halfway',
  tone: 'o:goodwill', reply_hours: 'n:6', urgency: 'o:realistic', respect_time: 'o:respectful',
  budget: 'n:12000', deposit: 'n:30', payment_days: 'n:30', payment_history: 'o:on_time',
  haggling: 'o:accepted', competitor_quotes: 'o:no', scope_clarity: 's5', work_vs_price: 'o:matches',
  signed_scope: 'yes', changing_mind: 'o:steady', timeline: 'n:10', guilt: 'no', lied: 'o:no',
  distrust: 'o:trusts', takes_advice: 'o:listened', past_providers: 'm:fair', legal_risk: 'o:none',
  kind_of_work: 'o:web', industry: 'o:retail', weekly_hours: 'n:10', goals_fit: 's4', friend: 'no',
};
/** A long-standing client with nothing wrong (check-up). */
export const FINE_CLIENT = {
  days_to_pay: 'n:25', haggles: 'o:pays_as_billed', competitor_leverage: 'no', work_vs_price: 's4',
  abuse: 'o:never', threats: 'o:talks', give_and_take: 'o:meets_halfway', respect_time: 'o:respects',
  guilt: 'no', angry_messages: 'o:no', scope_churn: 'o:normal', ignored_advice: 'no',
  finished_work: 'o:satisfied', complaint_scale: 'o:the_fix', complained_got_asked: 'no',
  responsiveness: 'n:12', demands: 'o:reasonable', distrust: 'o:relies', honesty: 'o:no',
  legal_risk: 'no', hidden_cost: 's4', stress: 'no', crowds_out: 'no', goals_fit: 's4', value: 'o:key',
  your_mistake: 'no', talked_already: 'o:not_needed', unraised: 'no', friend: 'no',
};

/** Clicks Next (or See the result) and waits until the page shows another step. */
export async function nextStep(page) {
  const heading = await page.locator('h2.cf-title').first().textContent();
  await page.locator('.cf-next').click();
  await page.waitForFunction((before) => {
    const now = document.querySelector('h2.cf-title')?.textContent;
    return now && now !== before;
  }, heading);
}

/** Answers the shown questions of the current section from `answers`; any other question that
 *  offers "I don't know yet" gets it. Repeats while answers open new questions. `asPerson`:
 *  clicks and types key by key, as a person does (the flow bench counts those), instead of
 *  checking and filling. */
export async function answerWith(page, prefix, answers, { asPerson = false } = {}) {
  const pick = (input) => (asPerson ? input.click() : input.check());
  const type = async (input, text) => {
    if (!asPerson) return input.fill(text);
    await input.click();
    return page.keyboard.type(text);
  };
  for (let pass = 0; pass < 4; pass += 1) {
    const ids = await page.locator('.cf-question input').evaluateAll(
      (inputs) => [...new Set(inputs.map((i) => /-q\.([^.]+)\./.exec(i.id)?.[1]).filter(Boolean))],
    );
    let changed = false;
    for (const qid of ids) {
      const at = (part) => page.locator(`[id="${prefix}-q.${qid}.${part}"]`);
      const value = answers[qid];
      if (value === undefined) {
        const unknown = at('unknown');
        if ((await unknown.count()) && !(await unknown.isChecked())) {
          await pick(unknown);
          changed = true;
        }
      } else if (value.startsWith('n:')) {
        if ((await at('number').inputValue()) !== value.slice(2)) {
          await type(at('number'), value.slice(2));
          changed = true;
        }
      } else {
        const parts = value.startsWith('m:') ? value.slice(2).split(',').map((o) => `o.${o}`)
          : value.startsWith('o:') ? [`o.${value.slice(2)}`] : [value];
        for (const part of parts) {
          if (!(await at(part).isChecked())) {
            await pick(at(part));
            changed = true;
          }
        }
      }
    }
    if (!changed) return;
  }
}

/** From the start page: one whole assessment of questionnaire `q` for `client`, with the first
 *  impression `impression` ('good', 'unsure', 'bad') and `answers`, to its result. Skips the
 *  terms if asked. Returns the widget's id prefix. */
export async function assessWith(page, q, client, impression, answers) {
  const heading = page.locator('h1.cf-title');
  await heading.waitFor();
  const prefix = (await heading.getAttribute('id')).replace(/-heading$/, '');
  await page.locator(`[id="${prefix}-pick-${q}"]`).check();
  await page.locator(`[id="${prefix}-client-name"]`).fill(client);
  await page.locator('form.cf-start button[type=submit]').click();
  await page.locator('.cf-terms, .cf-blink').first().waitFor();
  if (await page.locator('.cf-terms').count()) await page.locator('.cf-terms-skip').click();
  await page.locator(`[id="${prefix}-blink-${impression}"]`).check();
  await nextStep(page);
  while (!(await page.locator('.cf-review').count())) {
    await page.locator('.cf-section').waitFor();
    await answerWith(page, prefix, answers);
    await nextStep(page);
  }
  await nextStep(page);
  await page.locator('.cf-result').waitFor();
  return prefix;
}
