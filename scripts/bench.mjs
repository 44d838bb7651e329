// `make bench`, the browser half: serves the release build (dist/) on 127.0.0.1 with gzip and
// measures it in Debian's Chromium over cold loads (a new context each, cache disabled):
//   - bytes per resource type, gzip and uncompressed, loaded before the first question shows;
//   - first question visible: the first frame in which a question is laid out and visible,
//     after navigation, on `/?questionnaire=intake` (the prospect's way in);
//   - last answer to result: from the click on "See the result" to the first frame with the
//     result laid out, on the 30-question screening (the heaviest result page);
//   - memory after load: JS heap (CDP Runtime.getHeapUsage) plus wasm linear memory;
//   - with 2,000 saved assessments (about 1 KB each, seeded into storage before load): an action
//     that does not touch the history (switching the language; typing one character of the
//     first impression's reason) until the next frame, with the storage writes each made, and
//     opening History until its rows are laid out (written to target/bench/history.json);
//   - scoring a 3,000-question questionnaire in wasm (target/bench/wasm/, built by the
//     Makefile from benches/wasm_scoring.rs).
// Prints min / median / max beside each budget and writes target/bench/page.json.
import { chromium } from 'playwright-core';
import { mkdir, writeFile, access, readFile } from 'node:fs/promises';
import { serve } from './serve.mjs';
import { CHROMIUM_FLAGS, answerSection, skipTermsIfAsked } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const KIB = 1024;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length };
};

// In the page from its first script on: the first frame a question (or the result) is laid
// out and visible, in ms since navigation started.
function watchFrames() {
  window.__bench = {};
  const visible = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const watch = (name, selector) => {
    const check = () => {
      if (window.__bench[name] === undefined && visible(selector)) {
        // Laid out now; painted in the frame this callback precedes.
        requestAnimationFrame(() => { window.__bench[name] = performance.now(); });
        return true;
      }
      return false;
    };
    new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true, attributes: true });
  };
  watch('firstQuestion', 'fieldset.cf-question');
  addEventListener('TrunkApplicationStarted', (event) => { window.__wasmMemory = event.detail.wasm.memory; });
  // Armed by the bench just before the last click.
  window.__watchResult = () => {
    delete window.__bench.result;
    document.addEventListener('click', () => { window.__bench.clicked = performance.now(); }, { capture: true, once: true });
    watch('result', '.cf-result .cf-verdict-block');
  };
}

const typeOf = (path) => (path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css'
  : path.endsWith('.json') ? 'json' : path === '/' || path.endsWith('.html') ? 'html' : 'other');

async function coldPage(browser) {
  const context = await browser.newContext({ locale: 'en-US' });
  // The walk to the result answers whole sections (scripts/flow_bench.mjs measures both ways).
  await context.addInitScript(() => localStorage.setItem('client-fit-layout', 'sections'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(watchFrames);
  return { context, page, cdp };
}

async function firstLoad(browser, url) {
  const { context, page, cdp } = await coldPage(browser);
  await page.goto(`${url}?questionnaire=intake`);
  await page.waitForFunction(() => window.__bench.firstQuestion !== undefined && window.__wasmMemory);
  const firstQuestion = await page.evaluate(() => window.__bench.firstQuestion);
  // Everything that had arrived by the first question's frame.
  const resources = await page.evaluate((until) => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].filter((e) => e.responseEnd <= until).map((e) => ({
    path: new URL(e.name).pathname, gzip: e.encodedBodySize, raw: e.decodedBodySize,
  })), firstQuestion);
  // Memory once the page has settled after load (the other questionnaires fetched in the background).
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/questionnaires/')).length >= 3);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  await context.close();
  return { firstQuestion, resources, jsHeap: heap.usedSize, wasmMemory: wasm };
}

async function lastAnswerToResult(browser, url) {
  const { context, page } = await coldPage(browser);
  await page.goto(`${url}?questionnaire=screen`);
  await skipTermsIfAsked(page);
  await page.getByRole('heading', { name: 'First impression' }).waitFor();
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  while (!(await page.getByRole('heading', { name: 'Review' }).isVisible())) {
    await page.locator('.cf-section').waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.cf-section, .cf-review').first().waitFor();
  }
  await page.evaluate(() => window.__watchResult());
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForFunction(() => window.__bench.result !== undefined);
  const ms = await page.evaluate(() => window.__bench.result - window.__bench.clicked);
  await context.close();
  return ms;
}

const SAVED = Number(process.env.BENCH_SAVED ?? 2000);

// Saved assessments as storage version 3 keeps them (one key each), about 1 KB each: every
// single-choice question of the screening answered with its first option, and a short note.
async function seededHistory() {
  const screen = JSON.parse(await readFile('content/screen.json', 'utf8'));
  const answers = {};
  for (const section of screen.sections) {
    for (const q of section.questions) {
      if (q.kind === 'single' && q.options?.length) answers[q.id] = { choice: q.options[0].id };
    }
  }
  const entries = {};
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < SAVED; i += 1) {
    const id = String(base + i * 60000);
    entries[`client-fit-a-${id}`] = JSON.stringify({
      id, created_ms: base + i * 60000, updated_ms: base + i * 60000, questionnaire: 'screen',
      client: `Client ${i}`, blink: { impression: i % 3 ? 'good' : 'bad', why: 'first call' },
      answers, notes: 'Met at the fair; wants a shop by spring. '.repeat(3),
    });
  }
  const sizes = Object.values(entries).map((e) => e.length);
  return { entries, bytes: sizes.reduce((a, b) => a + b, 0) };
}

