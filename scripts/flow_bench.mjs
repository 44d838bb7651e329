// `make bench`, the effort of one whole screening as a person does it, at 1280×800 and
// 375×740: the clicks and keystrokes it takes (counted in the page from the trusted events the
// browser receives), the height of every question step added up, and the height of the result
// page with its parts closed. Issue #15's "today" figures were measured the same way: the sum of
// the question steps' page heights (8,900 px desktop, 11,300 px phone) and the result page's
// height (3,950 px, 5,400 px). The screening is answered as the respectful prospect of the
// stories (tests/e2e/helpers.mjs): one click per choice, numbers typed key by key. Both ways of
// answering are measured: whole sections, and one question at a time (where a single choice
// moves on by itself and anything else takes a click on Next).
// Writes target/bench/flow.json.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS, RESPECTFUL, PROFILE, answerWith } from '../tests/e2e/helpers.mjs';

// Counts what the person does: trusted clicks and key presses, from the first script on.
function countInput() {
  window.__effort = { clicks: 0, keys: 0 };
  addEventListener('click', (e) => { if (e.isTrusted && e.detail > 0) window.__effort.clicks += 1; }, true);
  addEventListener('keydown', (e) => { if (e.isTrusted) window.__effort.keys += 1; }, true);
}

const height = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Answers the shown questions of the current step from `answers` by clicking and typing, as a
 *  person would; "I don't know yet" for the others. */
const answerStep = (page, answers) => answerWith(page, 'cf0', answers, { asPerson: true });

async function nextStep(page) {
  const before = await page.locator('h2.cf-title').first().textContent();
  await page.locator('.cf-next').click();
  await page.waitForFunction(
    (b) => { const now = document.querySelector('h2.cf-title')?.textContent; return now && now !== b; },
    before,
  );
}

/** What identifies the page shown: the step's heading and, one question at a time, the
 *  question's place in it. */
const where = (page) =>
  page.evaluate(() => `${document.querySelector('h2.cf-title')?.textContent}|${document.querySelector('.cf-question-position')?.textContent ?? ''}`);

/** One question at a time: answers the question shown; a single choice moves on by itself,
 *  anything else takes a click on Next. */
async function answerOneQuestion(page, answers) {
  const before = await where(page);
  const radio = await page.locator('.cf-question input[type=radio]').count();
  const qid = await page.locator('.cf-question input, .cf-question textarea').first().evaluate(
    (input) => /-q\.([^.]+)\./.exec(input.id)?.[1],
  );
  const value = answers[qid];
  const single = radio > 0 && (value === undefined || !value.startsWith('m:'));
  await answerStep(page, answers);
  const now = await where(page);
  if (now === before && !single) await page.locator('.cf-next').click();
  await page.waitForFunction((b) => {
    const now = `${document.querySelector('h2.cf-title')?.textContent}|${document.querySelector('.cf-question-position')?.textContent ?? ''}`;
    return now !== b;
  }, before);
}

async function screening(browser, url, width, viewportHeight, layout) {
  const context = await browser.newContext({ viewport: { width, height: viewportHeight }, locale: 'en-US' });
  await context.addInitScript((value) => localStorage.setItem('client-fit-layout', value), layout);
  // A returning consultant: the profile is set, so "Your terms first" is not asked.
  await context.addInitScript((profile) => {
    if (!localStorage.getItem('client-fit')) {
      localStorage.setItem('client-fit', JSON.stringify({ version: 3, profile, profile_asked: true }));
    }
  }, PROFILE);
  await context.addInitScript(countInput);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.cf-start').waitFor();
  await page.evaluate(() => { window.__effort = { clicks: 0, keys: 0 }; });
  await page.getByLabel('Client or prospect name (optional)').click();
  await page.keyboard.type('Northwind');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.cf-blink').waitFor();
  const steps = [];
  steps.push(await height(page));
  await page.getByLabel('Good', { exact: true }).click();
  await nextStep(page);
  while (!(await page.locator('.cf-review').count())) {
    await page.locator('.cf-section').waitFor();
    if (layout === 'one-question') {
      steps.push(await height(page));
      await answerOneQuestion(page, RESPECTFUL);
    } else {
      await answerStep(page, RESPECTFUL);
      steps.push(await height(page));
      await nextStep(page);
    }
  }
  steps.push(await height(page));
  await nextStep(page);
  await page.locator('.cf-result .cf-copy-letter, .cf-result .cf-next-steps').first().waitFor();
  const effort = await page.evaluate(() => window.__effort);
  const result = await height(page);
  await context.close();
  return {
    layout,
    width,
    height: viewportHeight,
    clicks: effort.clicks,
    keystrokes: effort.keys,
    question_steps: steps.length,
    question_steps_px: steps.reduce((a, b) => a + b, 0),
    // What has to be scrolled to see each step whole: its height beyond the first screen.
    question_scroll_px: steps.reduce((a, b) => a + Math.max(0, b - viewportHeight), 0),
    result_px: result,
  };
}

const server = await serve('dist', { gzip: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const today = { 1280: { question_steps_px: 8900, result_px: 3950, clicks: 43 }, 375: { question_steps_px: 11300, result_px: 5400 } };
const report = { date: new Date().toISOString().slice(0, 10), runs: [] };
try {
  for (const [[width, h], layout] of [[1280, 800], [375, 740]].flatMap((size) => ['sections', 'one-question'].map((l) => [size, l]))) {
    const run = await screening(browser, url, width, h, layout);
    report.runs.push(run);
    const was = today[width];
    console.log(
      `screening at ${width}×${h}, ${layout}: ${run.clicks} clicks, ${run.keystrokes} keystrokes; ` +
      `question steps ${run.question_steps_px} px tall over ${run.question_steps} steps, ${run.question_scroll_px} px to scroll ` +
      `(issue #15's "today": ${was.question_steps_px} px of scrolling); ` +
      `result ${run.result_px} px with its parts closed (was ${was.result_px})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
await mkdir('target/bench', { recursive: true });
await writeFile('target/bench/flow.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('written to target/bench/flow.json');
