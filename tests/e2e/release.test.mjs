// End to end: the ready-made files of `make release` (scripts/release.mjs) on the release build.
// The widget's files are found here by walking dist/embed/v1/, never from the packaging code;
// the archive, `npm pack` (a dry run: nothing is written or published) and SHA256SUMS must
// agree with them. Then the printed integrity hash on the loader's script tag: the widget from
// the archive starts under the strict CSP, a wrong hash stops it, and the same files served from
// another origin, as an npm CDN would, start with the CSP the README gives for a CDN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, newPage } from './helpers.mjs';

const run = promisify(execFile);
const FOLDER = 'dist/embed/v1';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

async function walk(dir, root = dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split(sep).join('/')])),
  );
  return nested.flat().sort();
}

let widgetFiles; // every file of dist/embed/v1/
let version; // the workspace's, as Cargo reads it
let license;
let out; // where the release script wrote
let printed; // what it printed
let browser;
const servers = [];

before(async () => {
  widgetFiles = await walk(FOLDER);
  const { stdout } = await run('cargo', ['metadata', '--no-deps', '--offline', '--format-version', '1']);
  const web = JSON.parse(stdout).packages.find((p) => p.name === 'client-fit-web');
  ({ version, license } = web);
  out = await mkdtemp(join(tmpdir(), 'client-fit-release-'));
  printed = (await run('node', ['scripts/release.mjs', 'dist', out])).stdout;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
after(async () => {
  await browser?.close();
  for (const server of servers) await new Promise((done) => server.close(done));
});

const archiveName = () => `client-fit-embed-${version}.tar.gz`;

test('the widget folder is the npm package client-fit-embed at the workspace version', async () => {
  // The widget's own files are all there (the questionnaires whatever they are, each one's
  // first screen, and the interface's words), and the package's two: package.json and its README.
  for (const file of ['client-fit.js', 'client-fit-glue.js', 'client-fit.wasm', 'client-fit.css', 'package.json', 'README.md']) {
    assert.ok(widgetFiles.includes(file), file);
  }
  assert.ok(widgetFiles.some((f) => /^questionnaires\/[^/]+\.json$/.test(f)), widgetFiles.join(' '));
  assert.ok(widgetFiles.includes('first/intake.en.html'), widgetFiles.join(' '));
  // The interface's words in each language the module does not carry (it carries English).
  for (const language of ['es', 'ro', 'da']) assert.ok(widgetFiles.includes(`ui/${language}.json`), language);
  assert.ok(!widgetFiles.includes('ui/en.json'));
  assert.deepEqual(widgetFiles.filter((f) => f.includes('/') && !/^(questionnaires\/[^/]+\.json|first\/[^/]+\.html|ui\/(es|ro|da)\.json)$/.test(f)), []);
  const pkg = JSON.parse(await readFile(join(FOLDER, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'client-fit-embed');
  assert.equal(pkg.version, version);
  assert.equal(pkg.license, license);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.main, 'client-fit.js');
  assert.equal(pkg.exports['.'], './client-fit.js');
  assert.equal(pkg.private, undefined, 'it must be packable');
  for (const key of ['scripts', 'dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bin']) {
    assert.equal(pkg[key], undefined, key);
  }
  assert.match(await readFile(join(FOLDER, 'README.md'), 'utf8'), new RegExp(`client-fit-embed@${version.replaceAll('.', '\\.')}/client-fit\\.js`));
});

test('npm pack lists exactly the widget folder, and writes nothing', async () => {
  const before = await walk(FOLDER);
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--offline', '--ignore-scripts'], {
    cwd: FOLDER,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  const [packed] = JSON.parse(stdout);
  assert.equal(packed.id, `client-fit-embed@${version}`);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), widgetFiles);
  assert.deepEqual(await walk(FOLDER), before, 'a dry run leaves the folder as it was');
});

test('the archive holds exactly the widget folder under one top folder, and SHA256SUMS checks it', async () => {
  assert.deepEqual((await readdir(out)).sort(), ['SHA256SUMS', archiveName()]);
  const archive = join(out, archiveName());
  const { stdout: listed } = await run('tar', ['--list', '--gzip', '--file', archive]);
  const top = `client-fit-embed-${version}/`;
  const names = listed.trim().split('\n').sort();
  assert.ok(names.every((n) => n.startsWith(top)), names.join(' '));
  assert.deepEqual(names.map((n) => n.slice(top.length)), widgetFiles);
  // Unpacked, every file is the built one, byte for byte.
  const unpacked = await mkdtemp(join(tmpdir(), 'client-fit-unpacked-'));
  await run('tar', ['--extract', '--gzip', '--file', archive, '--directory', unpacked]);
  for (const file of widgetFiles) {
    assert.ok((await readFile(join(unpacked, top, file))).equals(await readFile(join(FOLDER, file))), file);
  }
  // sha256sum -c reads the file as written.
  assert.match(await readFile(join(out, 'SHA256SUMS'), 'utf8'), new RegExp(`^[0-9a-f]{64}  ${archiveName().replaceAll('.', '\\.')}\\n$`));
  const { stdout: checked } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out });
  assert.equal(checked.trim(), `${archiveName()}: OK`);
  // Reproducible and idempotent: a second run into the same folder gives the same bytes.
  const first = await readFile(archive);
  await run('node', ['scripts/release.mjs', 'dist', out]);
  assert.ok((await readFile(archive)).equals(first), 'the same build gives the same archive');
  assert.deepEqual((await readdir(out)).sort(), ['SHA256SUMS', archiveName()]);
});

