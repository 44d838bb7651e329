// End to end: the widget's files start downloading side by side as soon as the loader runs,
// not one after the other. The glue script is held back by the test until the wasm module, the
// stylesheet and the questionnaire have all been asked for: a loader that waited for the glue
// before asking for the rest would never get it, and the test would time out. Each file is
// downloaded once (the preloads are the ones the widget uses), under the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, newPage } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let host;
let app; // the consultant's app (dist/)
let browser;

before(async () => {
  const root = await mkdtemp(join(tmpdir(), 'client-fit-loading-'));
  await mkdir(join(root, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await writeFile(join(root, 'favicon.ico'), '');
  await writeFile(join(root, 'page.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intake</title></head><body><main><h1>Work with us</h1>
<div id="w" data-client-fit data-questionnaire="screen" data-language="es"></div>
<script type="module" src="/client-fit/v1/client-fit.js"></script>
</main></body></html>`);
  host = await serve(root, { headers: () => ({ 'content-security-policy': CSP }) });
  app = await serve('dist');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => host?.close(done));
  await new Promise((done) => app?.close(done));
});

test('the loader asks for the wasm, the stylesheet and the questionnaire before the glue has arrived', async () => {
  const { page, problems, context } = await newPage(browser);
  const asked = new Map(); // file name -> how many requests
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    asked.set(name, (asked.get(name) ?? 0) + 1);
  });
  const others = ['client-fit.wasm', 'client-fit.css', 'screen.es.json'];
  let release;
  const allAsked = new Promise((done) => { release = done; });
  page.on('request', () => {
    if (others.every((name) => asked.has(name))) release();
  });
  await page.route('**/client-fit-glue.js', async (route) => {
    await allAsked;
    await route.continue();
  });
  await page.goto(`http://127.0.0.1:${host.address().port}/page.html`);
  // The Spanish screening's first step shows: everything arrived and was used.
  await page.locator('#w .cf-page').first().waitFor();
  for (const name of ['client-fit.js', 'client-fit-glue.js', ...others]) {
    assert.equal(asked.get(name), 1, `${name} asked for ${asked.get(name)} times: ${JSON.stringify([...asked])}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the app's page asks for the questionnaires its first screen needs before its module has arrived", async () => {
  for (const [address, wanted] of [
    ['/?questionnaire=intake', ['intake.en.json']],
    ['/', ['screen.en.json', 'checkup.en.json', 'intake.en.json']],
  ]) {
    const { page, problems, context } = await newPage(browser);
    const asked = new Map();
    let release;
    const allAsked = new Promise((done) => { release = done; });
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop();
      asked.set(name, (asked.get(name) ?? 0) + 1);
      if (wanted.every((file) => asked.has(file))) release();
    });
    // The app's glue (Trunk's hashed client-fit-<hash>.js) waits until every questionnaire the
    // first screen needs was asked for: only pwa.js's preloads can have asked by then.
    await page.route(/\/client-fit-[0-9a-f]+\.js$/, async (route) => {
      await allAsked;
      await route.continue();
    });
    await page.goto(`http://127.0.0.1:${app.address().port}${address}`);
    await page.locator('fieldset.cf-question, .cf-start').first().waitFor();
    for (const file of wanted) assert.equal(asked.get(file), 1, `${address}: ${file} ${JSON.stringify([...asked])}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
