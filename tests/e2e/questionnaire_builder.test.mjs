// End to end: issue 18's "Done when" for the questionnaire builder (?page=questionnaires), as a
// consultant uses it. A five-question intake questionnaire is built from blank with the mouse:
// a one-choice question with its options and points, a question shown only when an earlier one
// is answered "Yes" (a condition), a warning sign raised by an answer (a flag), the blank's two
// verdict tiers, a note. Invalid edits (a tier's "From score" above its "Up to score", an
// emptied question) show their problem at the field (aria-invalid, aria-describedby, the list
// right under it) and hold "Use it" back. The editor's preview reaches each tier, by answering
// it and by "What answers lead to each verdict"; axe finds nothing with the editor and its
// preview open, light and dark; screenshots at 1280×800 light and 375×740 dark
// (target/screenshots/builder-*.png). "Use it" opens "Put it on your site" with it chosen; its
// prospect copy is downloaded to the consultant's site and the snippet pasted into a page
// there, which a prospect answers to the end. Export, delete and import give the same file.
// Then the same questionnaire is built again with the keyboard only (Tab, Shift+Tab, Enter,
// Space, arrow keys and typing: "Add a question" takes the focus to the new question's text),
// answered in the preview the same way, and exported: the same questionnaire as the mouse's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { start, newPage, violations, screenshot, scrollsSideways } from './helpers.mjs';

const TITLE = 'Studio intake';
const Q = [
  'Is your budget set aside?',
  'How soon do you want to start?',
  'Have you worked with a studio before?',
  'Did that project end well?',
  'Anything else we should know?',
];
const GOOD = 'Go ahead';
const BAD = 'Think twice';
const FLAG = 'Rushed';

let site;
let host; // the consultant's own website, where the widget and the questionnaire's file go
let hostRoot;

before(async () => {
  site = await start();
  hostRoot = await mkdtemp(join(tmpdir(), 'client-fit-builder-'));
  await mkdir(join(hostRoot, 'client-fit'), { recursive: true });
  await cp('dist/embed/v1', join(hostRoot, 'client-fit', 'v1'), { recursive: true });
  await writeFile(join(hostRoot, 'favicon.ico'), '');
  host = await serve(hostRoot);
});
after(async () => {
  await new Promise((done) => host?.close(done));
  await site?.close();
});

/** The editor's fieldset of question `n` (from 1), named by its legend. */
const question = (page, n) => page.getByRole('group', { name: `Question ${n}`, exact: true });
/** The preview panel beside the editor. */
const previewOf = (page) => page.getByRole('complementary', { name: 'Preview' });

/** Waits until the preview says `text` (its verdict, say) in its live region. */
async function previewSays(page, text) {
  await previewOf(page).getByRole('status').getByText(text, { exact: true }).waitFor();
}

/** Checks what a questionnaire built by either test must be, from its exported JSON. */
function assertBuilt(json) {
  assert.equal(json.title.en, TITLE);
  assert.equal(json.lens, 'intake');
  const questions = json.sections.flatMap((s) => s.questions);
  assert.deepEqual(questions.map((q) => q.text.en), Q);
  assert.deepEqual(questions.map((q) => q.kind), ['yes_no', 'single', 'yes_no', 'yes_no', 'text']);
  const [, soon, before, ended] = questions;
  assert.deepEqual(soon.options.map((o) => o.label.en), ['Next month', 'Yesterday']);
  assert.deepEqual(soon.options.map((o) => o.points?.fit), [1, -1]);
  assert.equal(json.flags.length, 1);
  assert.equal(json.flags[0].title.en, FLAG);
  assert.deepEqual(soon.options[1].flags, [json.flags[0].id]);
  assert.equal(soon.options[0].flags, undefined);
  assert.deepEqual(ended.show_if, { is: { question: before.id, option: 'yes' } });
  assert.deepEqual(json.verdicts.map((v) => [v.label.en, v.min, v.max]), [[GOOD, 50, 100], [BAD, 0, 50]]);
}

