// The stories of shared/domain.md ("Stories the verdict must get right"), played through the UI
// as a consultant would: pick the questionnaire, name the client, give the first impression,
// answer every section (anything the story does not say is "I don't know yet"), and read the
// result. Each asserts the verdict tier, its key reasons and the first letter offered, in English
// and in Spanish. The same stories run natively in tests/stories.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, screenshot, assessWith, PROFILE, RESPECTFUL, FINE_CLIENT } from './helpers.mjs';

const content = Object.fromEntries(
  ['screen', 'checkup'].map((id) => [id, JSON.parse(readFileSync(`content/${id}.json`, 'utf8'))]),
);
const label = (id, kind, key, lang) => {
  const list = { verdict: 'verdicts', flag: 'flags', letter: 'letters' }[kind];
  const item = content[id][list].find((x) => x.id === key);
  assert.ok(item, `${id} ${kind} ${key}`);
  return (kind === 'verdict' || kind === 'letter' ? item[kind === 'verdict' ? 'label' : 'title'] : item.title)[lang];
};

// gut: which first-impression reason comes first ('backed', 'unbacked' or none); flags: the
// warning signs named among the reasons, in order; letter: the first letter offered.
const STORIES = [
  {
    name: 'the shop owner who quarrelled and threatened to sue', q: 'screen', impression: 'bad',
    answers: { ...RESPECTFUL, argued_with_own_people: 'yes', give_and_take: 'o:threatened', budget: 'n:30000' },
    verdict: 'walk_away', gut: 'backed', flags: ['argues_with_own_people'], letter: 'decline',
  },
  {
    name: 'the shop owner on day one', q: 'screen', impression: 'bad',
    answers: { argued_with_own_people: 'yes', give_and_take: 'o:no_inch' },
    verdict: 'walk_away', gut: 'backed', flags: ['argues_with_own_people'], letter: 'decline',
  },
  {
    name: 'a friend who wants a friend\'s price', q: 'screen', impression: 'good',
    answers: { ...RESPECTFUL, friend: 'yes', friend_terms: 'o:expects_favours', friend_limits: 'no' },
    verdict: 'safeguards', flags: ['friend_expects_favours'], letter: 'boundaries',
  },
  {
    name: 'a respectful client who pays on time', q: 'screen', impression: 'good',
    answers: RESPECTFUL, verdict: 'strong_fit', flags: [], letter: 'welcome',
  },
  {
    name: 'a client you let down once', q: 'checkup', impression: 'unsure',
    answers: { ...FINE_CLIENT, your_mistake: 'yes' },
    verdict: 'keep', flags: ['our_mistake'], letter: 'check_in',
  },
  {
    name: 'a slow, distrustful prospect who will not sign', q: 'screen', impression: 'unsure',
    answers: { ...RESPECTFUL, reply_hours: 'n:96', distrust: 'o:suspicious', urgency: 'o:yesterday', signed_scope: 'no' },
    verdict: 'restructure', flags: ['refuses_written_scope'], letter: 'restructure',
  },
  {
    name: 'a client who pays late and haggles', q: 'checkup', impression: 'unsure',
    answers: { ...FINE_CLIENT, days_to_pay: 'n:75', haggles: 'o:haggles_every', value: 'o:solid' },
    verdict: 'renegotiate', flags: ['late_payer', 'haggles_invoices'], letter: 'restructure',
  },
  {
    name: 'a client who insults you and has lied', q: 'checkup', impression: 'bad',
    answers: { ...FINE_CLIENT, abuse: 'o:kept_on', honesty: 'o:kept_on' },
    verdict: 'part_ways', gut: 'backed', flags: ['verbal_abuse', 'lies'], letter: 'parting',
  },
  {
    name: 'a fine client with one small irritation never raised', q: 'checkup', impression: 'good',
    answers: { ...FINE_CLIENT, unraised: 'yes' },
    verdict: 'keep', flags: ['unraised_irritation'], letter: 'check_in',
  },
  {
    name: 'a key client with one angry email', q: 'checkup', impression: 'good',
    answers: { ...FINE_CLIENT, angry_messages: 'o:once' },
    verdict: 'keep', flags: ['angry_once'], letter: 'check_in',
  },
  {
    name: 'almost every answer "I don\'t know yet"', q: 'screen', impression: 'unsure',
    answers: { payment_history: 'o:on_time' }, verdict: null,
  },
];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function play(page, story) {
  // Saved before the app's own script runs, as a returning user's device has it.
  await page.context().addInitScript((profile) => {
    if (!localStorage.getItem('client-fit')) {
      localStorage.setItem('client-fit', JSON.stringify({ version: 2, profile, profile_asked: true }));
    }
  }, PROFILE);
  await page.goto(env.url);
  await assessWith(page, story.q, 'Maria Lopez', story.impression, story.answers);
}

