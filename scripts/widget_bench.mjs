// `make bench`: the prospect's widget as a prospect meets it, on a host page. The page is a plain
// one with the widget (the intake, `data-reveal="full"`: the prospect sees a summary of the
// result) and the loader from /client-fit/v1/ (a copy of dist/embed/v1/), served with gzip on
// 127.0.0.1 (scripts/serve.mjs), as scripts/first_question_bench.mjs builds it. Cold loads in
// Debian's Chromium (a new context each, cache disabled), BENCH_RUNS of each (default 10), after
// one warm-up load each that is not counted:
//   - memory after load: on a first visit (nothing stored: the loader shows the first screen
//     rendered at build time if the module is not running yet, and the module takes it over;
//     the run counts how often it showed), once the live module drew its first question and
//     the widget sent `client-fit:ready`: CDP `HeapProfiler.collectGarbage`, then
//     `Runtime.getHeapUsage` (the page's JS heap), plus the widget's wasm linear memory
//     (`memory.buffer.byteLength` of the exports the loader's `ready` promise resolves to, read
//     by a module script of the host page importing the loader);
//   - last answer to result: the intake answered whole sections at a time (localStorage
//     'client-fit-layout' = 'sections' before load, as scripts/bench.mjs does for the app), every
//     radio question with its first option, then from the click on the review's "Finish" (a
//     capturing listener on the document stamps it) to the first animation frame after the end
//     screen's result (`.cf-prospect-end .cf-prospect-result .cf-verdict`) is laid out, seen by a
//     MutationObserver on the widget's shadow root (one on the document sees nothing inside it).
// Prints min / median / max and writes target/bench/widget.json.
import { chromium } from 'playwright-core';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS, answerSection } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const KIB = 1024;
const END = '.cf-prospect-end .cf-prospect-result .cf-verdict';

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
};

// In the page from its first script on: the widget's `client-fit:ready` event, the first frame
// in which the live module's question is laid out (and whether the build-time first screen's
// showed before it), and, armed by the bench before the last click, the click and the first
// frame with the end screen's result laid out, inside the widget's shadow root.
function watchWidget(end) {
  window.__bench = {};
  document.addEventListener('client-fit:ready', () => { window.__bench.ready = performance.now(); });
  const host = () => document.querySelector('[data-client-fit]');
  const laidOut = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const tick = () => {
    const questions = [...(host()?.shadowRoot?.querySelectorAll('fieldset.cf-question') ?? [])].filter(laidOut);
    if (questions.some((q) => q.closest('[data-cf-first]'))) window.__bench.firstScreen = true;
    const live = questions.some((q) => !q.closest('[data-cf-first]'));
    if (live) window.__bench.live = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__watchResult = () => {
    delete window.__bench.result;
    delete window.__bench.clicked;
    const root = host().shadowRoot;
    document.addEventListener('click', () => { window.__bench.clicked = performance.now(); }, { capture: true, once: true });
    const check = () => {
      if (window.__bench.result !== undefined || !laidOut(root.querySelector(end))) return false;
      // Laid out now; painted in the frame this callback precedes.
      requestAnimationFrame(() => { window.__bench.result = performance.now(); });
      return true;
    };
    new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
      .observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  };
}

async function coldPage(browser, { sections }) {
  const context = await browser.newContext({ locale: 'en-US' });
  if (sections) await context.addInitScript(() => localStorage.setItem('client-fit-layout', 'sections'));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(watchWidget, END);
  return { context, page, cdp, problems };
}

const done = async (context, problems) => {
  await context.close();
  if (problems.length) throw new Error(`the widget reported problems:\n${problems.join('\n')}`);
};

async function memoryAfterLoad(browser, url) {
  const { context, page, cdp, problems } = await coldPage(browser, { sections: false });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.live !== undefined && window.__bench.ready !== undefined && window.__wasmMemory);
  const first = await page.evaluate(() => window.__bench.firstScreen === true);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  await done(context, problems);
  return { jsHeap: heap.usedSize, wasmMemory: wasm, files, firstScreen: first };
}

