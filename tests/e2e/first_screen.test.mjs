// End to end: the widget's first screen comes from the HTML rendered at build time
// (crates/prerender), shown by the loader before the wasm has arrived (the first test on an
// emulated slow 4G network, the others on the local one). The tests hold the wasm back until
// they have answered there, so "before the module runs" is a fact, not a race: the answer, the
// press of Next and the focus survive the live widget's takeover, nothing moves when it takes
// over, a returning visitor gets no stale first screen, and the loader's accent colours are
// the module's. Under the strict CSP of issue 6.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, newPage, screenshot } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// Chromium's network emulation as `make bench` uses it (scripts/first_question_bench.mjs).
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 1.47e6 / 8, uploadThroughput: 675e3 / 8 };
let host;
let browser;

const hostPage = (widgets) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Work with us</title></head><body><main>
<h1>Work with us</h1>
${widgets}
<script type="module" src="/client-fit/v1/client-fit.js"></script>
</main></body></html>`;

before(async () => {
  const root = await mkdtemp(join(tmpdir(), 'client-fit-first-'));
  await mkdir(join(root, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await writeFile(join(root, 'favicon.ico'), '');
  const pages = {
    'intake.html': hostPage('<div id="w" data-client-fit data-reveal="summary" data-consultant-name="Vega Studio"></div>'),
    'screen.html': hostPage('<div id="w" data-client-fit data-questionnaire="screen"></div>'),
    'two.html': hostPage('<div id="one" data-client-fit></div>\n<div id="two" data-client-fit data-language="es"></div>'),
  };
  for (const accent of ['#c50', '#0f6e5a', '#ffeb3b', '#777777']) {
    pages[`accent-${accent.slice(1)}.html`] = hostPage(`<div id="w" data-client-fit data-accent="${accent}"></div>`);
  }
  for (const [name, text] of Object.entries(pages)) await writeFile(join(root, name), text);
  host = await serve(root, { headers: () => ({ 'content-security-policy': CSP }) });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => host?.close(done));
});

const url = (name) => `http://127.0.0.1:${host.address().port}/${name}`;

/** A first visit (no layout chosen, nothing kept), on slow 4G if `slow`, with the wasm held
 *  back until `release()` (or refused: `release('abort')`); `wasmAsked` resolves once the page
 *  has asked for it. */
async function firstVisit({ context: given, slow = false, viewport, colorScheme } = {}) {
  const opened = given ? { context: given, page: await given.newPage(), problems: [] } : await newPage(browser, { layout: null, viewport, colorScheme });
  const { page, problems } = opened;
  if (given) page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.addInitScript(() => {
    window.__violations = [];
    window.__events = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const type of ['client-fit:ready', 'client-fit:change']) {
      document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
    }
  });
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  let release;
  const held = new Promise((done) => { release = done; });
  let requested;
  const wasmAsked = new Promise((done) => { requested = done; });
  let wasmArrived = false;
  await page.route('**/client-fit.wasm', async (route) => {
    requested();
    // `release('abort')` makes the wasm fail to arrive instead.
    if ((await held) === 'abort') return route.abort();
    await route.continue();
    wasmArrived = true;
  });
  return { ...opened, page, problems, asked, release, wasmAsked, wasmArrived: () => wasmArrived };
}

/** The live widget has taken the first screen over. */
const takenOver = (page, id = 'w') =>
  page.waitForFunction((id) => {
    const shadow = document.getElementById(id).shadowRoot;
    return shadow && !shadow.querySelector('[data-cf-first]') && shadow.querySelector('.cf-app');
  }, id);

