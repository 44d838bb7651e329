// End to end: answer controls people can hit (issue 15, part 1). On a phone and on a desktop,
// in light and dark: every choice of a question is a card at least 44 px tall that takes the
// whole width (single choice) or an equal share of one row (yes/no, the impression, a scale's
// five segments with its end labels under them); a click anywhere on a card chooses it; the
// chosen card reads without colour (bold, thicker border); "don't know" sits on its own row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, skipTermsIfAsked, answerSection, toSection, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => site?.close());

/** The boxes of every card of the question `id` on the page, with its kind. */
async function cards(page, id) {
  return page.locator(`fieldset[data-question="${id}"]`).evaluate((fieldset) => ({
    kind: [...fieldset.classList].find((c) => c.startsWith('cf-kind-')),
    width: fieldset.querySelector('.cf-choices').getBoundingClientRect().width,
    cards: [...fieldset.querySelectorAll('.cf-choice')].map((card) => {
      const box = card.getBoundingClientRect();
      return { top: Math.round(box.top), width: box.width, height: box.height, unknown: card.classList.contains('cf-choice-unknown') };
    }),
  }));
}

for (const [width, height, scheme] of [[375, 740, 'dark'], [1280, 800, 'light']]) {
  test(`answer cards at ${width} px, ${scheme}`, async () => {
    const { page, problems, context } = await newPage(site.browser, { viewport: { width, height }, colorScheme: scheme });
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Begin' }).click();
    await skipTermsIfAsked(page);

    // The first impression: three equal cards in one row.
    const blink = await page.locator('.cf-blink .cf-choice').evaluateAll((all) => all.map((c) => c.getBoundingClientRect()).map((b) => ({ top: Math.round(b.top), width: b.width, height: b.height })));
    assert.equal(blink.length, 3);
    assert.equal(new Set(blink.map((b) => b.top)).size, 1, 'one row');
    assert.ok(blink.every((b) => b.height >= 44 && Math.abs(b.width - blink[0].width) < 1), JSON.stringify(blink));
    // A click on the card's edge, away from the radio and its text, chooses it.
    const bad = page.locator('.cf-impression-bad');
    const box = await bad.boundingBox();
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    assert.ok(await page.locator('#cf0-blink-bad').isChecked());
    assert.equal(await bad.evaluate((c) => getComputedStyle(c).fontWeight), '600', 'chosen reads without colour');
    await page.getByRole('button', { name: 'Next' }).click();

    // Single choice: full-width cards, "don't know" last and quieter.
    await page.locator('.cf-section').waitFor();
    const single = await cards(page, 'temper');
    assert.equal(single.kind, 'cf-kind-single');
    for (const card of single.cards) {
      assert.ok(card.height >= 44, `tall enough: ${JSON.stringify(card)}`);
      assert.ok(Math.abs(card.width - single.width) < 1, `full width: ${JSON.stringify(card)}`);
    }
    assert.ok(single.cards.at(-1).unknown, "don't know comes last");

    // Yes/no: two equal cards in a row, "not sure" on a row of its own.
    const yesNo = await cards(page, 'argued_with_own_people');
    const [yes, no, unsure] = yesNo.cards;
    assert.equal(yes.top, no.top);
    assert.ok(Math.abs(yes.width - no.width) < 1 && yes.height >= 44);
    assert.ok(unsure.top > yes.top && unsure.unknown && Math.abs(unsure.width - yesNo.width) < 1);
    // On a phone, Back and Next stay in view while the section scrolls; on a desktop they
    // stay under the last question.
    await page.evaluate(() => window.scrollTo(0, 300));
    const nav = await page.locator('.cf-section .cf-nav').evaluate((n) => n.getBoundingClientRect().bottom);
    if (width < 600) assert.ok(nav <= height + 1 && nav > height - 120, `sticky at the bottom: ${nav}`);
    else assert.ok(nav > height, `under the questions: ${nav}`);
    // The progress counts questions, and never says "Section 0".
    assert.match(await page.locator('.cf-progress-text').innerText(), /Section 1 of \d+ · Questions answered: 0 of \d+/);
    await answerSection(page);
    await screenshot(page, `answer-cards-conduct-${width}-${scheme}`);
    assert.deepEqual(await violations(page, `cards ${width} ${scheme}`), []);

    // A scale: five equal segments in one row, the end labels under them.
    await toSection(page, 'Scope and expectations');
    const scale = await cards(page, 'scope_clarity');
    assert.equal(scale.kind, 'cf-kind-scale');
    const segments = scale.cards.filter((c) => !c.unknown);
    assert.equal(segments.length, 5);
    assert.equal(new Set(segments.map((s) => s.top)).size, 1, 'one row, never wrapped');
    assert.ok(segments.every((s) => s.height >= 44 && Math.abs(s.width - segments[0].width) < 1), JSON.stringify(segments));
    const ends = page.locator('fieldset[data-question="scope_clarity"] .cf-scale-ends span');
    assert.equal(await ends.count(), 2);
    const endsTop = await ends.first().evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(endsTop > segments[0].top + segments[0].height - 1, 'the end labels are under the row');
    // The end segments still say what they mean to a screen reader.
    assert.match(await page.locator('label[for="cf0-q.scope_clarity.s1"]').innerText(), /1/);
    assert.match(await page.locator('label[for="cf0-q.scope_clarity.s1"]').textContent(), /1 · \S/);
    await page.locator('label[for="cf0-q.scope_clarity.s4"]').click();
    assert.ok(await page.locator('#cf0-q\\.scope_clarity\\.s4').isChecked());
    await screenshot(page, `answer-cards-scale-${width}-${scheme}`);
    assert.deepEqual(await violations(page, `scale ${width} ${scheme}`), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone the tabs stay on one row in every language', async () => {
  const { page, problems, context } = await newPage(site.browser, { viewport: { width: 375, height: 740 } });
  await page.goto(site.url);
  await page.locator('.cf-start').waitFor();
  for (const language of ['English', 'Español', 'Română', 'Dansk']) {
    await page.getByRole('button', { name: language, exact: true }).click();
    await page.waitForFunction((l) => document.querySelector('.cf-app')?.getAttribute('lang') === l,
      { English: 'en', Español: 'es', Română: 'ro', Dansk: 'da' }[language]);
    const tops = await page.locator('.cf-tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `${language}: ${tops}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
  }
  await screenshot(page, 'tabs-375-da');
  assert.deepEqual(problems, []);
  await context.close();
});