async function lastAnswerToResult(browser, url) {
  const { context, page, problems } = await coldPage(browser, { sections: true });
  await page.goto(url);
  const widget = page.locator('[data-client-fit]');
  await widget.locator('fieldset.cf-question').first().waitFor();
  while (!(await widget.getByRole('heading', { name: 'Review' }).isVisible())) {
    await answerSection(widget);
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.locator('.cf-section, .cf-review').first().waitFor();
  }
  await page.evaluate(() => window.__watchResult());
  await widget.getByRole('button', { name: 'Finish' }).click();
  await page.waitForFunction(() => window.__bench.result !== undefined);
  const ms = await page.evaluate(() => window.__bench.result - window.__bench.clicked);
  // The end screen with the result, as the prospect reads it.
  await widget.locator('.cf-prospect-end .cf-overall').waitFor();
  await done(context, problems);
  return ms;
}

const root = await mkdtemp(join(tmpdir(), 'client-fit-widget-bench-'));
await mkdir(join(root, 'client-fit'), { recursive: true });
await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
await writeFile(join(root, 'favicon.ico'), '');
// The host's own module script imports the loader (the same module instance as the widget's)
// for the wasm exports, whose `memory` is the widget's linear memory.
await writeFile(join(root, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Work with us</title></head>
<body><main><h1>Work with us</h1><div data-client-fit data-questionnaire="intake" data-reveal="full"></div>
<script type="module" src="/client-fit/v1/client-fit.js"></script>
<script type="module">
import { ready } from '/client-fit/v1/client-fit.js';
ready.then((exports) => { window.__wasmMemory = exports.memory; });
</script></main></body></html>`);
const site = await serve(root, { gzip: true });
const url = `http://127.0.0.1:${site.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
// One warm-up of each, not counted: the server compresses each file once.
await memoryAfterLoad(browser, url);
const loads = [];
for (let i = 0; i < RUNS; i += 1) loads.push(await memoryAfterLoad(browser, url));
await lastAnswerToResult(browser, url);
const results = [];
for (let i = 0; i < RUNS; i += 1) results.push(await lastAnswerToResult(browser, url));
await browser.close();
await new Promise((resolve) => site.close(resolve));
await rm(root, { recursive: true, force: true });

const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  page: 'a host page with <div data-client-fit data-questionnaire="intake" data-reveal="full">',
  filesLoadedBeforeMemory: loads[0].files,
  // On a local network the module may be running before the first screen would show.
  runsWithTheFirstScreenShown: loads.filter((l) => l.firstScreen).length,
  lastAnswerToResultMs: stats(results),
  memoryAfterLoadBytes: stats(loads.map((l) => l.jsHeap + l.wasmMemory)),
  jsHeapBytes: stats(loads.map((l) => l.jsHeap)),
  wasmMemoryBytes: stats(loads.map((l) => l.wasmMemory)),
};
await mkdir('target/bench', { recursive: true });
await writeFile('target/bench/widget.json', `${JSON.stringify(report, null, 2)}\n`);

const f1 = (n) => n.toFixed(1);
const line = (what, s, unit, scale = (n) => n) =>
  console.log(`${what.padEnd(36)} ${f1(scale(s.min)).padStart(9)} ${f1(scale(s.median)).padStart(9)} ${f1(scale(s.max)).padStart(9)} ${unit}`);
const mib = (n) => n / KIB / KIB;
console.log(`\nThe widget on a host page (intake, reveal full): ${RUNS} cold loads each, ${report.date}`);
console.log(`${''.padEnd(36)} ${'min'.padStart(9)} ${'median'.padStart(9)} ${'max'.padStart(9)}`);
line('last answer to result', report.lastAnswerToResultMs, 'ms');
line('memory after load (JS + wasm)', report.memoryAfterLoadBytes, 'MiB', mib);
line('  JS heap', report.jsHeapBytes, 'MiB', mib);
line('  wasm linear memory', report.wasmMemoryBytes, 'MiB', mib);
console.log(`files loaded by then: ${report.filesLoadedBeforeMemory.join(' ')}; the build-time first screen showed in ${report.runsWithTheFirstScreenShown} of ${RUNS} loads`);
console.log('written to target/bench/widget.json');
