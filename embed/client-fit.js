// Client Fit embed loader (format v1). A host page adds, where the widget goes:
//   <div data-client-fit data-questionnaire="intake"></div>
//   <script type="module" src="/client-fit/v1/client-fit.js"></script>
// It starts the WebAssembly module once and mounts a widget into every such element, each in
// its own shadow root. Widgets added to the page later are mounted with `mount(element)`.
import init, { mount as mountOne } from './client-fit-glue.js';

const base = new URL('./', import.meta.url).href;
const mounted = new WeakSet();

/** Resolves once the module is running; rejects (and says so in each widget) if it cannot. */
export const ready = init({ module_or_path: new URL('client-fit.wasm', import.meta.url) });

/** Mounts a widget into `element` (once); without an element, into every one on the page. */
export async function mount(element) {
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
