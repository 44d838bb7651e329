// End to end: a profile that fits on a few screens (issue 15, point 9). The page is in groups
// under headings, and the work, industries and channels welcomed or avoided are toggle chips:
// a chip chosen in "avoid" leaves "welcome", by mouse and by keyboard, and a reload keeps it.
// The whole page measures well under the old one (4,732 px tall at 1280 px, 6,396 at 375 px:
// under 3,000 and 4,300 now), a chip is at least 44 px tall and reads as chosen without
// colour, and axe finds nothing in light or dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, screenshot, scrollsSideways, violations } from './helpers.mjs';

let site;
before(async () => {
  site = await start();
});
after(async () => site?.close());

/** The profile as the device keeps it. */
function storedProfile(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('client-fit') ?? '{}').profile ?? {});
}

/** Opens the profile tab and waits for every chip (the questionnaires are fetched first). */
async function openProfile(page) {
  await page.getByRole('button', { name: 'My ideal client' }).click();
  await page.getByRole('heading', { name: 'Your ideal client profile' }).waitFor();
  await page.getByRole('group', { name: 'Channels you avoid' }).waitFor();
}

/** The chip `label` in the chip group named `group`. */
function chip(page, group, label) {
  return page.getByRole('group', { name: group }).getByRole('button', { name: label, exact: true });
}

async function pressedWhen(locator, value) {
  await locator.and(locator.page().locator(`[aria-pressed="${value}"]`)).waitFor();
}

test('a chip chosen in welcome and then in avoid leaves welcome, and a reload keeps it', async () => {
  const { page, problems, context } = await newPage(site.browser);
  await page.goto(site.url);
  await openProfile(page);
  for (const name of ['Money', 'Time', 'Contact', 'Work you welcome', 'Work you avoid', 'Friends and family', 'What matters most to you']) {
    await page.getByRole('heading', { name, level: 3 }).waitFor();
  }
  const welcomeWeb = chip(page, 'Work you welcome Kinds of work', 'Website or online shop');
  const avoidWeb = chip(page, 'Work you avoid Kinds of work', 'Website or online shop');
  assert.equal(await welcomeWeb.getAttribute('aria-pressed'), 'false');

  await welcomeWeb.click();
  await pressedWhen(welcomeWeb, 'true');
  assert.equal(await avoidWeb.getAttribute('aria-pressed'), 'false');
  assert.deepEqual((await storedProfile(page)).welcome, ['work:web']);
  // Chosen reads without colour: bold, a thicker border, and a check mark where "+" was.
  const look = (locator) => locator.evaluate((button) => ({
    weight: getComputedStyle(button).fontWeight,
    border: getComputedStyle(button).borderTopWidth,
    mark: getComputedStyle(button.querySelector('.cf-chip-mark'), '::before').content,
    height: button.getBoundingClientRect().height,
  }));
  const chosen = await look(welcomeWeb);
  const other = await look(avoidWeb);
  assert.deepEqual([chosen.weight, chosen.border, chosen.mark], ['600', '2px', '"✓"']);
  assert.deepEqual([other.weight, other.border, other.mark], ['400', '1px', '"+"']);
  assert.ok(chosen.height >= 44 && other.height >= 44, JSON.stringify({ chosen, other }));

  // The same tag chosen in avoid, from the keyboard: it leaves welcome.
  await avoidWeb.focus();
  await page.keyboard.press('Space');
  await pressedWhen(avoidWeb, 'true');
  await pressedWhen(welcomeWeb, 'false');
  // Enter presses a chip too; the focus stays on it.
  const email = chip(page, 'Channels you welcome', 'Email');
  await email.focus();
  await page.keyboard.press('Enter');
  await pressedWhen(email, 'true');
  assert.equal(await email.evaluate((button) => button === document.activeElement), true);
  // Pressed again, a chip clears.
  const retail = chip(page, 'Work you avoid Industries', 'Retail or e-commerce');
  await retail.click();
  await pressedWhen(retail, 'true');
  await retail.click();
  await pressedWhen(retail, 'false');
  const stored = await storedProfile(page);
  assert.deepEqual([stored.welcome, stored.avoided], [['channel:email'], ['work:web']]);

  await page.reload();
  await openProfile(page);
  await pressedWhen(avoidWeb, 'true');
  assert.equal(await welcomeWeb.getAttribute('aria-pressed'), 'false');
  assert.equal(await email.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.cf-chip[aria-pressed="true"]').count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [width, height, scheme, limit] of [[1280, 800, 'light', 3000], [375, 740, 'dark', 4300]]) {
  test(`the profile at ${width} px in ${scheme} fits on a few screens and passes axe`, async () => {
    const { page, problems, context } = await newPage(site.browser, { viewport: { width, height }, colorScheme: scheme });
    await page.goto(site.url);
    await openProfile(page);
    // A value, a chosen chip in each list and a weight, so axe and the picture see both states.
    await page.getByLabel('Smallest budget worth taking on').fill('4000');
    await chip(page, 'Work you welcome Kinds of work', 'Design or branding').click();
    await chip(page, 'Work you avoid Industries', 'Finance or insurance').click();
    await page.locator('#cf0-weight-money-3').check();
    await pressedWhen(chip(page, 'Work you avoid Industries', 'Finance or insurance'), 'true');

    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`profile page at ${width}x${height} (${scheme}): ${scrollHeight} px tall (before: 4,732 at 1280, 6,396 at 375)`);
    assert.ok(scrollHeight < limit, `${scrollHeight} px at ${width} px, over ${limit}`);
    const heights = await page.locator('.cf-chip, .cf-profile .cf-choice').evaluateAll((all) => all.map((el) => el.getBoundingClientRect().height));
    assert.ok(heights.length > 40 && heights.every((h) => h >= 44), `every chip and card 44 px: ${Math.min(...heights)}`);
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await violations(page, `profile ${width} ${scheme}`), []);
    await screenshot(page, `profile-${width}-${scheme}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
