// End to end: the widget embedded on host pages served on 127.0.0.1, every page under the
// strict Content Security Policy of issue 6. Two widgets on one page, the events and their
// payload, the reveal setting, a hostile host stylesheet, wrong options, the hand-over back to
// the consultant's own Client Fit, and axe on the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, start, newPage, answerSection, completeQuestionnaire } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let host; // the host site: examples and test pages, with the embed files under /client-fit/v1/
let app; // the consultant's own Client Fit (dist/)
let browser;

const page = (body, { css = 'site.css', title = 'Host page' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="${css}"></head><body><main><h1>${title}</h1>
${body}
<script type="module" src="/client-fit/v1/client-fit.js"></script>
</main></body></html>`;

const HOSTILE_CSS = `
* { font-size: 31px !important; color: rgb(255, 0, 0) !important; letter-spacing: 5px !important;
    text-transform: uppercase !important; box-sizing: content-box !important; }
div { padding: 40px !important; border: 3px dotted green !important; display: inline !important; }
input, button, label { display: none !important; }
fieldset, legend { all: unset !important; }
[data-client-fit] { font-family: "Comic Sans MS", cursive !important; line-height: 4 !important; }
.cf-title, .cf-app, .cf-question { color: rgb(0, 0, 255) !important; background: yellow !important; }
`;

// Host elements that carry the widget's own class names: the widget's styles must not touch them.
const HOST_ELEMENTS = `<h2 id="host-heading" class="cf-title">The host's heading</h2>
<p id="host-text" class="cf-intro cf-block">The host's paragraph.</p>`;

before(async () => {
  const root = await mkdtemp(join(tmpdir(), 'client-fit-host-'));
  await mkdir(join(root, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await cp('examples', root, { recursive: true });
  // Valid JSON of the right shape, but unsound: two questions named `budget`. The widget does
  // not run the whole linter (`lint::check` only), and must still refuse it, saying why.
  const unsound = JSON.parse(await readFile('crates/core/tests/fixtures/minimal.json', 'utf8'));
  unsound.sections[0].questions[1].id = 'budget';
  const files = {
    'two.html': page(`
<div id="a" data-client-fit data-reveal="summary" data-consultant-name="Vega Studio"></div>
<div id="b" data-client-fit data-language="es" data-reveal="full">
  <script type="application/json">{"profile": {"name": "PROFILE-SECRET-NAME", "min_budget": 987654}}</script>
</div>`),
    'themed.html': page(`
<div id="dark" data-client-fit data-theme="dark"></div>
<div id="light" data-client-fit data-theme="light"></div>
<div id="auto" data-client-fit></div>
<div id="json-dark" data-client-fit><script type="application/json">{"theme": "dark"}</script></div>
<div id="accent" data-client-fit data-theme="light" data-accent="#c0392b"></div>`),
    'full.html': page(`<div id="full" data-client-fit data-reveal="full" data-language="en"></div>`),
    'hostile.css': HOSTILE_CSS,
    'hostile.html': page(`${HOST_ELEMENTS}<div id="w" data-client-fit data-reveal="summary"></div>`, { css: 'hostile.css' }),
    'hostile-alone.html': page(HOST_ELEMENTS, { css: 'hostile.css' }).replace(/<script type="module".*<\/script>/, ''),
    'broken.json': '{"format": 1, "id": "cut", "sections": [',
    'unsound.json': JSON.stringify(unsound),
    'host-counter.js': `document.getElementById('count').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });`,
    'bad.html': page(`
<div id="bad-option" data-client-fit data-reveal="everything"></div>
<div id="bad-file" data-client-fit><script type="application/json">{"questionnaire_url": "broken.json"}</script></div>
<div id="unsound-file" data-client-fit><script type="application/json">{"questionnaire_url": "unsound.json"}</script></div>
<div id="elsewhere" data-client-fit><script type="application/json">{"questionnaire_url": "https://example.com/q.json"}</script></div>
<div id="good" data-client-fit></div>
<button id="count" type="button">0</button>
<script type="module" src="host-counter.js"></script>`),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  // The browser asks every site for one; an empty icon keeps the console free of 404s.
  await writeFile(join(root, 'favicon.ico'), '');
  host = await serve(root, { headers: () => ({ 'content-security-policy': CSP }) });
  app = await start();
  browser = app.browser;
});
after(async () => {
  await new Promise((done) => host?.close(done));
  await app?.close();
});

const hostUrl = (path) => `http://127.0.0.1:${host.address().port}/${path}`;

/** A page that records the widgets' events and any CSP violation from its first script on. */
async function hostPage(options = {}) {
  const opened = await newPage(browser, { acceptDownloads: true, ...options });
  await opened.page.addInitScript(() => {
    window.__events = [];
    window.__violations = [];
    for (const type of ['client-fit:ready', 'client-fit:change', 'client-fit:complete']) {
      document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
    }
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return opened;
}

const events = (page, id, type) =>
  page.evaluate(([id, type]) => window.__events.filter((e) => e.id === id && (!type || e.type === type)), [id, type]);

/** Answers a widget's questionnaire with first options, names the prospect, and ends it. */
async function completeWidget(widget, { next = 'Next', review = 'Review', see = 'Finish', name } = {}) {
  await widget.locator('fieldset.cf-question').first().waitFor();
  while (!(await widget.getByRole('heading', { name: review }).isVisible())) {
    await answerSection(widget);
    await widget.getByRole('button', { name: next }).click();
    await widget.locator('.cf-section, .cf-review').first().waitFor();
  }
  if (name) await widget.getByLabel(/^Your name or company/).fill(name);
  await widget.getByRole('button', { name: see }).click();
}

test("the widget speaks the prospect's language from a file of its own, and English without it", async () => {
  // The module carries English only; Spanish arrives as ui/es.json, preloaded by the loader
  // beside the questionnaire (no request waits for another).
  const { page, problems, context } = await hostPage();
  const words = [];
  page.on('request', (r) => { if (/\/ui\/[a-z]+\.json$/.test(r.url())) words.push(r.url()); });
  await page.goto(hostUrl('two.html'));
  const a = page.locator('#a');
  const b = page.locator('#b');
  await b.getByRole('button', { name: 'Siguiente' }).waitFor();
  await a.locator('fieldset.cf-question').first().waitFor();
  assert.deepEqual(words.map((u) => u.split('/').pop()), ['es.json'], 'one file, for the Spanish widget');
  // A switch to Danish in the English widget: its words follow, with its questions.
  await a.getByRole('button', { name: 'Dansk' }).click();
  await a.getByRole('button', { name: 'Næste' }).waitFor();
  assert.ok(words.some((u) => u.endsWith('/ui/da.json')));
  assert.deepEqual(problems, []);
  await context.close();

  // The words' file missing (a host that copied the folder without it): the widget still
  // works, in English around the Spanish questions, and says why on the console.
  const missing = await hostPage();
  const warnings = [];
  missing.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await missing.page.route('**/ui/es.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await missing.page.goto(hostUrl('two.html'));
  const lost = missing.page.locator('#b');
  await lost.getByRole('button', { name: 'Next' }).waitFor();
  assert.match(await lost.locator('fieldset.cf-question legend').first().innerText(), /[áéíóúñ¿]/);
  assert.ok(warnings.some((w) => w.includes('ui/es.json')), warnings.join('\n'));
  await missing.context.close();
});

test('two widgets on one page work independently and send the documented events', async () => {
  const { page, problems, context } = await hostPage();
  await page.goto(hostUrl('two.html'));
  const entries = await page.evaluate(() => history.length);
  const a = page.locator('#a');
  const b = page.locator('#b');
  await a.locator('fieldset.cf-question').first().waitFor();
  await b.getByRole('button', { name: 'Siguiente' }).waitFor();
  // Native on the host: no brand of ours; the intake's own four languages; the widget fills
  // its element's width, with no indent of its own.
  assert.equal(await a.locator('.cf-brand').count(), 0);
  assert.deepEqual(await a.locator('.cf-lang').allTextContents(), ['English', 'Español', 'Română', 'Dansk']);
  const widths = await page.evaluate(() => {
    const host = document.getElementById('a');
    const app = host.shadowRoot.querySelector('.cf-app');
    const section = host.shadowRoot.querySelector('.cf-section, .cf-page');
    return { host: host.getBoundingClientRect().width, app: app.getBoundingClientRect().width,
      indent: section.getBoundingClientRect().left - host.getBoundingClientRect().left };
  });
  assert.ok(Math.abs(widths.host - widths.app) < 1, JSON.stringify(widths));
  assert.ok(widths.indent < 1, JSON.stringify(widths));
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'client-fit:ready').length === 2);
  const [ready] = await events(page, 'a', 'client-fit:ready');
  assert.equal(ready.detail.version, 1);
  assert.equal(ready.detail.event, 'ready');
  assert.equal(ready.detail.questionnaire.id, 'intake');

  await a.locator('fieldset.cf-question').first().locator('input[type=radio]').first().check();
  await page.waitForFunction(() => window.__events.some((e) => e.id === 'a' && e.type === 'client-fit:change'));
  const [change] = await events(page, 'a', 'client-fit:change');
  assert.equal(change.detail.event, 'change');
  assert.equal(change.detail.answers.length, 1);
  assert.deepEqual(Object.keys(change.detail.answers[0]).sort(), ['answer_text', 'question', 'question_text', 'value']);
  assert.equal(change.detail.verdict, undefined, 'no result while answers are still coming');
  assert.deepEqual(await events(page, 'b', 'client-fit:change'), [], 'the other widget heard nothing');

  await completeWidget(a, { name: 'Eve Prospect' });
  await a.getByRole('heading', { name: 'Last step: send your answers' }).waitFor();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'client-fit:complete'));
  const [complete] = await events(page, 'a', 'client-fit:complete');
  const d = complete.detail;
  assert.equal(d.version, 1);
  assert.equal(d.event, 'complete');
  assert.equal(d.client, 'Eve Prospect');
  assert.equal(d.language, 'en');
  assert.ok(d.answers.length >= 10, `answers: ${d.answers.length}`);
  assert.equal(typeof d.scores.overall, 'number');
  assert.ok(d.scores.dimensions.every((x) => typeof x.id === 'string' && 'score' in x && 'label' in x));
  assert.equal(typeof d.verdict.id, 'string');
  assert.equal(typeof d.verdict.label, 'string');
  assert.ok(Array.isArray(d.flags) && d.flags.every((f) => f.id && f.title && f.severity && f.question));
  assert.equal(typeof d.confidence, 'number');
  assert.ok(['firm', 'provisional'].includes(d.standing), d.standing);

  // The host's address and history are left alone: no step of a widget has an address.
  assert.equal(page.url(), hostUrl('two.html'));
  assert.equal(await page.evaluate(() => history.length), entries);
  // The other widget is untouched, and each keeps its own place across a reload.
  assert.equal(await b.locator('input[type=radio]:checked').count(), 0);
  await page.reload();
  await a.getByRole('heading', { name: 'Last step: send your answers' }).waitFor();
  await b.getByRole('button', { name: 'Siguiente' }).waitFor();
  assert.equal(await b.locator('input[type=radio]:checked').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the prospect sees what the consultant chose, and never the profile', async () => {
  const { page, problems, context } = await hostPage();
  // Summary: their own answers, no verdict or score.
  await page.goto(hostUrl('two.html'));
  const a = page.locator('#a');
  await completeWidget(a);
  await a.getByRole('heading', { name: 'Your answers', exact: true }).waitFor();
  assert.equal(await a.locator('.cf-answer-list dt').count() > 5, true);
  assert.equal(await a.locator('.cf-verdict, .cf-overall, .cf-score-chart').count(), 0);
  await a.getByText('Your answers are ready for Vega Studio.').waitFor();

  // Full: the verdict and scores, in the widget's language, and still nothing of the profile.
  const b = page.locator('#b');
  await completeWidget(b, { next: 'Siguiente', review: 'Repaso de respuestas', see: 'Terminar' });
  await b.locator('.cf-prospect-result .cf-verdict').waitFor();
  assert.match(await b.locator('.cf-overall').innerText(), /^\d+$/);
  const shown = await b.locator('.cf-app').innerText();
  assert.ok(!shown.includes('PROFILE-SECRET-NAME') && !/987[ .,]?654/.test(shown), 'the profile never shows');

  // Thanks (the plain example): nothing of the result at all.
  await page.goto(hostUrl('plain.html'));
  const intake = page.locator('#intake');
  await completeWidget(intake);
  await intake.getByRole('heading', { name: 'Last step: send your answers' }).waitFor();
  assert.equal(await intake.locator('.cf-verdict, .cf-overall, .cf-answer-list').count(), 0);
  // The example's own script got the result for its form.
  await page.locator('#contact').waitFor();
  const field = JSON.parse(await page.locator('#client-fit-result').inputValue());
  assert.equal(field.event, 'complete');

  // Full, in English: words for the prospect, never the consultant's ("warning signs", a tier
  // such as "Walk away"); and the questionnaire file their browser fetched is the prospect's
  // copy, with none of the consultant's advice, letters or notes in it.
  const files = [];
  page.on('response', async (response) => {
    if (/questionnaires\/intake\.en\.json$/.test(response.url())) files.push(await response.text());
  });
  await page.goto(hostUrl('full.html'));
  const full = page.locator('#full');
  await completeWidget(full);
  await full.locator('.cf-prospect-result .cf-verdict').waitFor();
  const words = await full.locator('.cf-app').innerText();
  assert.match(words, /Things we'd like to talk about/);
  assert.doesNotMatch(words, /warning|red flag|walk away|deal.breaker|safeguard/i);
  assert.equal(files.length, 1);
  const file = JSON.parse(files[0]);
  assert.equal(file.prospect_copy, true);
  assert.deepEqual(file.letters, []);
  assert.deepEqual(file.safeguards, []);
  assert.ok(file.flags.length > 5 && file.flags.every((f) => f.advice === undefined && f.reason === undefined));
  assert.ok(file.verdicts.every((v) => v.next === undefined && v.letters === undefined));
  assert.ok(!files[0].includes('find_out'), 'no "find out" notes');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a custom questionnaire from the host site works under the strict CSP', async () => {
  const { page, problems, context } = await hostPage();
  await page.goto(hostUrl('custom.html'));
  const widget = page.locator('#match');
  await widget.getByText('Which describes the photos you want?').waitFor();
  // Native on the host: no brand of ours, and no language buttons for an English-only file.
  assert.equal(await widget.locator('.cf-brand').count(), 0);
  assert.equal(await widget.locator('.cf-header, .cf-lang').count(), 0);
  // Its intro greets the prospect before the first question.
  assert.equal((await widget.locator('.cf-questionnaire-intro').textContent()).trim(), 'Five quick questions about your day.');
  await widget.getByLabel('What have you set aside for photography?').fill('500');
  await completeWidget(widget);
  // reveal=full, in words for the prospect: the topic by its question, never the sign's title
  // or "warning".
  const result = widget.locator('.cf-prospect-result');
  await result.getByText('What have you set aside for photography?').waitFor();
  assert.equal(await result.getByText('Budget well below the packages').count(), 0);
  assert.doesNotMatch(await result.textContent(), /warning/i);
  const download = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Download my answers' }).click();
  await mkdir('target/e2e', { recursive: true });
  await (await download).saveAs('target/e2e/handover-custom.json');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(problems, []);
  await context.close();

  // The consultant's Client Fit has never seen this questionnaire: it comes with the file.
  const own = await newPage(browser);
  await own.page.goto(app.url);
  await own.page.getByRole('button', { name: 'History', exact: true }).click();
  await own.page.locator('input[type=file]').setInputFiles('target/e2e/handover-custom.json');
  await own.page.getByText(/Backup imported/).waitFor();
  await own.page.getByRole('button', { name: 'Open', exact: true }).click();
  await own.page.getByRole('heading', { name: 'Result' }).waitFor();
  await own.page.getByText('Running a price auction').first().waitFor();
  await own.page.reload();
  await own.page.getByRole('heading', { name: 'Result' }).waitFor();
  assert.deepEqual(own.problems, []);
  await own.context.close();
});

test('data-theme (or "theme" in the JSON block) fixes light or dark whatever the system says, and auto follows it', async () => {
  const background = (page, id) => page.locator(`#${id} .cf-app`).evaluate((el) => getComputedStyle(el).backgroundColor);
  for (const scheme of ['light', 'dark']) {
    const { page, problems, context } = await hostPage({ colorScheme: scheme });
    await page.goto(hostUrl('themed.html'));
    for (const id of ['dark', 'light', 'auto', 'json-dark', 'accent']) await page.locator(`#${id} fieldset.cf-question`).first().waitFor();
    assert.equal(await background(page, 'dark'), 'rgb(21, 24, 29)');
    // "theme" in the JSON block works as the attribute does.
    assert.equal(await background(page, 'json-dark'), 'rgb(21, 24, 29)');
    assert.equal(await background(page, 'light'), 'rgb(255, 255, 255)');
    assert.equal(await background(page, 'auto'), scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)');
    // The host's theme reaches inside: the example sets the accent on the widget's element.
    const accent = await page.locator('#dark .cf-next').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(accent, 'rgb(111, 211, 184)');
    // data-accent sets it under the strict policy (no style attribute), with readable text.
    const accented = await page.locator('#accent .cf-next').evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.color];
    });
    assert.deepEqual(accented, ['rgb(192, 57, 43)', 'rgb(255, 255, 255)']);
    // The widget reads in the host page's typeface (the example site's Georgia).
    const fonts = await page.evaluate(() => [getComputedStyle(document.body).fontFamily,
      getComputedStyle(document.querySelector('#auto').shadowRoot.querySelector('.cf-question legend')).fontFamily]);
    assert.equal(fonts[1], fonts[0]);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a hostile host stylesheet neither breaks the widget nor is changed by it', async () => {
  const styleOf = (page, selector) =>
    page.evaluate((selector) => {
      const s = getComputedStyle(document.querySelector(selector));
      return { color: s.color, fontSize: s.fontSize, margin: s.margin, padding: s.padding, border: s.border, background: s.backgroundColor, display: s.display };
    }, selector);
  const { page, problems, context } = await hostPage();
  await page.goto(hostUrl('hostile-alone.html'));
  const before = { heading: await styleOf(page, '#host-heading'), text: await styleOf(page, '#host-text') };

  await page.goto(hostUrl('hostile.html'));
  const widget = page.locator('#w');
  const legend = widget.locator('fieldset.cf-question legend').first();
  await legend.waitFor();
  // The host's elements look exactly as they do without the widget on the page.
  assert.deepEqual({ heading: await styleOf(page, '#host-heading'), text: await styleOf(page, '#host-text') }, before);
  // The widget keeps its own look: its text size, colours, visible controls, block layout.
  const look = await legend.evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, color: s.color, transform: s.textTransform, spacing: s.letterSpacing };
  });
  assert.notEqual(look.fontSize, '31px');
  assert.notEqual(look.color, 'rgb(255, 0, 0)');
  assert.equal(look.transform, 'none');
  const box = await widget.boundingBox();
  assert.ok(box.width > 300, `widget width ${box.width}`);
  const radio = await widget.locator('input[type=radio]').first().boundingBox();
  assert.ok(radio && radio.width > 0 && radio.height > 0, 'radio buttons are visible');
  await completeWidget(widget);
  await widget.getByRole('heading', { name: 'Your answers', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong option or file shows a clear error in its own box, and the page keeps working', async () => {
  const { page, problems, context } = await hostPage();
  await page.goto(hostUrl('bad.html'));
  const good = page.locator('#good');
  await good.locator('fieldset.cf-question').first().waitFor();
  await page.locator('#bad-option [role=alert]').waitFor();
  assert.match(await page.locator('#bad-option [role=alert]').innerText(), /data-reveal="everything" is not one of: thanks, summary, full/);
  await page.locator('#bad-file [role=alert]').waitFor();
  assert.match(await page.locator('#bad-file [role=alert]').innerText(), /broken\.json: .*cut off/);
  await page.locator('#unsound-file [role=alert]').waitFor();
  assert.match(await page.locator('#unsound-file [role=alert]').innerText(), /unsound\.json: .*the question id `budget` is used more than once/);
  await page.locator('#elsewhere [role=alert]').waitFor();
  assert.match(await page.locator('#elsewhere [role=alert]').innerText(), /must be on this page's own site/);
  // The host page still works around the broken boxes.
  await page.locator('#count').click();
  await page.locator('#count').getByText('1').waitFor();
  // The details went to the console too, as errors; nothing else went wrong.
  const clientFitErrors = problems.filter((p) => p.includes('Client Fit'));
  assert.equal(clientFitErrors.length, 4, problems.join('\n'));
  assert.deepEqual(problems.filter((p) => !p.includes('Client Fit')), []);
  await context.close();
});

test("the prospect's answers reach the consultant's own Client Fit by file and by email", async () => {
  const { page, problems, context } = await hostPage();
  await page.goto(hostUrl('plain.html'));
  const widget = page.locator('#intake');
  await completeWidget(widget, { name: 'Eve Prospect' });
  const email = await widget.getByRole('link', { name: 'Email my answers' }).getAttribute('href');
  assert.ok(email.startsWith('mailto:hello@vega.example?subject='), email);
  const body = decodeURIComponent(email.split('&body=')[1]);
  assert.match(body, /^Eve Prospect\n/);
  assert.match(body, /cf1\.intake\.[\w-]+/);
  const download = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Download my answers' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'client-fit-intake-eve-prospect.json');
  await mkdir('target/e2e', { recursive: true });
  await file.saveAs('target/e2e/handover.json');
  const handover = JSON.parse(await readFile('target/e2e/handover.json', 'utf8'));
  assert.equal(handover.profile, undefined, 'no profile in the hand-over');
  assert.equal(handover.history[0].source, 'prospect');
  assert.deepEqual(problems, []);
  await context.close();

  // The consultant imports the file, then screens the same prospect: both sides show together.
  const own = await newPage(browser);
  await own.page.goto(app.url);
  await own.page.getByRole('button', { name: 'History', exact: true }).click();
  await own.page.locator('input[type=file]').setInputFiles('target/e2e/handover.json');
  await own.page.getByText(/Backup imported/).waitFor();
  await own.page.getByText('Eve Prospect').first().waitFor();
  await own.page.getByRole('button', { name: 'Assess', exact: true }).click();
  await completeQuestionnaire(own.page, 'Eve Prospect');
  const theirs = own.page.locator('.cf-prospect-intake');
  await theirs.getByRole('heading', { name: 'What the prospect said' }).waitFor();
  await theirs.getByText(/^Their own intake, /).waitFor();

  // And the email works too: pasted whole on the History page, it opens their answers.
  await own.page.getByRole('button', { name: 'History', exact: true }).click();
  await own.page.getByLabel("Paste a prospect's email or code").fill('no code in here');
  await own.page.getByRole('button', { name: 'Open these answers' }).click();
  await own.page.getByText('No Client Fit code was found in that text.').waitFor();
  await own.page.getByLabel("Paste a prospect's email or code").fill(body);
  await own.page.getByRole('button', { name: 'Open these answers' }).click();
  await own.page.getByRole('heading', { name: 'Result for Eve Prospect' }).waitFor();
  assert.deepEqual(own.problems, []);
  await own.context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`the embedded widget passes axe in ${scheme} mode`, async () => {
    // axe is injected as an inline script, which the strict CSP would rightly block.
    const { page, context } = await hostPage({ colorScheme: scheme, bypassCSP: true });
    await page.goto(hostUrl('two.html'));
    const a = page.locator('#a');
    await a.locator('fieldset.cf-question').first().waitFor();
    await page.locator('#b fieldset.cf-question').first().waitFor();
    await page.addScriptTag({ path: AXE });
    const check = async (where) => {
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      return result.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} ${JSON.stringify(n.target)}`));
    };
    const found = [...(await check('first questions'))];
    await completeWidget(a, { name: 'Axe' });
    await a.getByRole('heading', { name: 'Your answers', exact: true }).waitFor();
    found.push(...(await check('end')));
    assert.deepEqual(found, []);
    await context.close();
  });
}