// ---- The mouse: clicks, and typing into the field just clicked.

/** Clicks a text field and types `text` over what it holds. */
async function typeOver(page, field, text) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Backspace');
}

test('built from blank with the mouse: condition, flag, two tiers; problems at the field; the preview reaches each tier; export and import; on a host page', async () => {
  const { page, problems, context } = await newPage(site.browser, { acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Questionnaires' }).click();
  await page.getByRole('button', { name: 'New blank questionnaire' }).click();
  await page.getByRole('heading', { name: 'Edit My questionnaire' }).waitFor();
  const preview = previewOf(page);
  await preview.waitFor();

  await typeOver(page, page.getByLabel('Title', { exact: true }), TITLE);
  await page.getByRole('heading', { name: `Edit ${TITLE}` }).waitFor();
  await page.getByLabel('Who answers it').selectOption({ label: 'The prospect, on your site' });
  await typeOver(page, question(page, 1).getByLabel('What you ask'), Q[0]);

  // Four more questions; each new one is a yes/no worth +1 and −1 on "Fit".
  for (let n = 2; n <= 5; n += 1) {
    await page.getByRole('button', { name: 'Add a question' }).click();
    await typeOver(page, question(page, n).getByLabel('What you ask'), Q[n - 1]);
  }
  // 2: one choice, two options, points.
  const soon = question(page, 2);
  await soon.getByLabel('Kind of answer').selectOption({ label: 'One choice' });
  await typeOver(page, soon.getByLabel('Option 1', { exact: true }), 'Next month');
  await typeOver(page, soon.getByLabel('Option 2', { exact: true }), 'Yesterday');
  await typeOver(page, soon.getByLabel('Points for ‘Fit’ when answered ‘Next month’'), '1');
  await typeOver(page, soon.getByLabel('Points for ‘Fit’ when answered ‘Yesterday’'), '-1');
  // 4: shown when 3 is answered "Yes".
  await question(page, 4).getByLabel('When to show it')
    .selectOption({ label: `By the answer to question 3: ${Q[2]}` });
  const shownBy = question(page, 4).getByRole('group', { name: 'Which answers to question 3 show it' });
  assert.equal(await shownBy.getByLabel('Yes', { exact: true }).isChecked(), true);
  assert.equal(await shownBy.getByLabel('No', { exact: true }).isChecked(), false);
  // 5: a note, not scored.
  await question(page, 5).getByLabel('Kind of answer').selectOption({ label: 'A note, not scored' });
  // 3 cannot become a note while 4's condition tests its answers: refused with why, and its
  // select back on what it is.
  const kind3 = question(page, 3).getByLabel('Kind of answer');
  await kind3.selectOption({ label: 'A note, not scored' });
  await page.getByText(/That change was not made/).first().waitFor();
  await page.waitForFunction((el) => el.value === 'yes_no', await kind3.elementHandle());

  // A warning sign, raised by answering "Yesterday".
  await page.getByRole('button', { name: 'Add a warning sign' }).click();
  await typeOver(page, page.getByRole('group', { name: 'Warning sign 1' }).getByLabel('Its name'), FLAG);
  await soon.getByRole('group', { name: 'Warning signs ‘Yesterday’ raises' }).getByLabel(FLAG).click();
  assert.equal(await soon.getByRole('group', { name: 'Warning signs ‘Next month’ raises' }).getByLabel(FLAG).isChecked(), false);

  // The blank's two verdict tiers are there.
  await page.getByText('Verdicts', { exact: true }).click();
  const tier = (n) => page.getByRole('group', { name: `Verdict ${n}`, exact: true });
  assert.equal(await tier(1).getByLabel('The verdict as shown').inputValue(), GOOD);
  assert.equal(await tier(2).getByLabel('The verdict as shown').inputValue(), BAD);
  const useIt = page.getByRole('button', { name: 'Use it' });
  await page.getByText('No problems: it is ready to use.').waitFor();

  // Invalid edits show their problem at the field, and hold "Use it" back until fixed.
  const from = tier(2).getByLabel('From score');
  await typeOver(page, from, '60');
  const fromProblems = await problemsOf(page, from);
  assert.match(fromProblems, /Problem/);
  assert.match(fromProblems, /60/);
  assert.equal(await from.getAttribute('aria-invalid'), 'true');
  assert.equal(await tier(2).getByLabel('Up to score').getAttribute('aria-invalid'), 'true');
  assert.equal(await useIt.isDisabled(), true);
  await page.getByText('Fix the problems marked below to use it.').waitFor();
  await typeOver(page, from, '0');
  await page.getByText('No problems: it is ready to use.').waitFor();
  assert.equal(await from.getAttribute('aria-describedby'), null);
  assert.equal(await from.getAttribute('aria-invalid'), null);

  const asked = question(page, 3).getByLabel('What you ask');
  await typeOver(page, asked, '');
  assert.match(await problemsOf(page, asked), /needs words/);
  assert.equal(await asked.getAttribute('aria-invalid'), 'true');
  // Listed right under the field, and once: not again as the whole questionnaire's problem.
  assert.equal(
    await asked.evaluate((el) => el.closest(".cf-field").nextElementSibling?.id),
    await asked.getAttribute('aria-describedby'),
  );
  assert.equal(await page.getByRole('heading', { name: 'Problems with the whole questionnaire' }).count(), 0);
  assert.equal(await useIt.isDisabled(), true);
  await asked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'builder-1280-light-problem', { fullPage: false });
  await typeOver(page, asked, Q[2]);
  await page.getByText('No problems: it is ready to use.').waitFor();
  assert.equal(await asked.getAttribute('aria-invalid'), null);

  // The preview: the condition hides question 4 until question 3 is "Yes".
  const ask = (n) => preview.getByRole('group', { name: Q[n - 1], exact: true });
  await ask(3).waitFor();
  assert.equal(await ask(4).count(), 0);
  await previewSays(page, 'Too little answered for a verdict yet.');
  await ask(1).getByLabel('Yes', { exact: true }).click();
  await ask(2).getByLabel('Next month').click();
  await ask(3).getByLabel('Yes', { exact: true }).click();
  await ask(4).getByLabel('Yes', { exact: true }).click();
  await previewSays(page, `Verdict: ${GOOD}`);
  await previewSays(page, 'Score: 100 of 100');
  assert.equal(await preview.locator('.cf-preview-flags li').count(), 0);
  // "Yesterday" raises the warning sign; all the other way, the lower tier.
  await ask(2).getByLabel('Yesterday').click();
  await preview.locator('.cf-preview-flags').getByText(FLAG).waitFor();
  await ask(1).getByLabel('No', { exact: true }).click();
  await ask(4).getByLabel('No', { exact: true }).click();
  await previewSays(page, `Verdict: ${BAD}`);
  await ask(3).getByLabel('No', { exact: true }).click();
  await ask(4).waitFor({ state: 'detached' });

  // "What answers lead to each verdict": each tier has answers, and trying them reaches it.
  const tiers = preview.getByRole('region', { name: 'What answers lead to each verdict' });
  assert.equal(await tiers.getByText('No answers reach this verdict.').count(), 0);
  for (const [label, other] of [[GOOD, BAD], [BAD, GOOD]]) {
    await tiers.getByRole('button', { name: `Try the answers for “${label}” in the preview` }).click();
    await previewSays(page, `Verdict: ${label}`);
    assert.equal(await preview.getByRole('status').getByText(`Verdict: ${other}`).count(), 0);
  }
  await tiers.locator('.cf-preview-tier', { hasText: GOOD }).getByText('The answers', { exact: true }).click();
  await tiers.locator('.cf-preview-tier', { hasText: GOOD }).getByText(`${Q[0]} Yes`).waitFor();

  // With the editor and its preview open: axe, and the screenshots.
  await ask(1).getByLabel('Yes', { exact: true }).click();
  await ask(2).getByLabel('Yesterday').click();
  await ask(3).getByLabel('Yes', { exact: true }).click();
  await ask(4).waitFor();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await violations(page, `editor and preview, ${scheme}`), []);
  }
  for (const [width, height, scheme] of [[1280, 800, 'light'], [375, 740, 'dark']]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    assert.equal(await scrollsSideways(page), false, `no sideways scroll at ${width} px`);
    if (width < 1280) assert.deepEqual(await violations(page, `editor and preview, ${width} px ${scheme}`), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `builder-${width}-${scheme}`, { fullPage: false });
    await preview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, `builder-${width}-${scheme}-preview`, { fullPage: false });
    await screenshot(page, `builder-${width}-${scheme}-full`);
  }
  // On the phone, the preview is far below the editor: the bar at the foot of the screen shows
  // its verdict, goes to it, and the preview's button comes back to where the editing was.
  const bar = preview.locator('.cf-preview-bar');
  const verdictNow = (await preview.locator('.cf-preview-verdict').textContent()).trim();
  assert.match(verdictNow, /^Verdict: /);
  await bar.getByText(verdictNow, { exact: true }).waitFor();
  await question(page, 4).getByLabel('What you ask').scrollIntoViewIfNeeded();
  const editingAt = await page.evaluate(() => window.scrollY);
  await bar.getByRole('button', { name: 'See the preview' }).click();
  const inView = () => page.evaluate(() => {
    const top = document.querySelector('.cf-preview-summary').getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });
  await page.waitForFunction(() => {
    const top = document.querySelector('.cf-preview-summary').getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });
  await screenshot(page, 'builder-375-dark-preview-bar', { fullPage: false });
  await preview.getByRole('button', { name: 'Back to where you were editing' }).click();
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, editingAt);
  assert.equal(await inView(), false);
  await preview.getByRole('button', { name: 'Back to where you were editing' }).waitFor({ state: 'detached' });
  // Beside the editor on a wide screen, neither the bar nor the way back is shown.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await bar.isVisible(), false);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Use it: an intake goes on the consultant's site, so "Put it on your site" opens, offering
  // it. Its prospect copy is downloaded to where the snippet says, the snippet pasted in a page.
  await useIt.click();
  await page.getByRole('heading', { name: 'Put it on your site', level: 2 }).waitFor();
  assert.match(page.url(), /\?page=site/);
  // Chosen already: "Use it" on an intake means this one.
  assert.equal(await page.getByLabel(`${TITLE} (your own)`).isChecked(), true);
  const where = page.getByLabel('Where you will put its file on your site');
  const url = await where.inputValue();
  assert.match(url, /^\/client-fit\/[a-z0-9-]+\.json$/);
  await page.locator('.cf-preview').getByText(Q[0]).waitFor();
  await where.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'builder-site-own', { fullPage: false });
  const copy = JSON.parse(
    await download(page, page.getByRole('button', { name: 'Download the copy for your site' }), join(hostRoot, url)),
  );
  assert.equal(copy.prospect_copy, true);
  assert.equal(copy.flags[0].advice?.en, undefined, 'no advice in the prospect copy');
  assert.deepEqual(copy.sections.flatMap((s) => s.questions).map((q) => q.text.en), Q);
  const snippet = await page.getByLabel('The snippet for your page').inputValue();
  assert.ok(snippet.includes(url), snippet);
  await writeFile(
    join(hostRoot, 'start-a-project.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Start a project</title></head>
<body><main><h1>Start a project</h1>
${snippet}</main></body></html>`,
  );
  const visitor = await newPage(site.browser);
  await visitor.page.goto(`http://127.0.0.1:${host.address().port}/start-a-project.html`);
  const widget = visitor.page.locator('[data-client-fit]');
  const asks = (n) => widget.getByRole('group', { name: new RegExp(`^${Q[n - 1].replace('?', '\\?')}`) });
  await asks(1).waitFor();
  await asks(1).getByLabel('Yes', { exact: true }).click();
  await asks(2).getByLabel('Next month').click();
  assert.equal(await asks(4).count(), 0);
  await asks(3).getByLabel('Yes', { exact: true }).click();
  await asks(4).getByLabel('Yes', { exact: true }).click();
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget.getByRole('heading', { name: 'Review' }).waitFor();
  await widget.getByRole('button', { name: 'Finish' }).click();
  await widget.getByRole('heading', { name: 'Last step: send your answers' }).waitFor();
  assert.deepEqual(visitor.problems, []);
  await visitor.context.close();

  // Exported, deleted and imported back: the same file.
  await page.getByRole('button', { name: 'Assess', exact: true }).click();
  await page.getByRole('button', { name: 'Questionnaires' }).click();
  await mkdir('target/e2e', { recursive: true });
  const exported = await download(page, page.getByRole('button', { name: `Export as JSON: ${TITLE}` }), 'target/e2e/builder.json');
  assertBuilt(JSON.parse(exported));
  await page.getByRole('button', { name: `Delete ${TITLE}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('You have none yet.').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Import a file').click();
  await (await chooser).setFiles('target/e2e/builder.json');
  await page.getByText(`${TITLE} is now one of your questionnaires.`).waitFor();
  const again = await download(page, page.getByRole('button', { name: `Export as JSON: ${TITLE}` }), 'target/e2e/builder-again.json');
  assert.equal(again, exported);

  assert.deepEqual(problems, []);
  await context.close();
});

/** The text of the problems a field is described by (its `aria-describedby`), once it has some. */
async function problemsOf(page, field) {
  await page.waitForFunction((el) => el.getAttribute('aria-describedby'), await field.elementHandle());
  const ids = (await field.getAttribute('aria-describedby')).split(' ');
  const texts = [];
  for (const id of ids) texts.push(await page.locator(`[id="${id}"]`).innerText());
  return texts.join('\n');
}

/** Clicks `button`, saves the download it starts to `path` and returns its text. */
async function download(page, button, path) {
  const started = page.waitForEvent('download');
  await button.click();
  await (await started).saveAs(path);
  return readFile(path, 'utf8');
}

// ---- The keyboard only: Tab and Shift+Tab to get somewhere, then Enter, Space, arrows, typing.

/** Presses Tab (or Shift+Tab, when it is before the focus) until one of `target`'s elements has
 *  the focus. */
async function tabTo(page, target) {
  for (let i = 0; i < 600; i += 1) {
    const where = await target.evaluateAll((els) => {
      const now = document.activeElement;
      if (els.includes(now)) return 0;
      if (!now || now === document.body) return 1;
      return now.compareDocumentPosition(els[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
    });
    if (where === 0) return;
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a text field and types `text` over what it holds. */
async function typeAt(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Tabs to a button (or a summary) and presses Enter. */
async function pressAt(page, button) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Tabs to a select and picks the option labelled `label` with the arrow keys. */
async function pickAt(page, select, label) {
  await tabTo(page, select);
  for (let i = 0; i < 10; i += 1) {
    const [now, wanted] = await select.evaluate(
      (s, l) => [s.selectedIndex, [...s.options].findIndex((o) => o.label === l)],
      label,
    );
    assert.notEqual(wanted, -1, `no option ${label}`);
    if (now === wanted) return;
    await page.keyboard.press(wanted > now ? 'ArrowDown' : 'ArrowUp');
    await page.waitForFunction(([s, before]) => s.selectedIndex !== before, [await select.elementHandle(), now]);
  }
  throw new Error(`could not pick ${label}`);
}

/** Tabs to a checkbox and ticks (or unticks) it with Space. */
async function tickAt(page, box) {
  await tabTo(page, box);
  const was = await box.isChecked();
  await page.keyboard.press('Space');
  await page.waitForFunction(([el, before]) => el.checked !== before, [await box.elementHandle(), was]);
}

/** Tabs into the radio group of `radio` and moves to it with the arrow keys (which check it). */
async function chooseAt(page, radio) {
  const name = await radio.getAttribute('name');
  await tabTo(page, page.locator(`input[type=radio][name="${name}"]`));
  for (let i = 0; i < 10; i += 1) {
    if (await radio.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await page.waitForFunction((el) => el.checked, await radio.elementHandle());
}

test('built from blank again with the keyboard only, and answered in the preview', async () => {
  const { page, problems, context } = await newPage(site.browser, { acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  await pressAt(page, page.getByRole('button', { name: 'Questionnaires' }));
  await pressAt(page, page.getByRole('button', { name: 'New blank questionnaire' }));
  await page.getByRole('heading', { name: 'Edit My questionnaire' }).waitFor();

  await typeAt(page, page.getByLabel('Title', { exact: true }), TITLE);
  await page.getByRole('heading', { name: `Edit ${TITLE}` }).waitFor();
  await pickAt(page, page.getByLabel('Who answers it'), 'The prospect, on your site');
  await typeAt(page, question(page, 1).getByLabel('What you ask'), Q[0]);
  // "Add a question" takes the focus to the new question's text, selected: typing replaces it.
  for (let n = 2; n <= 5; n += 1) {
    await pressAt(page, page.getByRole('button', { name: 'Add a question' }));
    const asked = question(page, n).getByLabel('What you ask');
    await asked.waitFor();
    await page.waitForFunction((el) => el === document.activeElement, await asked.elementHandle());
    await page.keyboard.type(Q[n - 1]);
    assert.equal(await asked.inputValue(), Q[n - 1]);
  }
  const soon = question(page, 2);
  await pickAt(page, soon.getByLabel('Kind of answer'), 'One choice');
  await typeAt(page, soon.getByLabel('Option 1', { exact: true }), 'Next month');
  await typeAt(page, soon.getByLabel('Option 2', { exact: true }), 'Yesterday');
  await typeAt(page, soon.getByLabel('Points for ‘Fit’ when answered ‘Next month’'), '1');
  await typeAt(page, soon.getByLabel('Points for ‘Fit’ when answered ‘Yesterday’'), '-1');
  await pickAt(page, question(page, 4).getByLabel('When to show it'), `By the answer to question 3: ${Q[2]}`);
  const shownBy = question(page, 4).getByRole('group', { name: 'Which answers to question 3 show it' });
  assert.equal(await shownBy.getByLabel('Yes', { exact: true }).isChecked(), true);
  await pickAt(page, question(page, 5).getByLabel('Kind of answer'), 'A note, not scored');

  await pressAt(page, page.getByRole('button', { name: 'Add a warning sign' }));
  await typeAt(page, page.getByRole('group', { name: 'Warning sign 1' }).getByLabel('Its name'), FLAG);
  await tickAt(page, soon.getByRole('group', { name: 'Warning signs ‘Yesterday’ raises' }).getByLabel(FLAG));

  // The verdicts, opened from their summary: a wrong score shows at the field, then is fixed.
  await pressAt(page, page.locator('summary', { hasText: 'Verdicts' }));
  const from = page.getByRole('group', { name: 'Verdict 2', exact: true }).getByLabel('From score');
  await typeAt(page, from, '60');
  assert.match(await problemsOf(page, from), /60/);
  assert.equal(await page.getByRole('button', { name: 'Use it' }).isDisabled(), true);
  await typeAt(page, from, '0');
  await page.getByText('No problems: it is ready to use.').waitFor();

  // Answered in the preview with the arrow keys: each tier reached, the flag raised.
  const preview = previewOf(page);
  const answer = (n, label) => preview.getByRole('group', { name: Q[n - 1], exact: true }).getByLabel(label, { exact: true });
  await chooseAt(page, answer(1, 'Yes'));
  await chooseAt(page, answer(2, 'Next month'));
  await chooseAt(page, answer(3, 'Yes'));
  await chooseAt(page, answer(4, 'Yes'));
  await previewSays(page, `Verdict: ${GOOD}`);
  await chooseAt(page, answer(2, 'Yesterday'));
  await preview.locator('.cf-preview-flags').getByText(FLAG).waitFor();
  await chooseAt(page, answer(1, 'No'));
  await chooseAt(page, answer(4, 'No'));
  await previewSays(page, `Verdict: ${BAD}`);
  await pressAt(page, preview.getByRole('button', { name: `Try the answers for “${GOOD}” in the preview` }));
  await previewSays(page, `Verdict: ${GOOD}`);

  // Use it; the file it exports is the one the mouse made.
  await pressAt(page, page.getByRole('button', { name: 'Use it' }));
  await page.getByRole('heading', { name: 'Put it on your site', level: 2 }).waitFor();
  await pressAt(page, page.getByRole('button', { name: 'Assess', exact: true }));
  await pressAt(page, page.getByRole('button', { name: 'Questionnaires' }));
  await mkdir('target/e2e', { recursive: true });
  const exportButton = page.getByRole('button', { name: `Export as JSON: ${TITLE}` });
  await tabTo(page, exportButton);
  const started = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await (await started).saveAs('target/e2e/builder-keyboard.json');
  assertBuilt(JSON.parse(await readFile('target/e2e/builder-keyboard.json', 'utf8')));

  // Conditions combined, from the keyboard: question 4 shown after a "Yes" to question 3, or
  // when question 1 is not "Yes". "Add another condition" takes the focus to the new one.
  await pressAt(page, page.getByRole('button', { name: `Edit ${TITLE}`, exact: true }));
  await page.getByRole('heading', { name: `Edit ${TITLE}` }).waitFor();
  const fourth = question(page, 4);
  await pressAt(page, fourth.getByRole('button', { name: 'Add another condition' }));
  const second = fourth.getByRole('group', { name: 'Condition 2', exact: true });
  const secondTest = second.getByLabel('What it tests');
  await page.waitForFunction((el) => el === document.activeElement, await secondTest.elementHandle());
  await pickAt(page, secondTest, `By the answer to question 1: ${Q[0]}`);
  assert.equal(await second.getByLabel('Yes', { exact: true }).isChecked(), true);
  await pickAt(page, fourth.getByLabel('When to show it'), 'When any one of these holds');
  await tickAt(page, second.getByLabel('Turn it around: show it when this is not so'));
  await page.getByText('No problems: it is ready to use.').waitFor();
  await chooseAt(page, answer(1, 'Yes'));
  await chooseAt(page, answer(3, 'No'));
  await answer(4, 'Yes').waitFor({ state: 'detached' });
  await chooseAt(page, answer(1, 'No'));
  await answer(4, 'Yes').waitFor();
  await fourth.locator('.cf-editor-shown').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await mkdir('target/screenshots', { recursive: true });
  await fourth.locator('.cf-editor-shown').screenshot({ path: 'target/screenshots/builder-1280-light-conditions.png' });
  // Taken away again: a single test, as before.
  await pressAt(page, fourth.getByRole('button', { name: 'Remove condition 2' }));
  await second.waitFor({ state: 'detached' });
  assert.equal(await fourth.getByRole('group', { name: 'Which answers to question 3 show it' }).getByLabel('Yes', { exact: true }).isChecked(), true);
  await answer(4, 'Yes').waitFor({ state: 'detached' });

  assert.deepEqual(problems, []);
  await context.close();
});
