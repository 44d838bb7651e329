// The app page's side in JavaScript: starts fetching the questionnaires the first screen needs
// while the wasm is still on its way; registers the service worker, asks the browser to keep
// the device storage, and offers to reload when a new version is ready. Only the app's own page
// loads this file; a host page that embeds the widget never gets a service worker from us.

// The built-in questionnaires and languages (client_fit_core::builtin::IDS, text::LANGUAGES).
const BUILT_IN = ['screen', 'checkup', 'intake'];
const LANGUAGES = ['en', 'es', 'ro', 'da'];

/** Asks for the questionnaire files the app will fetch for its first screen, now, side by side
 *  with the wasm rather than after it: those a `?questionnaire=` address begins, or all three
 *  for the start page, in the language the app will pick (the one saved on this device, or the
 *  visitor's first the app speaks). A guess: a wrong one costs only the request. */
function preloadQuestionnaires() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem('client-fit') ?? 'null')?.language;
  } catch {
    // Unreadable storage: the app says so itself; the guess goes on without it.
  }
  const visitor = (navigator.languages ?? []).concat(navigator.language ?? [])
    .map((tag) => tag.trim().slice(0, 2).toLowerCase());
  const language = [saved, ...visitor].find((tag) => LANGUAGES.includes(tag)) ?? 'en';
  const begin = new URLSearchParams(location.search).get('questionnaire');
  const ids = BUILT_IN.includes(begin) ? [begin] : BUILT_IN;
  for (const id of ids) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // The app's fetch() is a CORS-mode request: the preload must be one too to be used.
    link.crossOrigin = 'anonymous';
    link.href = `questionnaires/${id}.${language}.json`;
    document.head.append(link);
  }
}
preloadQuestionnaires();
const WORDS = {
  en: ['A new version of Client Fit is ready.', 'Reload'],
  es: ['Hay una nueva versión de Client Fit.', 'Recargar'],
  ro: ['O versiune nouă de Client Fit este gata.', 'Reîncarcă'],
  da: ['En ny version af Client Fit er klar.', 'Genindlæs'],
};

function offerReload(waiting) {
  if (document.querySelector('.cf-update')) return;
  const language = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2)).find((l) => WORDS[l]) ?? 'en';
  const [text, label] = WORDS[language];
  const bar = document.createElement('div');
  bar.className = 'cf-update';
  bar.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cf-button cf-button-primary';
  button.textContent = label;
  // Answers are saved as they are given, so reloading loses nothing in progress.
  button.addEventListener('click', () => {
    window.__clientFitReload = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  bar.append(message, button);
  document.body.prepend(bar);
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes control quietly; the page reloads only when the person asked.
    if (!window.__clientFitReload) return;
    window.__clientFitReload = false;
    location.reload();
  });
  // Registered once the app is up and the browser is idle: installing the worker downloads
  // every file again to keep, which must not compete with the first paint.
  const register = () => navigator.serviceWorker.register('sw.js').then((registration) => {
    const watch = (worker) => worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerReload(worker);
    });
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  }).catch((error) => console.warn('Client Fit works online only here:', error));
  const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 0));
  // Trunk's loader sets wasmBindings just before it announces the start.
  if (window.wasmBindings) whenIdle();
  else addEventListener('TrunkApplicationStarted', whenIdle, { once: true });
}

// Ask the browser not to clear saved assessments under storage pressure; its answer changes nothing.
navigator.storage?.persist?.().catch(() => {});
