// End to end: the consultant's own questionnaires (issue 18, first slices). From the start page
// to "Questionnaires"; a new blank one opens in the editor, where the title, a new question with
// its kind and options, and an emptied text (its problem at the field, "Use it" held back) are
// edited, with undo and redo; questions, sections and a choice's options reordered by keyboard
// (the options' new order seen in the preview) and questions and sections by drag and drop; a
// reload keeps it; "Use it" offers it on the start page. Then export as JSON, delete after the
// confirmation, import the exported file back (the same file again), and a file that is not a
// questionnaire changes nothing. axe on the list and the editor in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { start, newPage, violations } from './helpers.mjs';

let site;

before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

test('a questionnaire made from blank is edited, kept, used, exported, deleted and imported back', async () => {
  const { page, problems, context } = await newPage(site.browser, { acceptDownloads: true });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Questionnaires' }).click();
  await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
  assert.match(page.url(), /\?page=questionnaires/);
  await page.getByText('You have none yet.').waitFor();

  await page.getByRole('button', { name: 'New blank questionnaire' }).click();
  await page.getByRole('heading', { name: 'Edit My questionnaire' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Vega intake');
  await page.getByRole('heading', { name: 'Edit Vega intake' }).waitFor();

  // A second question, made a single choice with labelled options.
  await page.getByRole('button', { name: 'Add a question' }).click();
  const second = page.locator('.cf-editor-question').nth(1);
  await second.getByLabel('What you ask').fill('How soon do they want to start?');
  await second.getByLabel('Kind of answer').selectOption({ label: 'One choice' });
  await second.getByLabel('Option 1', { exact: true }).fill('Next month');
  await second.getByLabel('Option 2', { exact: true }).fill('Yesterday');
  await second.getByRole('button', { name: 'Add an option' }).click();
  await second.getByLabel('Option 3', { exact: true }).waitFor();
  await second.getByRole('button', { name: 'Delete option 3' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.cf-editor-option').length === 2);

  // An emptied text: its problem beside the field, and "Use it" held back.
  const first = page.locator('.cf-editor-question').nth(0);
  const text = first.getByLabel('What you ask');
  await text.fill('');
  const described = await text.getAttribute('aria-describedby');
  assert.ok(described, 'the field names its problems');
  await page.locator(`#${described}`).getByText(/needs words/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Use it' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await text.inputValue(), 'Did they answer your first message within two days?');
  assert.equal(await page.getByRole('button', { name: 'Use it' }).isEnabled(), true);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await text.inputValue(), '');
  await text.fill('Did they answer within a day?');

  // Moved up by keyboard: focus the button, press Enter.
  await second.getByRole('button', { name: 'Move up: question 2' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('.cf-editor-question input[type=text]')?.value === 'How soon do they want to start?',
  );
  // The focus follows the moved question: at the top, Move up is disabled, so Move down.
  const focusedOn = (name) => page.waitForFunction((want) => document.activeElement?.getAttribute('aria-label') === want, name);
  await focusedOn('Move down: question 1');

  // And back by drag and drop with the mouse: question 2's handle onto the top of question 1.
  // A question with its points and signs is a screen tall: the window is made tall enough to
  // hold both ends of each drag (a person's browser scrolls while they drag to an edge).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: 3600 });
  await page.locator('.cf-editor-sections').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.cf-editor-sections').scrollIntoView());
  await page.locator('.cf-editor-question').nth(1).locator('.cf-drag-handle')
    .dragTo(page.locator('.cf-editor-question').nth(0), { targetPosition: { x: 60, y: 4 } });
  await page.waitForFunction(
    () => document.querySelector('.cf-editor-question input[type=text]')?.value === 'Did they answer within a day?',
  );
  // A new section, dragged above the first by its handle; Undo puts it back.
  const firstSection = () => document.querySelector('.cf-editor-section input[type=text]')?.value;
  const titleBefore = await page.evaluate(firstSection);
  await page.getByRole('button', { name: 'Add a section' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.cf-editor-section').length === 2);
  // By keyboard, the last question of section 1 into section 2 (still question 2, its
  // focus kept), and back; then section 1 down and back up, the focus following it.
  await page.getByRole('button', { name: 'Move down: question 2' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.cf-editor-section')[1].querySelectorAll('.cf-editor-question').length === 2);
  await focusedOn('Move down: question 2');
  await page.keyboard.press('Shift+Tab');
  await focusedOn('Move up: question 2');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.cf-editor-section')[0].querySelectorAll('.cf-editor-question').length === 2);
  await focusedOn('Move up: question 2');
  await page.getByRole('button', { name: 'Move down: section 1' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => document.querySelectorAll('.cf-editor-section')[1].querySelector('input[type=text]')?.value === before, titleBefore);
  await focusedOn('Move up: section 2');
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => document.querySelector('.cf-editor-section input[type=text]')?.value === before, titleBefore);
  await focusedOn('Move down: section 1');
  await page.evaluate(() => document.querySelector('.cf-editor-sections').scrollIntoView());
  await page.locator('.cf-editor-section').nth(1).locator('h4 .cf-drag-handle')
    .dragTo(page.locator('.cf-editor-section').nth(0), { targetPosition: { x: 60, y: 4 } });
  await page.waitForFunction(
    (before) => document.querySelector('.cf-editor-section input[type=text]')?.value !== before,
    titleBefore,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(
    (before) => document.querySelector('.cf-editor-section input[type=text]')?.value === before,
    titleBefore,
  );
  await page.getByRole('button', { name: 'Delete section 2' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.cf-editor-section').length === 1);

  // An option moved down by keyboard: the preview offers the options in the new order, and the
  // focus stays with the moved option (on Move up: at the bottom, Move down is disabled). Then
  // back up the same way.
  const choice = page.locator('.cf-editor-question').nth(1);
  const previewOrder = (order) => page.waitForFunction(
    (want) => [...document.querySelectorAll('.cf-preview-question[data-question="question-2"] .cf-preview-choice label')]
      .map((label) => label.textContent).slice(0, 2).join(' | ') === want,
    order,
  );
  const focused = (name) => page.waitForFunction((want) => document.activeElement?.getAttribute('aria-label') === want, name);
  await previewOrder('Next month | Yesterday');
  await choice.getByRole('button', { name: 'Move down: option 1' }).focus();
  await page.keyboard.press('Enter');
  await previewOrder('Yesterday | Next month');
  await focused('Move up: option 2');
  assert.equal(await choice.getByLabel('Option 2', { exact: true }).inputValue(), 'Next month');
  await page.keyboard.press('Enter');
  await previewOrder('Next month | Yesterday');
  await focused('Move down: option 1');
  // And with the mouse: option 2's handle dropped on the top half of option 1, twice.
  for (const order of ['Yesterday | Next month', 'Next month | Yesterday']) {
    await choice.locator('.cf-editor-option').nth(1).locator('.cf-drag-handle')
      .dragTo(choice.locator('.cf-editor-option').nth(0), { targetPosition: { x: 60, y: 4 } });
    await previewOrder(order);
  }

  // A tag of one's own, typed: the option is then matched with the work welcomed or avoided,
  // and what that adds can be set.
  const firstTag = choice.getByLabel('Kind of work or client, for the work you welcome or avoid on your profile').first();
  await firstTag.selectOption({ label: 'A tag of your own…' });
  await choice.getByLabel('Your tag (for example industry:farming)').fill('industry:farming');
  await choice.getByText('When the chosen answer is work you welcome').first().waitFor();
  await firstTag.selectOption({ label: 'industry:farming' });
  await choice.getByLabel('Your tag (for example industry:farming)').waitFor({ state: 'detached' });
  assert.equal(await firstTag.inputValue(), 'industry:farming');
  await page.setViewportSize(viewport);

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await violations(page, `editor ${scheme}`), []);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Kept on the device: a reload finds it in the list.
  await page.reload();
  await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
  await page.locator('.cf-own-mine .cf-own-row', { hasText: 'Vega intake' }).waitFor();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await violations(page, `list ${scheme}`), []);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Export as JSON.
  await mkdir('target/e2e', { recursive: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON: Vega intake' }).click();
  const file = 'target/e2e/own-questionnaire.json';
  await (await download).saveAs(file);
  const exported = await readFile(file, 'utf8');
  const json = JSON.parse(exported);
  assert.equal(json.format, 1);
  assert.equal(json.title.en, 'Vega intake');
  assert.equal(json.sections[0].questions.length, 2);

  // Delete, after the app's confirmation (Cancel first).
  await page.getByRole('button', { name: 'Delete Vega intake' }).click();
  await page.getByRole('alertdialog').getByText('Delete Vega intake for good?').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('.cf-own-mine .cf-own-row', { hasText: 'Vega intake' }).waitFor();
  await page.getByRole('button', { name: 'Delete Vega intake' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('You have none yet.').waitFor();

  // Imported back: the same file again.
  await page.locator('.cf-own input[type=file]').setInputFiles(file);
  await page.getByText('Vega intake is now one of your questionnaires.').waitFor();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON: Vega intake' }).click();
  const file2 = 'target/e2e/own-questionnaire-again.json';
  await (await again).saveAs(file2);
  assert.equal(await readFile(file2, 'utf8'), exported);

  // A file that is not a questionnaire changes nothing.
  await writeFile('target/e2e/not-a-questionnaire.json', '{"hello": "world"}');
  await page.locator('.cf-own input[type=file]').setInputFiles('target/e2e/not-a-questionnaire.json');
  await page.getByText(/That file is not a questionnaire, so nothing was changed/).waitFor();
  assert.equal(await page.locator('.cf-own-mine .cf-own-row').count(), 1);

  // Use it: offered on the start page.
  await page.getByRole('button', { name: 'Edit Vega intake' }).click();
  await page.getByRole('button', { name: 'Use it' }).click();
  await page.getByLabel('Vega intake').waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
