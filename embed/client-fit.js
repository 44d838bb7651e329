// Client Fit embed loader (format v1). A host page adds, where the widget goes:
//   <div data-client-fit data-questionnaire="intake"></div>
//   <script type="module" src="/client-fit/v1/client-fit.js"></script>
// It starts the WebAssembly module once and mounts a widget into every such element, each in
// its own shadow root. Widgets added to the page later are mounted with `mount(element)`.
//
// Everything the first question needs starts downloading here, side by side, rather than each
// file waiting for the one before: the glue script, the wasm module, the stylesheet and each
// widget's questionnaire file. A static import of the glue would hold the rest back until the
// glue had arrived (and the interface's words, in a language other than English). On a first visit, the page's first widget shows its first screen at once,
// rendered at build time (first/), and the module takes it over when it runs, keeping what
// the prospect answered meanwhile.

const base = new URL('./', import.meta.url).href;
const mounted = new WeakSet();
const LANGUAGES = ['en', 'es', 'ro', 'da'];
const BUILT_IN = ['screen', 'checkup', 'intake'];
const stylesheet = new URL('client-fit.css', import.meta.url).href;

/** Asks the browser to fetch `href` now, for a request the widget makes later to find ready. */
function preload(href, as) {
  if (document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.href = href;
  // The widget's fetch() of a questionnaire is a CORS request without credentials beyond the
  // site's own: a preload must say the same to be used for it.
  if (as === 'fetch') link.crossOrigin = 'anonymous';
  document.head.append(link);
}

/** A widget element's options from its `data-` attributes and JSON block, as far as the loader
 *  needs them; null when the block is not JSON (the widget will say so itself). */
function options(element) {
  const text = element.querySelector('script[type="application/json"]')?.textContent?.trim();
  let block = {};
  if (text) {
    try {
      block = JSON.parse(text);
    } catch {
      return null;
    }
    if (block === null || typeof block !== 'object' || Array.isArray(block)) return null;
  }
  const pick = (attribute, key) => {
    const value = element.getAttribute(`data-${attribute}`) ?? block[key];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  return {
    custom: 'questionnaire' in block || 'questionnaire_url' in block ||
      element.hasAttribute('data-questionnaire-url'),
    id: (pick('questionnaire', 'questionnaire') ?? 'intake').toLowerCase(),
    language: pick('language', 'language')?.toLowerCase(),
    theme: pick('theme', 'theme')?.toLowerCase(),
    accent: pick('accent', 'accent')?.toLowerCase(),
  };
}

/** The built-in questionnaire a widget element will show first, if it is one: its id and
 *  language (its `data-language`, or the visitor's first language the widget speaks). A guess:
 *  a language picked in the widget on an earlier visit wins there, and costs one more request. */
function firstQuestionnaire(element) {
  const wanted = options(element);
  if (!wanted || wanted.custom || !BUILT_IN.includes(wanted.id)) return null;
  if (wanted.language && !LANGUAGES.includes(wanted.language)) return null;
  const visitor = (navigator.languages ?? []).concat(navigator.language ?? []);
  const language = wanted.language ?? visitor
    .map((tag) => tag.trim().slice(0, 2).toLowerCase())
    .find((tag) => LANGUAGES.includes(tag)) ?? 'en';
  return { ...wanted, language };
}

/** Whether this device kept anything for the widget in `element` (answers, a language, a
 *  send, another layout): then its first screen is not the one rendered at build time. */
function kept(element, place) {
  try {
    const prefix = `client-fit.widget.${element.id || place}`;
    const layout = localStorage.getItem('client-fit-layout');
    if (layout !== null && layout !== 'one-question') return true;
    for (let i = 0; i < localStorage.length; i += 1) {
      if (localStorage.key(i)?.startsWith(prefix)) return true;
    }
    return false;
  } catch {
    // No storage: the widget will find nothing either.
    return false;
  }
}

/** The text colour that reads on an accent (`#rgb` or `#rrggbb`): the loader's copy of
 *  `client_fit_core::embed::accent_text`, for the first screen shown before the module runs.
 *  tests/e2e/first_screen.test.mjs checks that the two agree. */
function accentText(accent) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(accent)?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const linear = (i) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(0) + 0.7152 * linear(2) + 0.0722 * linear(4);
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#ffffff' : '#111111';
}

/** Shows the first screen rendered at build time (`crates/prerender`) in the page's first
 *  widget, so the first question is there before the wasm is: only for a built-in
 *  questionnaire, on a first visit, and only if the module has not mounted meanwhile. The
 *  module takes it over, keeping what was answered (`client_fit_web::first_screen`). */
async function showFirst(element, wanted) {
  const response = await fetch(new URL(`first/${wanted.id}.${wanted.language}.html`, base));
  if (!response.ok || element.shadowRoot) return;
  const html = await response.text();
  if (element.shadowRoot) return;
  if (['light', 'dark'].includes(wanted.theme) && !element.hasAttribute('data-theme')) {
    element.setAttribute('data-theme', wanted.theme);
  }
  const text = wanted.accent && accentText(wanted.accent);
  if (text) {
    element.style.setProperty('--cf-accent', wanted.accent);
    element.style.setProperty('--cf-accent-text', text);
  }
  const shadow = element.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const screen = document.createElement('div');
  screen.setAttribute('data-cf-first', 'shown');
  screen.hidden = true;
  // The file is the widget's own, from the widget's own folder: as trusted as its wasm.
  screen.innerHTML = html;
  link.onload = link.onerror = () => { screen.hidden = false; };
  // Buttons do nothing yet: the module presses them again, in order, once it runs
  // (`data-cf-clicks`, their places among the screen's buttons).
  screen.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (!button) return;
    const place = [...screen.querySelectorAll('button')].indexOf(button);
    const clicks = screen.getAttribute('data-cf-clicks');
    screen.setAttribute('data-cf-clicks', clicks ? `${clicks} ${place}` : String(place));
  });
  // A form on it must not submit the host's page.
  screen.addEventListener('submit', (event) => event.preventDefault());
  shadow.append(link, screen);
}

