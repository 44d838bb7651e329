// End to end: the widget posts the prospect's answers to the consultant's own endpoint, on host
// pages served under the strict Content Security Policy. A local endpoint keeps what it was sent
// by `submission_id` (as the README asks of one), so a duplicate shows as a second delivery of a
// key, never as a second submission. Each test: the end says "Sent to …" only after a 2xx; a
// failing endpoint shows Try again and loses nothing; offline waits and sends once when back
// online; a retry after a lost response makes no duplicate; a form post; another origin by CORS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, newPage, answerSection } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let host; // the host site, with the embed files under /client-fit/v1/ and the endpoint /in
let other; // an endpoint on another origin, which allows the host's origin by CORS
let browser;

/** The endpoint's behaviour for the next requests, and what it has seen. */
const endpoint = {
  mode: 'ok', // 'ok' | 'fail' (503) | 'lose' (keeps it, then drops the connection unanswered)
  // | 'hold' (keeps it, answers only when `release()` is called)
  held: [],
  release() {
    for (const answer of this.held.splice(0)) answer();
  },
  deliveries: [], // every request: { key, contentType, body }
  kept: new Map(), // submission_id -> the first body with it
  reset(mode = 'ok') {
    this.mode = mode;
    this.deliveries = [];
    this.kept = new Map();
  },
};

async function receive(req, res, cors = {}) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, idempotency-key',
    });
    return res.end();
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  const contentType = req.headers['content-type'] ?? '';
  const body = contentType.startsWith('application/json')
    ? JSON.parse(text)
    : Object.fromEntries(new URLSearchParams(text));
  const key = body.submission_id;
  endpoint.deliveries.push({ key, header: req.headers['idempotency-key'], contentType, body });
  if (endpoint.mode === 'fail') {
    res.writeHead(503, { ...cors, 'content-type': 'text/plain' });
    return res.end('down for maintenance');
  }
  if (!endpoint.kept.has(key)) endpoint.kept.set(key, body);
  if (endpoint.mode === 'lose') return req.socket.destroy();
  if (endpoint.mode === 'hold') {
    return endpoint.held.push(() => {
      res.writeHead(201, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    });
  }
  res.writeHead(201, { ...cors, 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: true }));
}

const page = (attributes) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intake</title>
<link rel="stylesheet" href="site.css"></head><body><main><h1>Work with us</h1>
<div id="w" data-client-fit data-consultant-name="Vega Studio" ${attributes}></div>
<script type="module" src="/client-fit/v1/client-fit.js"></script>
</main></body></html>`;

before(async () => {
  const root = await mkdtemp(join(tmpdir(), 'client-fit-send-'));
  await mkdir(join(root, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(root, 'client-fit', 'v1'), { recursive: true });
  await cp('examples/site.css', join(root, 'site.css'));
  await writeFile(join(root, 'favicon.ico'), '');
  other = createServer((req, res) => {
    const origin = `http://127.0.0.1:${host.address().port}`;
    receive(req, res, { 'access-control-allow-origin': origin, vary: 'origin' });
  });
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  const otherOrigin = `http://127.0.0.1:${other.address().port}`;
  await writeFile(join(root, 'json.html'), page('data-submit-url="/in" data-consultant-email="ana@vega.example"'));
  await writeFile(join(root, 'form.html'), page('data-submit-url="/in" data-submit-as="form"'));
  await writeFile(join(root, 'cors.html'), page(`data-submit-url="${otherOrigin}/in"`));
  await writeFile(join(root, 'none.html'), page('data-consultant-email="ana@vega.example"'));
  host = await serve(root, {
    routes: { '/in': (req, res) => receive(req, res) },
    // The strict policy; a page that sends elsewhere lists that origin, as a host must.
    headers: (path) => ({
      'content-security-policy': path === '/cors.html' ? `${CSP}; connect-src 'self' ${otherOrigin}` : CSP,
    }),
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => host?.close(done));
  await new Promise((done) => other?.close(done));
});

const hostUrl = (path) => `http://127.0.0.1:${host.address().port}/${path}`;

