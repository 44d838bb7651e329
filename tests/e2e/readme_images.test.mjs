// The README's pictures, made from the release build as a visitor would see it: a question, the
// result's summary, the intake embedded on a host page (examples/plain.html), and a question in
// dark mode on a phone. Written to target/screenshots/readme-*.png on every run; with
// UPDATE_IMAGES=1 also to docs/images/, which the README shows (committed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, cp, copyFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, newPage, screenshot, skipTermsIfAsked, completeQuestionnaire } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

let site;
let host;
before(async () => {
  site = await start();
  const root = await mkdtemp(join(tmpdir(), 'client-fit-readme-'));
  await mkdir(join(root, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await cp('examples', root, { recursive: true });
  // The browser asks every site for one; an empty icon keeps the console free of 404s.
  await writeFile(join(root, 'favicon.ico'), '');
  host = await serve(root);
});
after(async () => {
  await new Promise((done) => host?.close(done));
  await site?.close();
});

async function keep(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `readme-${name}`, { fullPage: false });
  if (process.env.UPDATE_IMAGES === '1') {
    await mkdir('docs/images', { recursive: true });
    await copyFile(`target/screenshots/readme-${name}.png`, `docs/images/${name}.png`);
  }
}

async function toFirstSection(page) {
  await page.getByLabel('Client or prospect name (optional)').fill('Northwind');
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.cf-section').waitFor();
  // One question at a time (the default): the first answer chosen moves on by itself; Back
  // shows it chosen, so the picture has the selected state.
  await page.locator('.cf-one-question').waitFor();
  await page.locator('fieldset.cf-question input[type=radio]').first().check();
  await page.getByText('Question 2 of').waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByText('Question 1 of').waitFor();
}

test('a question and the result summary, on a desktop', async () => {
  const { page, problems, context } = await newPage(site.browser, { layout: null, viewport: { width: 1280, height: 800 } });
  await page.goto(site.url);
  await toFirstSection(page);
  await keep(page, 'question');
  // The result: walked to by whole sections, the helpers' way.
  await page.evaluate(() => localStorage.setItem('client-fit-layout', 'sections'));
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  await completeQuestionnaire(page, 'Northwind', 'Bad');
  await page.locator('.cf-copy-letter').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await keep(page, 'result');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a question in dark mode on a phone', async () => {
  const { page, problems, context } = await newPage(site.browser, {
    layout: null,
    viewport: { width: 375, height: 740 },
    colorScheme: 'dark',
  });
  await page.goto(site.url);
  await toFirstSection(page);
  await keep(page, 'dark-phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the intake embedded on a consultant\'s page, one question at a time (the default)', async () => {
  const { page, problems, context } = await newPage(site.browser, { layout: null, viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${host.address().port}/plain.html`);
  await page.locator('#intake .cf-one-question').first().waitFor();
  await keep(page, 'embedded');
  assert.deepEqual(problems, []);
  await context.close();
});
