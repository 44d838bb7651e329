// End to end: "Put it on your site" (part 6 of the prospect's widget). The consultant opens
// it from History, chooses with the mouse (the questionnaire, what the prospect sees at the
// end, the dark theme, an accent, a name with quotes and markup in it, an email), sees the
// live preview (its first question, in the accent), copies the snippet, and the snippet
// pasted into a host page served under the strict CSP shows the same widget, which the
// prospect answers to the end. The app itself is served with `style-src 'self'`, so the
// preview's accent must come through the CSS object model. axe on the page in light and dark;
// screenshots at 375×740 and 1280×800 in both themes (target/screenshots/snippet-page-*.png),
// and the README's picture of the page (with UPDATE_IMAGES=1, docs/images/snippet-page.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, cp, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { start, newPage, answerSection, violations, screenshot } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NAME = 'Vega "Studio" <b>&</b>';
const ACCENT = '#0f6e5a';
const ACCENT_RGB = 'rgb(15, 110, 90)';
const DARK_BG = 'rgb(21, 24, 29)';

let site; // the consultant's app (dist/), its styles held to 'self'
let host; // the consultant's own website: the embed files at /client-fit/v1/, the pasted page
let hostRoot;

before(async () => {
  site = await start({ headers: () => ({ 'content-security-policy': "style-src 'self'" }) });
  hostRoot = await mkdtemp(join(tmpdir(), 'client-fit-snippet-'));
  await mkdir(join(hostRoot, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(hostRoot, 'client-fit', 'v1'), { recursive: true });
  // The browser asks every site for one; an empty icon keeps the console free of 404s.
  await writeFile(join(hostRoot, 'favicon.ico'), '');
  host = await serve(hostRoot, { headers: () => ({ 'content-security-policy': CSP }) });
});
after(async () => {
  await new Promise((done) => host?.close(done));
  await site?.close();
});

/** A page of `browser` that records CSP violations from its first script on. */
async function recordedPage(options = {}) {
  const opened = await newPage(site.browser, options);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return opened;
}

/** Computed colours of the first element matching `selector` inside `root`. */
const colours = (root, selector) =>
  root.locator(selector).first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color };
  });

