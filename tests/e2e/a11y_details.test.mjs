// End to end: accessibility details axe-core does not judge: a field's error is linked to it
// (aria-invalid and aria-describedby naming the error's id) and goes away when fixed, and with
// reduced motion asked for, nothing in the widget animates or transitions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, answerSection, skipTermsIfAsked } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => {
  await site?.close();
});

/** From the start page to the first section holding a number question; returns its input. */
async function firstNumberField(page) {
  await page.getByRole('button', { name: 'Begin' }).click();
  await skipTermsIfAsked(page);
  await page.getByLabel('Good', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  const input = page.locator('.cf-section input.cf-input-number').first();
  for (;;) {
    await page.locator('.cf-section').waitFor();
    if (await input.count()) return input;
    await answerSection(page);
    await page.getByRole('button', { name: 'Next' }).click();
  }
}

test('an out-of-range number is reported, linked to its field, and cleared when fixed', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  const input = await firstNumberField(page);
  assert.equal(await input.getAttribute('aria-invalid'), 'false');
  assert.equal(await input.getAttribute('aria-describedby'), null);

  await input.fill('99999999');
  const error = page.locator('.cf-field-error').first();
  await error.waitFor();
  assert.match(await error.textContent(), /The largest allowed is/);
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  const id = await error.getAttribute('id');
  assert.ok(id, 'the error has an id');
  assert.equal(await input.getAttribute('aria-describedby'), id);
  // What the person typed is kept, so it can be corrected.
  assert.equal(await input.inputValue(), '99999999');

  await input.fill('12');
  await error.waitFor({ state: 'detached' });
  assert.equal(await input.getAttribute('aria-invalid'), 'false');
  // Fixed, the field is described by what it read instead.
  const read = await input.getAttribute('aria-describedby');
  assert.ok(read, 'the reading has an id');
  assert.match(await page.locator(`[id="${read}"]`).textContent(), /^= 12\b/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with reduced motion nothing animates or transitions', async () => {
  const { page, problems, context } = await newPage(site.browser, { reducedMotion: 'reduce' });
  await page.goto(site.url);
  await firstNumberField(page);
  // Every element of the widget, including :hover/:focus styles' transitions, computed now.
  const moving = await page.evaluate(() => {
    const seconds = (list) => list.split(',').map((s) => parseFloat(s) || 0);
    return [...document.querySelectorAll('.cf-app, .cf-app *')]
      .map((el) => {
        const style = getComputedStyle(el);
        const transition = Math.max(...seconds(style.transitionDuration));
        const animation = style.animationName !== 'none' ? Math.max(...seconds(style.animationDuration)) : 0;
        return transition > 0 || animation > 0 ? `${el.className}: ${style.transitionDuration} ${style.animationName}` : null;
      })
      .filter(Boolean);
  });
  assert.deepEqual(moving, []);
  // Motion added later is stopped too: a probe with its own transition and animation computes
  // to none under the reduced-motion rule, and keeps them when motion is welcome.
  assert.deepEqual(await probe(page), { transition: '0s', animation: 'none' });
  assert.deepEqual(problems, []);
  await context.close();

  const motionOk = await newPage(site.browser, { reducedMotion: 'no-preference' });
  await motionOk.page.goto(site.url);
  await motionOk.page.locator('.cf-app').waitFor();
  assert.deepEqual(await probe(motionOk.page), { transition: '1s', animation: 'cf-probe' });
  await motionOk.context.close();
});

/** Adds an element with inline motion inside the widget and reads its computed motion. */
function probe(page) {
  return page.evaluate(() => {
    const el = document.createElement('div');
    el.style.transition = 'opacity 1s';
    el.style.animation = 'cf-probe 2s infinite';
    document.querySelector('.cf-app').append(el);
    const style = getComputedStyle(el);
    const result = { transition: style.transitionDuration, animation: style.animationName };
    el.remove();
    return result;
  });
}
