// The engine smoke suite: the release build (dist/) in one engine over plain W3C WebDriver,
// ENGINE=chromium|firefox|webkit (make test-engines runs each). The intake, a whole screening
// to the result, its share link in a fresh session, the widget on a host page under the strict
// CSP sending its complete event, offline after one visit, and no page error in any of them.
// Screenshots of each step in light and dark go to target/screenshots/<engine>/. The scores
// are written to target/engines/<engine>.json and must match Chromium's for the same build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { startDriver, waitFor } from './webdriver.mjs';
import { Page, RECORDER, RECORDER_PATH, RECORDER_TAG } from './page.mjs';

const ENGINE = process.env.ENGINE ?? 'firefox';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TEST_MODE = { files: { [RECORDER_PATH]: RECORDER }, inject: RECORDER_TAG };

// The host page: one widget showing its full result, and a script of the host's own (external,
// for the CSP) that keeps the widget's events.
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="site.css"></head><body><main><h1>Start a project</h1>
<div id="w" data-client-fit data-questionnaire="intake" data-reveal="full" data-consultant-name="Vega Studio"></div>
<script src="host-events.js"></script>
<script type="module" src="/client-fit/v1/client-fit.js"></script>
</main></body></html>`;
const HOST_EVENTS = `window.__events = [];
for (const type of ['client-fit:ready', 'client-fit:change', 'client-fit:complete']) {
  document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
}`;

let driver;
let site;
let host;
let build;
let reference = null; // Chromium's results for the same build, when this is another engine
const results = {};

const urlOf = (server, path = '') => `http://127.0.0.1:${server.address().port}/${path}`;
const stop = (server) => new Promise((done) => { server.closeAllConnections(); server.close(done); });

before(async () => {
  build = createHash('sha256').update(await readFile('dist/sw.js')).digest('hex').slice(0, 16);
  if (ENGINE !== 'chromium') {
    const saved = await readFile('target/engines/chromium.json', 'utf8').then(JSON.parse, () => null);
    if (saved?.build === build) reference = saved;
  }
  const root = await mkdtemp(join(tmpdir(), 'client-fit-engine-host-'));
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await cp('examples/site.css', join(root, 'site.css'));
  await writeFile(join(root, 'index.html'), HOST_PAGE);
  await writeFile(join(root, 'host-events.js'), HOST_EVENTS);
  await writeFile(join(root, 'favicon.ico'), '');
  site = await serve('dist', TEST_MODE);
  host = await serve(root, { ...TEST_MODE, headers: () => ({ 'content-security-policy': CSP }) });
  driver = await startDriver(ENGINE);
});

after(async () => {
  await driver?.stop();
  for (const server of [site, host]) if (server) await stop(server);
  await mkdir('target/engines', { recursive: true });
  await writeFile(`target/engines/${ENGINE}.json`, `${JSON.stringify({ build, ...results }, null, 2)}\n`);
});

/** A fresh browser session (its own storage) in light or dark; closed by the caller. */
async function open({ dark = false } = {}) {
  const since = driver.output.length;
  const session = await driver.newSession({ dark });
  return new Page(session, { driver, since });
}

async function noProblems(page) {
  assert.deepEqual(await page.problems(), [], `page errors in ${ENGINE}`);
}

/** The same result as Chromium's, when Chromium ran on this build first. */
function sameAsChromium(key, value) {
  results[key] = value;
  if (reference?.[key] !== undefined) assert.deepEqual(value, reference[key], `${key} differs from Chromium's`);
}

test(`${ENGINE}: the intake, as the prospect answers it on the consultant's page`, async () => {
  const page = await open();
  try {
    await page.goto(urlOf(site, '?questionnaire=intake'));
    await page.wait('css', '.cf-section');
    assert.equal(await page.has('heading', 'First impression'), false);
    const see = await page.answerUntilResult({ shot: 'light-intake-section' });
    await see();
    await page.wait('heading', 'Result');
    sameAsChromium('intake', { verdict: await page.text('.cf-verdict'), overall: await page.text('.cf-overall') });
    await page.screenshot('light-intake-result');
    await noProblems(page);
  } finally {
    await page.session.close();
  }
});

