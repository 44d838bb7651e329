// The app page's offline side: registers the service worker, asks the browser to keep the
// device storage, and offers to reload when a new version is ready. Only the app's own page
// loads this file; a host page that embeds the widget never gets a service worker from us.
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
