// Client Fit's service worker: after one visit the app works with no network at all.
// scripts/pwa.mjs writes dist/sw.js from this file at build time, filling in the version and
// the list of built files (their names carry hashes, so the list changes with every build,
// and so does this file: the browser then installs the new worker and the page offers to reload).
const VERSION = '__VERSION__';
const PRECACHE = __FILES__;
// The built-in questionnaires, one file per language: those in the visitor's language are
// precached with the app; another language's are kept the first time the app shows it. A
// visitor downloads one language's words, not four.
const CONTENT = __CONTENT__;
const LANGUAGES = ['en', 'es', 'ro', 'da'];
const CACHE = `client-fit-${VERSION}`;
// Questionnaire files fetched from elsewhere on the site (a custom one by address), kept
// after their first use.
const RUNTIME = 'client-fit-runtime';

/** The first of the visitor's languages the app speaks, as the app picks it; English if none. */
function languageInUse() {
  const tags = self.navigator.languages?.length ? self.navigator.languages : [self.navigator.language ?? 'en'];
  return tags.map((tag) => tag.slice(0, 2).toLowerCase()).find((l) => LANGUAGES.includes(l)) ?? 'en';
}

self.addEventListener('install', (event) => {
  const language = languageInUse();
  const content = CONTENT.filter((file) => file.endsWith(`.${language}.json`));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHE, ...content])));
});

self.addEventListener('activate', (event) => {
  // Stale versions go; the runtime cache of custom questionnaires stays.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the person chooses to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any address of the app (with ?questionnaire=… or a share link's #…) is the app's page.
    event.respondWith(caches.match('./', { cacheName: CACHE }).then((page) => page ?? fetch(request)));
    return;
  }
  const inScope = url.href.startsWith(self.registration.scope) ? url.href.slice(self.registration.scope.length) : null;
  const content = inScope !== null && CONTENT.includes(inScope.split(/[?#]/)[0]);
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((cached) => cached ?? (content ? keep(request) : fromNetwork(request))),
  );
});

/** A built-in questionnaire in another language, fetched and kept with this version's files. */
async function keep(request) {
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

/** The network first for anything not built in, then its last good copy when offline. */
async function fromNetwork(request) {
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(request, response.clone());
    return response;
  } catch (offline) {
    const kept = await runtime.match(request);
    if (kept) return kept;
    throw offline;
  }
}