test('on slow 4G the first question shows before the wasm, and an answer given there is kept', async () => {
  const { page, problems, context, release, wasmArrived } = await firstVisit({ slow: true, viewport: { width: 375, height: 740 } });
  await page.goto(url('intake.html'), { waitUntil: 'commit' });
  const first = page.locator('#w [data-cf-first="shown"]');
  await first.getByRole('radio', { name: 'Software or app development' }).waitFor();
  await first.getByText('What kind of work do you need?').waitFor();
  assert.equal(wasmArrived(), false, 'the question shows while the wasm is still held back');
  await screenshot(page, 'first-screen-before-wasm-375', { fullPage: false });
  await first.getByText('Software or app development').click();
  assert.equal(await first.getByRole('radio', { name: 'Software or app development' }).isChecked(), true);
  release();
  await takenOver(page);
  // The live widget took the choice as its own: one answered.
  await page.locator('#w').getByText('Questions answered: 1 of 22').first().waitFor();
  // The live widget heard the answer: the host's change event carries it, and it is kept.
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'client-fit:change'));
  const change = await page.evaluate(() => window.__events.find((e) => e.type === 'client-fit:change').detail);
  assert.deepEqual(change.answers.map((a) => [a.question, a.value]), [['kind_of_work', 'software']]);
  await page.reload();
  await page.locator('#w').getByText('Questions answered: 1 of 22').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Next pressed and the focus on the first screen carry over to the live widget', async () => {
  // The screening opens on the first impression, whose choices wait for Next.
  const { page, problems, context, release } = await firstVisit({ colorScheme: 'dark' });
  await page.goto(url('screen.html'), { waitUntil: 'commit' });
  const first = page.locator('#w [data-cf-first="shown"]');
  const radio = first.getByRole('radio', { name: 'Good', exact: true });
  await radio.waitFor();
  await page.locator('#w').evaluate((host) => new Promise((done) => {
    const link = host.shadowRoot.querySelector('link[rel=stylesheet]');
    if (link.sheet) done(); else link.addEventListener('load', done, { once: true });
  }));
  await screenshot(page, 'first-screen-screening-1280-dark');
  // By keyboard, as a person would: into the group, then Space to pick.
  await radio.focus();
  await page.keyboard.press('Space');
  assert.equal(await radio.isChecked(), true);
  const focusedId = await page.evaluate(() => document.getElementById('w').shadowRoot.activeElement?.id);
  assert.ok(focusedId, 'a choice has the focus');
  release();
  await takenOver(page);
  assert.equal(await page.evaluate(() => document.getElementById('w').shadowRoot.activeElement?.id), focusedId,
    'the focus is on the same choice in the live widget');
  assert.equal(await page.locator('#w').getByRole('radio', { name: 'Good', exact: true }).isChecked(), true);
  await context.close();

  // A second first visit: the answer and Next both before the module; the live widget moves on.
  const again = await firstVisit();
  await again.page.goto(url('intake.html'), { waitUntil: 'commit' });
  const screen = again.page.locator('#w [data-cf-first="shown"]');
  await screen.getByText('Marketing or content').click();
  await screen.getByRole('button', { name: 'Next' }).click();
  again.release();
  await takenOver(again.page);
  await again.page.locator('#w').getByText('Question 2 of 5').waitFor();
  await again.page.locator('#w').getByText('Questions answered: 1 of 22').first().waitFor();
  assert.deepEqual(again.problems, []);
  assert.deepEqual(problems, []);
  await again.context.close();
});

test('a returning visitor, and a second widget, get no first screen of the build', async () => {
  const { page, problems, context, release, wasmAsked, asked } = await firstVisit();
  await page.goto(url('intake.html'), { waitUntil: 'commit' });
  await page.locator('#w [data-cf-first="shown"]').getByText('Advice or consulting').click();
  release();
  await takenOver(page);
  await page.locator('#w').getByText('Questions answered: 1 of 22').first().waitFor();

  // Back on the page: the kept answers are the widget's to show, so the loader shows nothing
  // of its own (it never asks for the first screen), and the widget resumes.
  const back = await firstVisit({ context });
  await back.page.goto(url('intake.html'), { waitUntil: 'commit' });
  await back.wasmAsked;
  assert.equal(back.asked.some((path) => path.includes('/first/')), false, JSON.stringify(back.asked));
  assert.equal(await back.page.evaluate(() => !!document.getElementById('w').shadowRoot), false);
  back.release();
  await back.page.locator('#w').getByRole('radio', { name: 'Advice or consulting' }).waitFor();
  assert.equal(await back.page.locator('#w').getByRole('radio', { name: 'Advice or consulting' }).isChecked(), true);
  await context.close();

  // Two widgets: the first screen is the first one's (its element ids say so); the second
  // mounts as before, in its own language.
  const two = await firstVisit();
  await two.page.goto(url('two.html'), { waitUntil: 'commit' });
  await two.page.locator('#one [data-cf-first="shown"] legend').waitFor();
  await two.wasmAsked;
  assert.equal(two.asked.filter((path) => path.includes('/first/')).length, 1, JSON.stringify(two.asked));
  assert.equal(await two.page.evaluate(() => !!document.getElementById('two').shadowRoot), false);
  two.release();
  await takenOver(two.page, 'one');
  await two.page.locator('#two').getByRole('button', { name: 'Siguiente' }).waitFor();
  assert.deepEqual(two.problems, []);
  assert.deepEqual(problems, []);
  await two.context.close();
  assert.ok(asked.length > 0);
});

/** Where the question and the Next button lie on the page. */
async function boxes(page) {
  const box = async (locator) => {
    const b = await locator.boundingBox();
    return b && [Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)];
  };
  return {
    legend: await box(page.locator('#w legend').first()),
    next: await box(page.locator('#w').getByRole('button', { name: 'Next' })),
  };
}