test('the snippet page: chosen with the mouse, previewed, copied, and working on a host page under the strict CSP', async () => {
  const { page, problems, context } = await recordedPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'Put it on your site' }).click();
  await page.getByRole('heading', { name: 'Put it on your site', level: 2 }).waitFor();
  assert.equal(new URL(page.url()).search, '?page=site');

  const preview = page.locator('.cf-preview');
  // The intake by default: its first question shows in the preview.
  await preview.getByText('What kind of work do you need?').waitFor();
  // Only questionnaires written for a prospect are offered: never a screening or a check-up,
  // which ask the consultant's own first impression.
  assert.equal(await page.getByLabel('Tell us about your project').isChecked(), true);
  assert.equal(await page.getByLabel('Screen a prospect').count(), 0);
  assert.equal(await page.getByLabel('Check up on a client').count(), 0);

  await page.getByLabel(/^How it looks, in words for them/).check();
  await page.getByLabel('Dark', { exact: true }).check();
  await page.getByLabel('Use an accent colour of my own').check();
  await page.getByLabel('Accent colour', { exact: true }).fill(ACCENT);
  await page.getByLabel('Your name, shown at the last step').fill(NAME);
  await page.getByLabel(/^Your email, for/).fill('hello@vega.example');

  // The preview: the first question, dark, in the accent, the text on it readable.
  await preview.locator('fieldset.cf-question').first().waitFor();
  const firstQuestion = (await preview.locator('fieldset.cf-question .cf-legend').first().innerText()).trim();
  assert.equal(firstQuestion, 'What kind of work do you need?');
  assert.equal(await preview.getAttribute('data-theme'), 'dark');
  await page.waitForFunction(
    (rgb) => getComputedStyle(document.querySelector('.cf-preview .cf-next')).backgroundColor === rgb,
    ACCENT_RGB,
  );
  assert.deepEqual(await colours(preview, '.cf-next'), { background: ACCENT_RGB, color: 'rgb(255, 255, 255)' });
  assert.equal((await colours(preview, '.cf-app')).background, DARK_BG);
  // The page around it keeps the consultant's own look.
  assert.equal((await colours(page, '.cf-site-copy')).background, 'rgb(29, 95, 191)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'snippet-page-dark-preview', { fullPage: false });

  // Copied: the clipboard holds what the box shows.
  const box = page.getByLabel('The snippet for your page');
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await page.locator('.cf-site-copied').getByText('Copied').waitFor();
  const snippet = await box.inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  assert.match(snippet, /^<div data-client-fit\n/);
  for (const part of [
    'data-reveal="full"',
    'data-theme="dark"',
    `data-accent="${ACCENT}"`,
    'data-consultant-name="Vega &quot;Studio&quot; &lt;b&gt;&amp;&lt;/b&gt;"',
    'data-consultant-email="hello@vega.example"',
    '<script type="module" src="/client-fit/v1/client-fit.js"></script>',
  ]) {
    assert.ok(snippet.includes(part), `${part} in\n${snippet}`);
  }
  // The profile stays out unless asked for; so does the default questionnaire.
  assert.ok(!snippet.includes('application/json') && !snippet.includes('data-questionnaire'), snippet);
  // A wrong email shows at its field and holds the snippet back until it is fixed.
  await page.getByLabel(/^Your email, for/).fill('hello@');
  await page.getByText('Write an email address such as you@example.com.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Copy the snippet' }).count(), 0);
  await page.getByLabel(/^Your email, for/).fill('hello@vega.example');
  await box.waitFor();
  assert.equal(await box.inputValue(), snippet);
  // The choices are kept on the device: a reload opens the page with them.
  await page.reload();
  await box.waitFor();
  assert.equal(await box.inputValue(), snippet);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation in the app');
  assert.deepEqual(problems, []);

  // Pasted into a page of the consultant's site, served under the strict CSP.
  await writeFile(
    join(hostRoot, 'start-a-project.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Start a project</title></head>
<body><main><h1>Start a project</h1>
${snippet}</main></body></html>`,
  );
  const visitor = await recordedPage();
  await visitor.page.goto(`http://127.0.0.1:${host.address().port}/start-a-project.html`);
  const widget = visitor.page.locator('[data-client-fit]');
  await widget.locator('fieldset.cf-question').first().waitFor();
  assert.equal((await widget.locator('fieldset.cf-question .cf-legend').first().innerText()).trim(), firstQuestion);
  assert.equal((await colours(widget, '.cf-app')).background, DARK_BG);
  assert.deepEqual(await colours(widget, '.cf-next'), { background: ACCENT_RGB, color: 'rgb(255, 255, 255)' });
  // Answered to the end: the full reveal, and the name as typed, quotes and markup as text.
  while (!(await widget.getByRole('heading', { name: 'Review' }).isVisible())) {
    await answerSection(widget);
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.locator('.cf-section, .cf-review').first().waitFor();
  }
  await widget.getByRole('button', { name: 'Finish' }).click();
  await widget.locator('.cf-prospect-result').waitFor();
  await widget.getByText(`Your answers are ready for ${NAME}.`).waitFor();
  assert.equal(await widget.locator('b').count(), 0);
  assert.deepEqual(await visitor.page.evaluate(() => window.__violations), [], 'no CSP violation on the host page');
  assert.deepEqual(visitor.problems, []);
  await visitor.context.close();
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`the snippet page passes axe in ${scheme} mode, and its screenshots`, async () => {
    // One question at a time, as a visitor sees the widget until they choose otherwise.
    const { page, problems, context } = await recordedPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 }, layout: null });
    await page.goto(`${site.url}?page=site`);
    await page.getByRole('heading', { name: 'Put it on your site', level: 2 }).waitFor();
    await page.getByLabel(/^The last step only/).waitFor();
    await page.getByLabel(/^Their own answers too/).check();
    await page.getByLabel('Use an accent colour of my own').check();
    await page.getByLabel('Accent colour', { exact: true }).fill('#b0306a');
    await page.getByLabel('Your name, shown at the last step').fill('Vega Studio');
    await page.getByLabel(/^Your own address that receives/).fill('/forms/intake');
    await page.getByLabel(/^As a form/).check();
    await page.locator('.cf-preview fieldset.cf-question').first().waitFor();
    const found = [...(await violations(page, `site ${scheme}`))];
    // With a wrong field, its message shows there, and still no violation.
    await page.getByLabel(/^Your email, for/).fill('not an address');
    await page.getByText('Write an email address such as you@example.com.').waitFor();
    found.push(...(await violations(page, `site ${scheme}, a wrong email`)));
    await page.getByLabel(/^Your email, for/).fill('hello@vega.example');
    await page.getByRole('button', { name: 'Copy the snippet' }).waitFor();
    assert.deepEqual(found, []);
    if (scheme === 'light') {
      // The README's picture: the first screen, as the consultant first sees the page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'readme-snippet-page', { fullPage: false });
      if (process.env.UPDATE_IMAGES === '1') {
        await mkdir('docs/images', { recursive: true });
        await copyFile('target/screenshots/readme-snippet-page.png', 'docs/images/snippet-page.png');
      }
    }
    for (const [width, height] of [[1280, 800], [375, 740]]) {
      await page.setViewportSize({ width, height });
      await page.locator('.cf-preview fieldset.cf-question').first().waitFor();
      assert.equal(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        true,
        `no sideways scroll at ${width} px`,
      );
      await screenshot(page, `snippet-page-${width}-${scheme}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
