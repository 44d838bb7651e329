// Client Fit embed loader (format v1). A host page adds, where the widget goes:
//   <div data-client-fit data-questionnaire="intake"></div>
//   <script type="module" src="/client-fit/v1/client-fit.js"></script>
// It starts the WebAssembly module once and mounts a widget into every such element, each in
// its own shadow root. Widgets added to the page later are mounted with `mount(element)`.
//
// Everything the first question needs starts downloading here, side by side, rather than each
// file waiting for the one before: the glue script, the wasm module, the stylesheet and each
// widget's questionnaire file. A static import of the glue would hold the rest back until the
// glue had arrived.

const base = new URL('./', import.meta.url).href;
const mounted = new WeakSet();
const LANGUAGES = ['en', 'es', 'ro', 'da'];

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

/** The built-in questionnaire file a widget element will ask for first, if it is one: its
 *  `data-questionnaire` (the intake when none and no file of the host's own is given) in its
 *  `data-language` or the visitor's first language the widget speaks. A guess: a language
 *  picked in the widget on an earlier visit wins there, and costs one more request. */
function firstQuestionnaire(element) {
  const block = element.querySelector('script[type="application/json"]')?.textContent ?? '';
  if (/"questionnaire(_url)?"\s*:/.test(block)) return null;
  const id = (element.dataset.questionnaire ?? 'intake').trim().toLowerCase();
  const wanted = [element.dataset.language, ...(navigator.languages ?? [navigator.language])];
  const language = wanted
    .filter(Boolean)
    .map((tag) => tag.trim().slice(0, 2).toLowerCase())
    .find((tag) => LANGUAGES.includes(tag)) ?? 'en';
  return /^[a-z0-9_-]+$/.test(id) ? new URL(`questionnaires/${id}.${language}.json`, base).href : null;
}

const wasm = fetch(new URL('client-fit.wasm', import.meta.url));
const glue = import('./client-fit-glue.js');
preload(new URL('client-fit.css', import.meta.url).href, 'style');
for (const element of document.querySelectorAll('[data-client-fit]')) {
  const file = firstQuestionnaire(element);
  if (file) preload(file, 'fetch');
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
    each.textContent = 'Client Fit could not start in this browser.';
    each.setAttribute('role', 'alert');
  }
});
