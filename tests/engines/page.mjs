// What the engine smoke suite does on a page, over plain WebDriver: find controls by their
// label, role name or heading (inside a widget's shadow root too), click, type, wait, take
// screenshots, and read the page errors the test server's recorder kept.
import { mkdir, writeFile } from 'node:fs/promises';
import { waitFor } from './webdriver.mjs';

/** The recorder the test server puts first in every HTML page: an external file, so that it
 *  runs under the strict CSP too. WebKitWebDriver cannot read the console, so every engine is
 *  checked the same way: uncaught errors, unhandled rejections, console.error, failed loads and
 *  CSP violations are kept in `window.__cfErrors`. */
export const RECORDER_PATH = '/__engine-test/errors.js';
export const RECORDER = `(() => {
  const errors = (window.__cfErrors = []);
  const text = (x) => (x instanceof Error ? x.name + ': ' + x.message + ' ' + (x.stack || '') : String(x));
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) errors.push('failed to load ' + (e.target.src || e.target.href || e.target.tagName));
    else errors.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return original.apply(this, args);
  };
})();
`;
export const RECORDER_TAG = `<script src="${RECORDER_PATH}"></script>`;

// Runs in the page: the element `kind` named `name` under `host`'s shadow root (or the
// document), visible; null when there is none yet.
function findInPage(host, kind, name) {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return null;
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const visible = (e) => e.getClientRects().length > 0;
  const matches = (text) => (name.startsWith('^') ? new RegExp(name).test(text) : text === name);
  let found = [];
  if (kind === 'css') found = [...root.querySelectorAll(name)];
  if (kind === 'label') {
    found = [...root.querySelectorAll('label')].filter((l) => matches(norm(l.textContent))).map((l) => l.control);
    found.push(...[...root.querySelectorAll('[aria-label]')].filter((e) => matches(norm(e.getAttribute('aria-label')))));
  }
  if (kind === 'button') {
    found = [...root.querySelectorAll('button, [role=button]')].filter((b) => matches(norm(b.getAttribute('aria-label') || b.textContent)));
  }
  if (kind === 'heading') found = [...root.querySelectorAll('h1, h2, h3, h4')].filter((h) => matches(norm(h.textContent)));
  if (kind === 'text') {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (norm(walker.currentNode.data).includes(name)) found.push(walker.currentNode.parentElement);
  }
  return found.find((e) => e && visible(e)) ?? null;
}

/** A page of one session, optionally scoped to a widget (`host`: the CSS selector of its element). */
export class Page {
  constructor(session, { driver, host = null, since = driver.output.length }) {
    this.session = session;
    this.driver = driver;
    this.engine = driver.engine;
    this.host = host;
    // Only the driver output printed since this page's session opened is this page's.
    this.since = since;
  }

  /** The same session, looking inside the widget whose element matches `host`. */
  widget(host) {
    return new Page(this.session, { driver: this.driver, host, since: this.since });
  }

  /** Opens `url`. The smoke suite answers whole sections: before the first page of each
   *  origin, the choice of whole sections is stored from a page of that origin (a missing one,
   *  so no app reads storage first). */
  async goto(url) {
    const origin = new URL(url).origin;
    this.session.pinned ??= new Set();
    if (!this.session.pinned.has(origin)) {
      await this.session.goto(`${origin}/no-such-page-for-storage`);
      await this.session.run(() => localStorage.setItem('client-fit-layout', 'sections'));
      this.session.pinned.add(origin);
    }
    return this.session.goto(url);
  }

  find(kind, name) {
    return this.session.run(findInPage, this.host, kind, name);
  }

  wait(kind, name, timeout = 30_000) {
    return waitFor(() => this.find(kind, name), `${kind} "${name}"${this.host ? ` in ${this.host}` : ''}`, { timeout });
  }

  async has(kind, name) {
    return (await this.find(kind, name)) !== null;
  }

  /** A real click through the driver; the control's label when the control itself is hidden. */
  async click(kind, name) {
    const id = await this.wait(kind, name);
    await this.clickElement(id);
  }

