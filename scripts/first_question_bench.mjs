// `make bench`: how soon the first question shows, for the prospect's widget on a host page and
// for the app on its own page, over cold loads in Debian's Chromium (a new context each, cache
// disabled), served with gzip on 127.0.0.1, first as is, then under Chromium's emulation of a
// slow 4G network (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up: the figures issue #17
// names), and the app's start page at `/` on a first visit. "Visible" is the first animation
// frame in which a question (or that start page) is laid out with a size,
// in ms since navigation started (inside the widget's shadow root for the widget); "live
// module" is the first in which the running module drew it. Prints
// min / median / max beside the budgets and writes target/bench/first_question.json.
import { chromium } from 'playwright-core';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS } from '../tests/e2e/helpers.mjs';

const LOCAL_RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.47e6 / 8), uploadThroughput: (675e3 / 8) };

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
};

// In the page from its first script on: the first frame with a question laid out, in the page
// or in any widget's shadow root (`__firstQuestion`), and the first with one the live module
// drew (`__live`): for the widget on a first visit, the first question is the one rendered at
// build time, which the loader shows before the wasm has arrived (crates/prerender).
function watchFirstQuestion() {
  const visible = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const roots = () => [document, ...[...document.querySelectorAll('[data-client-fit]')].map((host) => host.shadowRoot).filter(Boolean)];
  // A question, or the app's start page (its first screen at `/`, where it asks which
  // questionnaire to begin).
  const questions = () => roots().flatMap((root) => [...root.querySelectorAll('fieldset.cf-question, form.cf-start')]);
  const tick = () => {
    const all = questions().filter(visible);
    if (window.__firstQuestion === undefined && all.length) window.__firstQuestion = performance.now();
    if (window.__live === undefined && all.some((q) => !q.closest('[data-cf-first]'))) window.__live = performance.now();
    if (window.__live === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function once(browser, url, network) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.addInitScript(watchFirstQuestion);
  await page.goto(url);
  await page.waitForFunction(() => window.__live !== undefined, null, { timeout: 60_000 });
  const shown = await page.evaluate(() => ({ first: window.__firstQuestion, live: window.__live }));
  await context.close();
  return shown;
}

const root = await mkdtemp(join(tmpdir(), 'client-fit-first-question-'));
await mkdir(join(root, 'client-fit'), { recursive: true });
await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
await writeFile(join(root, 'favicon.ico'), '');
const hostPage = (head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Work with us</title>${head}</head>
<body><main><h1>Work with us</h1><div data-client-fit data-questionnaire="intake"></div>
<script type="module" src="/client-fit/v1/client-fit.js"></script></main></body></html>`;
await writeFile(join(root, 'index.html'), hostPage(''));
// The same page with the hints the README gives a host to paste into its <head>.
await writeFile(join(root, 'hints.html'), hostPage(`
<link rel="modulepreload" href="/client-fit/v1/client-fit.js">
<link rel="preload" href="/client-fit/v1/client-fit.css" as="style">
<link rel="preload" href="/client-fit/v1/first/intake.en.html" as="fetch" crossorigin>
<link rel="modulepreload" href="/client-fit/v1/client-fit-glue.js">
<link rel="preload" href="/client-fit/v1/client-fit.wasm" as="fetch" crossorigin>`));
const hostSite = await serve(root, { gzip: true });
const appSite = await serve('dist', { gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const ways = {
  widget: `http://127.0.0.1:${hostSite.address().port}/`,
  'widget with the README\'s hints': `http://127.0.0.1:${hostSite.address().port}/hints.html`,
  app: `http://127.0.0.1:${appSite.address().port}/?questionnaire=intake`,
  'app, start page of a first visit': `http://127.0.0.1:${appSite.address().port}/`,
};
const results = {};
for (const [name, url] of Object.entries(ways)) {
  for (const [network, runs, settings] of [['local', LOCAL_RUNS, null], ['slow 4G', SLOW_RUNS, SLOW_4G]]) {
    const times = [];
    // One warm-up load, not counted: the server compresses each file once.
    await once(browser, url, null);
    for (let i = 0; i < runs; i += 1) times.push(await once(browser, url, settings));
    results[`${name}, ${network}`] = stats(times.map((t) => t.first));
    results[`${name}, ${network}, live module`] = stats(times.map((t) => t.live));
  }
}
await browser.close();
await new Promise((done) => hostSite.close(done));
await new Promise((done) => appSite.close(done));

const BUDGETS = { 'widget, local': 100, 'app, local': 100, 'widget, slow 4G': 1500, 'widget with the README\'s hints, slow 4G': 1500 };
console.log('\nFirst question visible (ms since navigation; cold loads, cache disabled):\n');
console.log('| way in, network | runs | min | median | max | budget |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [name, s] of Object.entries(results)) {
  const budget = BUDGETS[name];
  const verdict = budget === undefined ? '' : `${budget}: ${s.median <= budget ? 'met' : 'NOT met'}`;
  console.log(`| ${name} | ${s.runs} | ${s.min.toFixed(0)} | ${s.median.toFixed(0)} | ${s.max.toFixed(0)} | ${verdict} |`);
}
await mkdir('target/bench', { recursive: true });
await writeFile('target/bench/first_question.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