/** A host page, recording CSP violations; the endpoint's refusals are expected console lines. */
async function open(path, options = {}) {
  const opened = await newPage(browser, { acceptDownloads: true, ...options });
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(hostUrl(path));
  const widget = opened.page.locator('#w');
  const problems = () => opened.problems.filter((p) => !/Failed to load resource|ERR_EMPTY_RESPONSE|net::ERR/.test(p));
  return { ...opened, widget, problems };
}

/** Answers every section with first options, names the prospect and presses the last button. */
async function complete(widget, { last = 'Send my answers' } = {}) {
  await widget.locator('fieldset.cf-question').first().waitFor();
  while (!(await widget.getByRole('heading', { name: 'Review' }).isVisible())) {
    await answerSection(widget);
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.locator('.cf-section, .cf-review').first().waitFor();
  }
  await widget.getByLabel(/^Your name or company/).fill('Eve Prospect');
  await widget.getByRole('button', { name: last }).click();
}

const heading = (widget) => widget.locator('.cf-prospect-end h2');

/** Waits until `check()` holds (the endpoint's side, which the page cannot see). */
async function waitUntil(check, what = 'the endpoint') {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((done) => setTimeout(done, 25));
  assert.ok(check(), `waited 10 s for ${what}`);
}

test('a send to the consultant endpoint succeeds once, and "Sent to" shows only after the 2xx', async () => {
  endpoint.reset('hold');
  const { page, widget, problems, context } = await open('json.html');
  await complete(widget);
  // The endpoint has it but has not answered yet: the widget says it is sending, nothing more.
  await widget.getByRole('heading', { name: 'Sending your answers…' }).waitFor();
  await waitUntil(() => endpoint.held.length === 1);
  assert.equal(await widget.getByText(/Sent to/).count(), 0);
  endpoint.mode = 'ok';
  endpoint.release();
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  await widget.screenshot({ path: 'target/screenshots/send-sent.png' });
  assert.equal(endpoint.deliveries.length, 1);
  const [delivery] = endpoint.deliveries;
  assert.equal(delivery.contentType, 'application/json');
  assert.equal(delivery.header, delivery.key, 'the idempotency key is the header and the field');
  assert.equal(delivery.body.event, 'complete');
  assert.equal(delivery.body.client, 'Eve Prospect');
  assert.ok(delivery.body.answers.length > 5 && delivery.body.verdict !== undefined, 'the documented payload');
  // Sent: nothing left to do, no hand-over, no "stays in your browser".
  assert.equal(await widget.getByRole('button', { name: 'Download my answers' }).count(), 0);
  assert.equal(await widget.locator('.cf-stays').count(), 0);
  // A reload keeps the record of the send and sends nothing again.
  await page.reload();
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  assert.equal(endpoint.deliveries.length, 1);
  // Back to the review and on again with the same answers: nothing goes twice.
  await widget.getByRole('button', { name: 'Back' }).click();
  await widget.getByRole('heading', { name: 'Review' }).waitFor();
  await widget.getByRole('button', { name: 'Send my answers' }).click();
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  assert.equal(endpoint.deliveries.length, 1, 'the same answers are not sent twice');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a failing endpoint shows Try again, loses nothing, and the retry sends it once', async () => {
  endpoint.reset('fail');
  const { page, widget, problems, context } = await open('json.html');
  await complete(widget);
  await widget.getByRole('heading', { name: 'Not sent yet' }).waitFor();
  assert.match(await widget.locator('.cf-send-status').textContent(), /answered with an error \(503\)/);
  // The file and email hand-overs are there as the fallback; nothing claims it went.
  await widget.getByRole('button', { name: 'Download my answers' }).waitFor();
  assert.equal(await widget.getByRole('link', { name: 'Email my answers' }).count(), 1);
  assert.equal(await widget.locator('.cf-stays').count(), 1);
  assert.equal(await widget.getByText(/Sent to/).count(), 0);
  await widget.screenshot({ path: 'target/screenshots/send-not-sent.png' });
  // A reload (the prospect comes back later) loses nothing: the end is still there, and the send
  // is tried again on opening (the endpoint still fails).
  await page.reload();
  await widget.getByRole('heading', { name: 'Not sent yet' }).waitFor();
  assert.equal(endpoint.deliveries.length, 2);
  endpoint.mode = 'ok';
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  const keys = new Set(endpoint.deliveries.map((d) => d.key));
  assert.equal(keys.size, 1, 'every attempt carries the same key');
  assert.equal(endpoint.kept.size, 1, 'one submission');
  const [kept] = endpoint.kept.values();
  assert.equal(kept.client, 'Eve Prospect', 'the answers arrived whole after the failures');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('offline, the answers wait on the device and go out once when the browser is back online', async () => {
  endpoint.reset('ok');
  // On a phone, in the dark: the offline case is most likely there.
  const { widget, problems, context } = await open('json.html', { viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
  await widget.locator('fieldset.cf-question').first().waitFor();
  await context.setOffline(true);
  await complete(widget);
  await widget.getByRole('heading', { name: 'Not sent yet' }).waitFor();
  assert.match(await widget.locator('.cf-send-status').textContent(), /You are offline/);
  await widget.screenshot({ path: 'target/screenshots/send-offline-phone-dark.png' });
  assert.equal(endpoint.deliveries.length, 0);
  await context.setOffline(false);
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  assert.equal(endpoint.deliveries.length, 1, 'sent once');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a retry after a lost response makes no duplicate', async () => {
  endpoint.reset('lose');
  const { widget, problems, context } = await open('json.html');
  await complete(widget);
  // The endpoint kept it, but the answer never came back: the widget cannot know it arrived.
  await widget.getByRole('heading', { name: 'Not sent yet' }).waitFor();
  assert.match(await widget.locator('.cf-send-status').textContent(), /could not be reached/);
  assert.equal(endpoint.kept.size, 1);
  endpoint.mode = 'ok';
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  // Delivered at least twice (the browser itself may repeat a post whose connection dropped),
  // always under one key, so kept once.
  assert.ok(endpoint.deliveries.length >= 2, `${endpoint.deliveries.length} deliveries`);
  assert.equal(new Set(endpoint.deliveries.map((d) => d.key)).size, 1);
  assert.equal(endpoint.kept.size, 1, 'kept once: the same submission_id');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('posted as a form: a field per answer, the summary and the whole payload', async () => {
  endpoint.reset('ok');
  const { widget, problems, context } = await open('form.html');
  await complete(widget);
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  const [delivery] = endpoint.deliveries;
  assert.equal(delivery.contentType, 'application/x-www-form-urlencoded');
  assert.equal(delivery.header, undefined, 'a form stays a simple request');
  assert.equal(delivery.body.client, 'Eve Prospect');
  const payload = JSON.parse(delivery.body.payload);
  assert.equal(payload.submission_id, delivery.body.submission_id);
  const first = payload.answers[0];
  assert.equal(delivery.body[`answer_${first.question}`], first.answer_text);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('another origin the host lists in its policy receives the answers by CORS', async () => {
  endpoint.reset('ok');
  const { page, widget, problems, context } = await open('cors.html');
  await complete(widget);
  await widget.getByRole('heading', { name: 'Sent to Vega Studio' }).waitFor();
  assert.equal(endpoint.kept.size, 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('without an endpoint the last step is the prospect\'s, with one primary hand-over', async () => {
  endpoint.reset('ok');
  const { widget, problems, context } = await open('none.html');
  await complete(widget, { last: 'Finish' });
  await heading(widget).filter({ hasText: 'Last step: send your answers' }).waitFor();
  assert.equal(await widget.locator('.cf-hand-over .cf-button-primary').count(), 1);
  assert.equal(await widget.locator('.cf-hand-over .cf-button-primary').textContent(), 'Email my answers');
  assert.match(await widget.locator('.cf-stays').textContent(), /stay in your browser until you send them/);
  assert.equal(endpoint.deliveries.length, 0, 'nothing is sent anywhere');
  assert.deepEqual(problems(), []);
  await context.close();
});