for (const lang of ['en', 'es']) {
  for (const story of STORIES) {
    test(`${story.name} (${lang})`, async () => {
      const { context, page, problems } = await newPage(env.browser, {
        locale: lang === 'es' ? 'es-ES' : 'en-US',
      });
      await play(page, story);
      // Everything the story's numbers depend on was compared with the profile.
      assert.equal(await page.locator('.cf-not-compared').count(), 0, 'the saved profile is used');
      const verdict = page.locator('.cf-verdict-block .cf-verdict').first();
      if (story.verdict === null) {
        await page.locator('.cf-verdict-none').waitFor();
        // Finding out comes first: the next steps straight after the verdict are questions to
        // find out, and the find-out part is the first part, open.
        const order = await page.locator('.cf-result > *').evaluateAll((nodes) => nodes.map((n) => n.className));
        const at = (cls) => order.findIndex((c) => c.includes(cls));
        assert.ok(at('cf-next-steps') === at('cf-verdict-block') + 1, order.join(' | '));
        assert.ok((await page.locator('.cf-step').count()) >= 1);
        const parts = await page.locator('.cf-parts > *').evaluateAll((nodes) => nodes.map((n) => n.className));
        assert.ok(parts[0].includes('cf-find-out'), parts.join(' | '));
        assert.ok(await page.locator('details.cf-find-out').evaluate((d) => d.open));
        assert.ok((await page.locator('.cf-find-out li').count()) > 10);
        assert.equal(await page.locator('.cf-letters').count(), 0, 'no letter without a verdict');
      } else {
        assert.equal((await verdict.textContent()).trim(), label(story.q, 'verdict', story.verdict, lang));
        const reasons = page.locator('.cf-reasons > li');
        if (story.gut) {
          assert.ok(
            (await reasons.first().getAttribute('class')).includes(`cf-reason-gut-${story.gut}`),
            `the first impression, ${story.gut}, is named first`,
          );
        }
        const named = await page.locator('.cf-reasons .cf-reason-sign strong').allTextContents();
        // The key signs come first (a second, lesser one may follow them).
        const expected = story.flags.map((f) => label(story.q, 'flag', f, lang));
        assert.deepEqual(named.slice(0, expected.length), expected, named.join(' | '));
        if (!expected.length) assert.deepEqual(named, []);
        const firstLetter = page.locator('.cf-letters .cf-letter-title').first();
        await firstLetter.waitFor({ state: 'attached' });
        const letter = label(story.q, 'letter', story.letter, lang);
        assert.equal((await firstLetter.textContent()).trim(), letter);
        // The summary names it among the next steps, with its copy button.
        const step = page.locator('.cf-step-letter');
        assert.ok((await step.textContent()).includes(letter), await step.textContent());
        assert.ok(await step.locator('.cf-copy-letter').isVisible());
      }
      if (lang === 'en' && (story.gut === 'backed' || story.verdict === null)) {
        await screenshot(page, `story-${story.q}-${story.verdict ?? 'not-enough'}-${story.impression}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