  async clickElement(id) {
    try {
      await this.session.click(id);
    } catch (error) {
      if (!/not interactable|intercepted/.test(error.webdriverError ?? '')) throw error;
      const label = await this.session.run((e) => e.labels?.[0] ?? null, { 'element-6066-11e4-a52e-4f735466cecf': id });
      if (!label) throw error;
      await this.session.click(label);
    }
  }

  async fill(label, text) {
    await this.session.type(await this.wait('label', label), text);
  }

  async text(css) {
    const id = await this.wait('css', css);
    return this.session.run((e) => e.textContent.replace(/\s+/g, ' ').trim(), { 'element-6066-11e4-a52e-4f735466cecf': id });
  }

  /** Checks the first option of every radio group on the current section. One element at a
   *  time: WebKitWebDriver hands back no elements nested in a list. */
  async answerSection() {
    const count = await this.session.run((host) => {
      const root = host ? document.querySelector(host).shadowRoot : document;
      return root.querySelectorAll('fieldset.cf-question').length;
    }, this.host);
    for (let i = 0; i < count; i += 1) {
      const radio = await this.session.run((host, i) => {
        const root = host ? document.querySelector(host).shadowRoot : document;
        return root.querySelectorAll('fieldset.cf-question')[i].querySelector('input[type=radio]');
      }, this.host, i);
      if (radio) await this.clickElement(radio);
    }
  }

  /** Answers every section with first options up to the review, taking a screenshot of the
   *  first section answered (the progress bar part-way), then opens the result. */
  async answerUntilResult({ review = 'Review', see = 'See the result', shot = null } = {}) {
    let first = true;
    for (;;) {
      await waitFor(async () => (await this.has('css', '.cf-section')) || (await this.has('heading', review)), 'a section or the review');
      if (await this.has('heading', review)) break;
      const heading = await this.text('.cf-section h2');
      await this.answerSection();
      if (first && shot) await this.screenshot(shot);
      first = false;
      await this.click('button', 'Next');
      await waitFor(async () => (await this.has('heading', review)) || (await this.text('.cf-section h2').catch(() => heading)) !== heading, 'the next section');
    }
    return async () => this.click('button', see);
  }

  /** From the start page: a whole screening of `client` to the result. */
  async completeScreening(client, { impression = 'Good', shot = null } = {}) {
    await this.fill('Client or prospect name (optional)', client);
    await this.click('button', 'Begin');
    // A first run asks for the terms first; a person may skip them.
    const step = await waitFor(async () => {
      if (await this.has('heading', 'Your terms first')) return 'terms';
      return (await this.has('heading', 'First impression')) ? 'blink' : null;
    }, 'the terms or the first impression');
    if (step === 'terms') await this.click('button', 'Skip for now');
    await this.wait('heading', 'First impression');
    await this.click('label', impression);
    await this.click('button', 'Next');
    const see = await this.answerUntilResult({ shot });
    await see();
    await this.wait('heading', `Result for ${client}`);
  }

  /** The page errors recorded since the page loaded, plus, for Firefox, console errors of the
   *  site's pages in the driver's output. */
  async problems() {
    const recorded = await this.session.run(() => window.__cfErrors ?? ['the error recorder is missing']);
    const console = this.driver.output.slice(this.since).filter((line) => /JavaScript error|console\.error/.test(line) && line.includes('127.0.0.1'));
    return [...recorded, ...console];
  }

  /** A screenshot of the viewport as target/screenshots/<engine>/<name>.png, from the top of
   *  the page (or of the widget), where the progress bar and the verdict are. */
  async screenshot(name) {
    const dir = `target/screenshots/${this.engine}`;
    await mkdir(dir, { recursive: true });
    // Focus rings differ between engines: blur first. Then scroll with scrollIntoView (in
    // headless Firefox, window.scrollTo is undone right after a driver's click scrolled), and
    // wait two frames: WebKit paints the scrolled page only then.
    await this.session.runAsync(async (host) => {
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      document.activeElement?.blur?.();
      await frames();
      (host ? document.querySelector(host) : document.documentElement).scrollIntoView({ block: 'start' });
      await frames();
    }, this.host);
    await writeFile(`${dir}/${name}.png`, await this.session.screenshot());
  }
}