test(`${ENGINE}: a whole screening to the result, and its share link in a fresh session`, async () => {
  const page = await open();
  let link;
  let shown;
  try {
    await page.goto(urlOf(site));
    await page.wait('heading', 'Screen a client before you say yes.');
    await page.screenshot('light-start');
    await page.completeScreening('Engine Client', { impression: 'Unsure', shot: 'light-screen-section' });
    shown = { verdict: await page.text('.cf-verdict'), overall: await page.text('.cf-overall') };
    sameAsChromium('screening', shown);
    assert.match(shown.overall, /\d/);
    await page.screenshot('light-screen-result');
    await page.click('button', 'Copy share link');
    const field = await page.wait('label', 'Share link');
    link = await waitFor(() => page.session.run((e) => e.value, { 'element-6066-11e4-a52e-4f735466cecf': field }), 'the share link');
    assert.match(link, /#cf1\./);
    await noProblems(page);
  } finally {
    await page.session.close();
  }

  const fresh = await open();
  try {
    await fresh.goto(link);
    await fresh.wait('heading', 'Result for Engine Client');
    await fresh.wait('text', 'Opened from a shared link. Nothing was sent anywhere.');
    assert.deepEqual({ verdict: await fresh.text('.cf-verdict'), overall: await fresh.text('.cf-overall') }, shown);
    await fresh.screenshot('light-share-link');
    await noProblems(fresh);
  } finally {
    await fresh.session.close();
  }
});

test(`${ENGINE}: the widget on a host page under the strict CSP sends its complete event`, async () => {
  const page = await open();
  try {
    await page.goto(urlOf(host));
    const widget = page.widget('#w');
    await widget.wait('css', 'fieldset.cf-question');
    await waitFor(() => page.session.run(() => window.__events.some((e) => e.type === 'client-fit:ready')), 'the ready event');
    const see = await widget.answerUntilResult({ see: 'Finish', shot: 'light-widget-section' });
    await widget.fill('^Your name or company', 'Eve Prospect');
    await see();
    await widget.wait('css', '.cf-prospect-result .cf-verdict');
    const complete = await waitFor(
      () => page.session.run(() => window.__events.find((e) => e.type === 'client-fit:complete')?.detail ?? null),
      'the complete event',
    );
    assert.equal(complete.version, 1);
    assert.equal(complete.event, 'complete');
    assert.equal(complete.client, 'Eve Prospect');
    assert.equal(complete.questionnaire.id, 'intake');
    assert.ok(complete.answers.length >= 10, `answers: ${complete.answers.length}`);
    assert.equal(typeof complete.scores.overall, 'number');
    assert.equal(typeof complete.verdict.id, 'string');
    sameAsChromium('widget', { scores: complete.scores, verdict: complete.verdict.id, flags: complete.flags.map((f) => f.id) });
    await widget.screenshot('light-widget-result');
    await noProblems(page);
  } finally {
    await page.session.close();
  }
});

test(`${ENGINE}: after one visit, a whole screening works with the site gone`, async (t) => {
  // A server of its own, stopped half-way: the network is gone for this origin.
  const own = await serve('dist', TEST_MODE);
  const url = urlOf(own);
  const page = await open();
  try {
    await page.goto(url);
    await page.wait('css', '.cf-start');
    if (!(await page.session.run(() => 'serviceWorker' in navigator))) {
      t.skip(`${ENGINE} offers no service worker here`);
      return;
    }
    await waitFor(() => page.session.run(() => navigator.serviceWorker.controller !== null), 'the service worker to control the page');
    // Once more while online, so that the worker also keeps the test's error recorder.
    await page.goto(url);
    await page.wait('css', '.cf-start');
    await stop(own);
    await page.goto(url);
    await page.wait('css', '.cf-start');
    await page.completeScreening('Offline Client');
    await page.screenshot('light-offline-result');
    await noProblems(page);
  } finally {
    await page.session.close();
    if (own.listening) await stop(own);
  }
});

test(`${ENGINE}: the same screens in the dark theme`, async () => {
  const page = await open({ dark: true });
  try {
    await page.goto(urlOf(site));
    await page.wait('heading', 'Screen a client before you say yes.');
    assert.equal(await page.session.run(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the engine is in dark mode');
    await page.screenshot('dark-start');
    await page.completeScreening('Dark Client', { shot: 'dark-screen-section' });
    await page.screenshot('dark-screen-result');
    await noProblems(page);
    await page.goto(urlOf(host));
    const widget = page.widget('#w');
    await widget.wait('css', 'fieldset.cf-question');
    await widget.answerSection();
    await widget.screenshot('dark-widget-section');
    await noProblems(page);
  } finally {
    await page.session.close();
  }
});