// A page whose storage holds `entries` before the app starts; resolves once the start page shows.
async function pageWithHistory(browser, url, entries) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.clear();
    localStorage.setItem('client-fit', JSON.stringify({ version: 3, language: 'en', profile_asked: true }));
    for (const [key, text] of Object.entries(entries)) localStorage.setItem(key, text);
  }, entries);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.cf-start').waitFor();
  return { context, page };
}

// In the page: clicks `selector` and resolves with the ms from the click to the first frame in
// which `done()` holds (checked after every DOM change, and at once).
function clickToFrame([selector, done]) {
  const ready = new Function(`return (${done})`);
  return new Promise((resolve) => {
    const start = performance.now();
    const frame = () => requestAnimationFrame(() => resolve(performance.now() - start));
    const observer = new MutationObserver(() => {
      if (ready()) { observer.disconnect(); frame(); }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    document.querySelector(selector).click();
    if (ready()) { observer.disconnect(); frame(); }
  });
}

async function largeHistory(browser, url, entries) {
  const { context, page } = await pageWithHistory(browser, url, entries);
  // Switching the language: nothing of the history changes, so nothing of it may be rewritten.
  await page.evaluate(() => {
    window.__writes = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) { window.__writes += 1; return set.apply(this, args); };
  });
  const language = await page.evaluate(clickToFrame, [
    '.cf-lang[aria-pressed=false]',
    "document.documentElement.lang !== 'en'",
  ]);
  const languageWrites = await page.evaluate(() => window.__writes);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const open = await page.evaluate(clickToFrame, [
    '.cf-tabs .cf-tab:nth-child(3)',
    `document.querySelectorAll('.cf-history-item').length > 0`,
  ]);
  const rows = await page.locator('.cf-history-item').count();
  // Typing one character (the first impression's reason) in an assessment in progress.
  await page.locator('.cf-tabs .cf-tab:nth-child(1)').click();
  await page.locator('.cf-start .cf-button-primary').click();
  await page.locator('.cf-blink').waitFor();
  await page.getByLabel('Good', { exact: true }).check();
  await page.locator('.cf-blink input[type=text]:not([disabled])').waitFor();
  await page.evaluate(() => { window.__writes = 0; });
  const typing = await page.evaluate(() => new Promise((resolve) => {
    const input = document.querySelector('.cf-blink input[type=text]');
    const start = performance.now();
    input.value += 'x';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
    requestAnimationFrame(() => resolve(performance.now() - start));
  }));
  const typingWrites = await page.evaluate(() => window.__writes);
  await context.close();
  return { language, languageWrites, open, rows, typing, typingWrites };
}

async function wasmScoring(browser) {
  const dir = 'target/bench/wasm';
  try {
    await access(`${dir}/wasm_scoring.js`);
  } catch {
    return null;
  }
  const server = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  const result = await page.evaluate(async () => {
    const module = await import('./wasm_scoring.js');
    await module.default();
    return JSON.parse(module.run());
  });
  await context.close();
  await new Promise((done) => server.close(done));
  return result;
}

const site = await serve('dist', { gzip: true });
const url = `http://127.0.0.1:${site.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
// One warm-up load so the server's compressed copies and the browser process are ready.
await firstLoad(browser, url);
const loads = [];
for (let i = 0; i < RUNS; i += 1) loads.push(await firstLoad(browser, url));
const results = [];
for (let i = 0; i < RUNS; i += 1) results.push(await lastAnswerToResult(browser, url));
const seeded = await seededHistory();
const large = [];
for (let i = 0; i < Math.min(RUNS, 5); i += 1) large.push(await largeHistory(browser, url, seeded.entries));
const scoring = await wasmScoring(browser);
await browser.close();
await new Promise((done) => site.close(done));

const bytes = {};
for (const { path, gzip, raw } of loads[0].resources) {
  const type = typeOf(path);
  bytes[type] ??= { gzip: 0, raw: 0, files: [] };
  bytes[type].gzip += gzip;
  bytes[type].raw += raw;
  bytes[type].files.push(path);
}
const total = Object.values(bytes).reduce((sum, t) => ({ gzip: sum.gzip + t.gzip, raw: sum.raw + t.raw }), { gzip: 0, raw: 0 });
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  page: `${url}?questionnaire=intake`,
  bytesBeforeFirstQuestion: { ...bytes, total },
  firstQuestionMs: stats(loads.map((l) => l.firstQuestion)),
  lastAnswerToResultMs: stats(results),
  memoryAfterLoadBytes: stats(loads.map((l) => l.jsHeap + l.wasmMemory)),
  jsHeapBytes: stats(loads.map((l) => l.jsHeap)),
  wasmMemoryBytes: stats(loads.map((l) => l.wasmMemory)),
  wasmScoring3000Ms: scoring,
};
await mkdir('target/bench', { recursive: true });
await writeFile('target/bench/page.json', `${JSON.stringify(report, null, 2)}\n`);
const historyReport = {
  date: report.date,
  savedAssessments: SAVED,
  storedBytes: seeded.bytes,
  rowsShown: large[0].rows,
  switchLanguageToNextFrameMs: stats(large.map((l) => l.language)),
  storageWritesOnLanguageSwitch: stats(large.map((l) => l.languageWrites)),
  openHistoryToRowsMs: stats(large.map((l) => l.open)),
  typeOneCharacterToNextFrameMs: stats(large.map((l) => l.typing)),
  storageWritesOnThatCharacter: stats(large.map((l) => l.typingWrites)),
};
await writeFile('target/bench/history.json', `${JSON.stringify(historyReport, null, 2)}\n`);

const f1 = (n) => n.toFixed(1);
const line = (what, s, unit, budget, scale = (n) => n) =>
  console.log(`${what.padEnd(44)} ${f1(scale(s.min)).padStart(9)} ${f1(scale(s.median)).padStart(9)} ${f1(scale(s.max)).padStart(9)} ${unit.padEnd(4)} budget ${budget}`);
console.log(`\nClient Fit page bench: ${RUNS} cold loads each, ${report.date}`);
console.log('bytes before the first question (gzip / uncompressed):');
for (const [type, t] of Object.entries(bytes)) console.log(`  ${type.padEnd(6)} ${f1(t.gzip / KIB).padStart(8)} KiB / ${f1(t.raw / KIB).padStart(8)} KiB  ${t.files.join(' ')}`);
console.log(`  total  ${f1(total.gzip / KIB).padStart(8)} KiB / ${f1(total.raw / KIB).padStart(8)} KiB  budget 100 KiB gzip`);
console.log(`${''.padEnd(44)} ${'min'.padStart(9)} ${'median'.padStart(9)} ${'max'.padStart(9)}`);
line('first question visible', report.firstQuestionMs, 'ms', '150 ms median');
line('last answer to result', report.lastAnswerToResultMs, 'ms', '16 ms');
line('memory after load (JS + wasm)', report.memoryAfterLoadBytes, 'MiB', '5 MiB', (n) => n / KIB / KIB);
line('  JS heap', report.jsHeapBytes, 'MiB', '', (n) => n / KIB / KIB);
line('  wasm linear memory', report.wasmMemoryBytes, 'MiB', '', (n) => n / KIB / KIB);
console.log(`with ${SAVED} saved assessments (${f1(seeded.bytes / KIB / KIB)} MiB), ${large.length} runs:`);
line('  switch language to next frame', historyReport.switchLanguageToNextFrameMs, 'ms', '16 ms');
line('  storage writes on that switch', historyReport.storageWritesOnLanguageSwitch, '', '1 (the main key)');
line(`  open History to ${historyReport.rowsShown} rows laid out`, historyReport.openHistoryToRowsMs, 'ms', '200 ms');
line('  type one character to next frame', historyReport.typeOneCharacterToNextFrameMs, 'ms', '16 ms');
line('  storage writes for that character', historyReport.storageWritesOnThatCharacter, '', '1 (the work key)');
if (scoring) {
  for (const [what, s] of Object.entries(scoring)) line(`wasm: ${what}`, s, 'ms', what.includes('prepared') ? '1 ms' : '');
} else {
  console.log('wasm scoring: not built (run `make bench`)');
}
console.log('written to target/bench/page.json and target/bench/history.json');
