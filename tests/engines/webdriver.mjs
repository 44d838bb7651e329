// A small W3C WebDriver client in plain Node (global fetch), enough for the engine smoke suite:
// start a driver (chromedriver, geckodriver or WebKitWebDriver), open sessions, find, click,
// type, run scripts, take screenshots. Waits poll a condition until a deadline, never sleep.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as pause } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines the suite runs in, each with its driver and the capabilities for a theme. */
export const ENGINES = {
  chromium: {
    driver: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`],
    capabilities: ({ dark }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
          '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--lang=en-US', '--window-size=1000,900', ...(dark ? ['--force-dark-mode'] : []),
        ],
        prefs: { 'intl.accept_languages': 'en-US' },
      },
    }),
  },
  firefox: {
    driver: process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`,
    args: (port) => ['--port', String(port)],
    capabilities: ({ dark }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'intl.accept_languages': 'en-US',
          'intl.locale.requested': 'en-US',
          // The page's console goes to the driver's output, where the suite looks for errors.
          'devtools.console.stdout.content': true,
          'ui.systemUsesDarkTheme': dark ? 1 : 0,
          'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
        },
      },
    }),
  },
  webkit: {
    // WebKitGTK's driver starts MiniBrowser, which has no headless mode: run it under xvfb-run.
    driver: process.env.WEBKITDRIVER ?? '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: ({ dark }) => ({
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? WEBKIT_BROWSER,
        args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
      },
    }),
  },
};

async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Polls `condition` until it returns something truthy; fails with `what` after `timeout` ms. */
export async function waitFor(condition, what, { timeout = 30_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await pause(interval);
  }
}

/** Starts the engine's driver on a free port; resolves once it reports ready. */
export async function startDriver(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}; one of ${Object.keys(ENGINES).join(', ')}`);
  const port = await freePort();
  const child = spawn(spec.driver, spec.args(port), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => output.push(...chunk.split('\n').filter(Boolean)));
  }
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (exited !== null) throw new Error(`${spec.driver} exited (${exited}): ${output.join('\n')}`);
    const status = await (await fetch(`${base}/status`)).json();
    return status.value?.ready;
  }, `${spec.driver} to be ready`, { timeout: 20_000 });
  return {
    engine,
    base,
    /** Every line the driver (and, for Firefox, the browser's console) has printed so far. */
    output,
    newSession: (options = {}) => Session.create(base, spec.capabilities(options)),
    async stop() {
      if (exited !== null) return;
      const gone = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = await response.json();
  if (!response.ok || reply.value?.error) {
    const { error, message } = reply.value ?? {};
    throw Object.assign(new Error(`${method} ${path}: ${error}: ${message}`), { webdriverError: error });
  }
  return reply.value;
}

const asElement = (value) => (value && typeof value === 'object' && value[ELEMENT] ? value[ELEMENT] : null);

/** One browser session. Elements are the driver's ids (strings); `el(id)` wraps one for a script. */
export class Session {
  static async create(base, alwaysMatch) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch } });
    const session = new Session(base, value.sessionId, value.capabilities);
    await session.cmd('POST', '/timeouts', { script: 60_000, pageLoad: 60_000, implicit: 0 });
    await session.cmd('POST', '/window/rect', { width: 1000, height: 900 }).catch(() => {});
    return session;
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  close() {
    return this.cmd('DELETE', '').catch(() => {});
  }

  goto(url) {
    return this.cmd('POST', '/url', { url });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /** Runs `fn` (a function or its source) in the page with `args`. Element ids passed through
   *  `el()` become elements; WebKitWebDriver converts them only as top-level arguments. */
  async run(fn, ...args) {
    const script = `return (${fn}).apply(null, arguments);`;
    // WebKitWebDriver now and then cannot read a result while the page settles (a service
    // worker taking control): the same script is asked again, a few times, before failing.
    for (let attempt = 1; ; attempt += 1) {
      try {
        const value = await this.cmd('POST', '/execute/sync', { script, args });
        return asElement(value) ?? value;
      } catch (error) {
        if (attempt >= 5 || !/Could not parse script result/.test(error.message)) throw error;
        await pause(100);
      }
    }
  }

  /** Runs an async `fn` and waits for its promise. */
  async runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`;
    const value = await this.cmd('POST', '/execute/async', { script, args });
    if (value?.error) throw new Error(value.error);
    return asElement(value.ok) ?? value.ok;
  }

  click(id) {
    return this.cmd('POST', `/element/${id}/click`, {});
  }

  async type(id, text) {
    await this.cmd('POST', `/element/${id}/clear`, {});
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
}

/** An element id as a script argument. */
export const el = (id) => ({ [ELEMENT]: id });