test('the printed integrity hash is the loader\'s SHA-384, with snippets carrying it', async () => {
  const expected = `sha384-${createHash('sha384').update(await readFile(join(FOLDER, 'client-fit.js'))).digest('base64')}`;
  const shown = [...printed.matchAll(/sha384-[A-Za-z0-9+/]+=*/g)].map((m) => m[0]);
  assert.ok(shown.length >= 1, printed);
  assert.deepEqual([...new Set(shown)], [expected]);
  const attributes = `integrity="${expected}" crossorigin="anonymous"`;
  assert.ok(printed.includes(attributes), printed);
  assert.ok(printed.includes(`src="/client-fit/v1/client-fit.js"`), printed);
  assert.ok(printed.includes(`src="https://cdn.jsdelivr.net/npm/client-fit-embed@${version}/client-fit.js"`), printed);
});

/** The archive unpacked under `root`/`at`; returns the folder. */
async function unpackInto(root, at) {
  const into = join(root, at);
  await mkdir(into, { recursive: true });
  await run('tar', ['--extract', '--gzip', '--file', join(out, archiveName()), '--directory', into, '--strip-components=1']);
  return into;
}

const hostPage = (src, integrity) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body><main>
<h1>Host page</h1>
<div id="w" data-client-fit data-questionnaire="intake"></div>
<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
</main></body></html>`;

/** Opens `url` recording requests and CSP violations; returns the page and its records. */
async function open(url) {
  const opened = await newPage(browser);
  const requests = [];
  opened.page.on('request', (r) => requests.push(r.url()));
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(url);
  return { ...opened, requests };
}

test('with the printed integrity the archive\'s widget starts under the strict CSP; a wrong hash is refused', async () => {
  const integrity = /sha384-[A-Za-z0-9+/]+=*/.exec(printed)[0];
  const root = await mkdtemp(join(tmpdir(), 'client-fit-sri-'));
  await unpackInto(root, 'client-fit/v1');
  await writeFile(join(root, 'good.html'), hostPage('/client-fit/v1/client-fit.js', integrity));
  const wrong = `sha384-${createHash('sha384').update('not the loader').digest('base64')}`;
  await writeFile(join(root, 'wrong.html'), hostPage('/client-fit/v1/client-fit.js', wrong));
  await writeFile(join(root, 'favicon.ico'), '');
  const host = await serve(root, { headers: () => ({ 'content-security-policy': CSP }) });
  servers.push(host);
  const base = `http://127.0.0.1:${host.address().port}/`;

  const good = await open(`${base}good.html`);
  await good.page.locator('#w fieldset.cf-question').first().waitFor();
  assert.deepEqual(await good.page.evaluate(() => window.__violations), []);
  assert.deepEqual(good.problems, []);
  assert.ok(good.requests.includes(`${base}client-fit/v1/questionnaires/intake.en.json`), good.requests.join('\n'));
  await good.context.close();

  const bad = await open(`${base}wrong.html`);
  for (let waited = 0; waited < 10_000 && !bad.problems.some((p) => /integrity/.test(p)); waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
  assert.ok(bad.problems.some((p) => /integrity/.test(p)), bad.problems.join('\n'));
  assert.ok(bad.problems.every((p) => /integrity|client-fit\.js/.test(p)), bad.problems.join('\n'));
  // The loader was fetched and refused: nothing it would load was asked for, no widget.
  assert.ok(bad.requests.includes(`${base}client-fit/v1/client-fit.js`), bad.requests.join('\n'));
  assert.deepEqual(bad.requests.filter((r) => /glue|\.wasm|\.css|questionnaires/.test(r)), []);
  assert.equal(await bad.page.evaluate(() => document.getElementById('w').shadowRoot), null);
  await bad.context.close();
});

test('from another origin, as from an npm CDN, the widget starts with the CSP the README gives', async () => {
  const integrity = /sha384-[A-Za-z0-9+/]+=*/.exec(printed)[0];
  const cdnRoot = await mkdtemp(join(tmpdir(), 'client-fit-cdn-'));
  await unpackInto(cdnRoot, `npm/client-fit-embed@${version}`);
  // npm CDNs answer any origin (jsDelivr and unpkg send this header).
  const cdn = await serve(cdnRoot, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  servers.push(cdn);
  const cdnOrigin = `http://127.0.0.1:${cdn.address().port}`;
  const hostRoot = await mkdtemp(join(tmpdir(), 'client-fit-cdn-host-'));
  await writeFile(join(hostRoot, 'index.html'), hostPage(`${cdnOrigin}/npm/client-fit-embed@${version}/client-fit.js`, integrity));
  await writeFile(join(hostRoot, 'favicon.ico'), '');
  // The README's CSP for a CDN: the strict one with the CDN added where the widget needs it.
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdnOrigin}; style-src 'self' ${cdnOrigin}; connect-src 'self' ${cdnOrigin}`;
  const host = await serve(hostRoot, { headers: () => ({ 'content-security-policy': csp }) });
  servers.push(host);
  assert.notEqual(host.address().port, cdn.address().port);

  const { page, problems, requests, context } = await open(`http://127.0.0.1:${host.address().port}/`);
  await page.locator('#w fieldset.cf-question').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  const fromCdn = requests.filter((r) => r.startsWith(cdnOrigin)).map((r) => r.slice(cdnOrigin.length)).sort();
  const at = `/npm/client-fit-embed@${version}/`;
  for (const file of ['client-fit.js', 'client-fit-glue.js', 'client-fit.wasm', 'client-fit.css', 'questionnaires/intake.en.json']) {
    assert.ok(fromCdn.includes(at + file), fromCdn.join('\n'));
  }
  await context.close();
});