test("nothing moves when the module takes over, and the loader's accent colours are the module's", async () => {
  for (const accent of ['c50', '0f6e5a', 'ffeb3b', '777777']) {
    const { page, context, release } = await firstVisit();
    await page.goto(url(`accent-${accent}.html`), { waitUntil: 'commit' });
    await page.locator('#w [data-cf-first="shown"] legend').waitFor();
    const colours = () => page.evaluate(() => {
      const style = document.getElementById('w').style;
      return [style.getPropertyValue('--cf-accent'), style.getPropertyValue('--cf-accent-text')];
    });
    const early = await colours();
    const staticBoxes = await boxes(page);
    assert.ok(staticBoxes.legend && staticBoxes.next, JSON.stringify(staticBoxes));
    release();
    await takenOver(page);
    assert.deepEqual(await boxes(page), staticBoxes, 'the live screen lies exactly where the static one did');
    assert.deepEqual(await colours(), early, `#${accent}`);
    assert.match(early[1], /^#(ffffff|111111)$/);
    await context.close();
  }
});

test('if the module cannot start, the first screen gives way to a clear message', async () => {
  const { page, context, release } = await firstVisit();
  await page.goto(url('intake.html'), { waitUntil: 'commit' });
  await page.locator('#w [data-cf-first="shown"] legend').waitFor();
  // The wasm never arrives: the static question must not stay, looking as if it worked.
  release('abort');
  const alert = page.locator('#w').getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'Client Fit could not start in this browser.');
  assert.equal(await page.locator('#w fieldset').count(), 0);
  await context.close();
});

// The consultant's app on its own page: the same, from dist/index.html itself.
test("the app's first visit shows its start page from the HTML and keeps what was typed and picked", async (t) => {
  const site = await serve('dist');
  t.after(() => new Promise((done) => site.close(done)));
  const appUrl = (path) => `http://127.0.0.1:${site.address().port}${path}`;
  /** A page of the app with its wasm held back until `release()`. */
  const appPage = async (options = {}) => {
    const opened = await newPage(browser, { layout: null, ...options });
    let release;
    const held = new Promise((done) => { release = done; });
    await opened.page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    return { ...opened, release };
  };
  const staticScreen = (page) => page.locator('body > [data-cf-first="shown"]');
  const liveApp = (page) => page.waitForFunction(() =>
    !document.querySelector('[data-cf-first]') && document.querySelector('.cf-app .cf-start'));

  const { page, problems, context, release } = await appPage({ viewport: { width: 375, height: 740 } });
  await page.goto(appUrl('/'), { waitUntil: 'domcontentloaded' });
  const first = staticScreen(page);
  await first.getByRole('heading', { name: 'Screen a client before you say yes.' }).waitFor();
  await screenshot(page, 'first-screen-app-375', { fullPage: false });
  await first.getByText('Check up on a client').click();
  await first.getByLabel('Client or prospect name (optional)').fill('Acme Ltd');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cf0-client-name');
  release();
  await liveApp(page);
  const name = page.getByLabel('Client or prospect name (optional)');
  assert.equal(await name.inputValue(), 'Acme Ltd');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cf0-client-name', 'still typing there');
  assert.equal(await page.getByRole('radio', { name: /^Check up on a client/ }).isChecked(), true);
  // The live app works as ever: Begin starts the check-up for that client.
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.cf-terms, .cf-blink').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();

  // Begin pressed on the static screen (its form does not submit the page): the app begins.
  const again = await appPage();
  await again.page.goto(appUrl('/'), { waitUntil: 'domcontentloaded' });
  await staticScreen(again.page).getByRole('button', { name: 'Begin' }).click();
  assert.equal(new URL(again.page.url()).search, '', 'the form did not submit the page');
  again.release();
  await again.page.locator('.cf-terms, .cf-blink').first().waitFor();
  assert.deepEqual(again.problems, []);
  await again.context.close();

  // Anything kept on the device, or an address asking for something, has a first screen only
  // the app can draw: the page shows none of its own.
  for (const [path, keep] of [['/', true], ['/?questionnaire=intake', false], ['/?page=history', false]]) {
    const other = await appPage();
    if (keep) await other.page.addInitScript(() => localStorage.setItem('client-fit', JSON.stringify({ version: 3, language: 'en' })));
    await other.page.goto(appUrl(path), { waitUntil: 'domcontentloaded' });
    assert.equal(await other.page.locator('[data-cf-first]').count(), 0, path);
    other.release();
    await other.page.locator('.cf-app').first().waitFor();
    await other.context.close();
  }
});