const wasm = fetch(new URL('client-fit.wasm', import.meta.url));
const glue = import('./client-fit-glue.js');
preload(stylesheet, 'style');
for (const [place, element] of [...document.querySelectorAll('[data-client-fit]')].entries()) {
  const wanted = firstQuestionnaire(element);
  if (!wanted) continue;
  preload(new URL(`questionnaires/${wanted.id}.${wanted.language}.json`, base).href, 'fetch');
  // The module speaks English of its own; another language's words are a file of their own.
  if (wanted.language !== 'en') preload(new URL(`ui/${wanted.language}.json`, base).href, 'fetch');
  // The first screen's element ids are the first widget's (crates/prerender).
  if (place === 0 && !kept(element, place)) {
    showFirst(element, wanted).catch(() => {});
  }
}

/** Resolves once the module is running; rejects (and says so in each widget) if it cannot. */
export const ready = glue.then(({ default: init }) => init({ module_or_path: wasm }));

/** Mounts a widget into `element` (once); without an element, into every one on the page. */
export async function mount(element) {
  const { mount: mountOne } = await glue;
  await ready;
  const elements = element ? [element] : document.querySelectorAll('[data-client-fit]');
  for (const each of elements) {
    if (mounted.has(each)) continue;
    mounted.add(each);
    mountOne(each, base);
  }
}

mount().catch((error) => {
  console.error('Client Fit could not start:', error);
  for (const each of document.querySelectorAll('[data-client-fit]')) {
    // A first screen shown from the HTML would look alive: it goes, for the message.
    const first = each.shadowRoot?.querySelector('[data-cf-first]');
    const box = first ?? each;
    box.textContent = 'Client Fit could not start in this browser.';
    box.setAttribute('role', 'alert');
    if (first) first.hidden = false;
  }
});
