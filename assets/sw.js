// Client Fit's service worker: after one visit the app works with no network at all.
// scripts/pwa.mjs writes dist/sw.js from this file at build time, filling in the version and
// the list of built files (their names carry hashes, so the list changes with every build,
// and so does this file: the browser then installs the new worker and the page offers to reload).
const VERSION = '__VERSION__';
const PRECACHE = __FILES__;
const CACHE = `client-fit-${VERSION}`;
// Questionnaire files fetched from elsewhere on the site (a custom one by address), kept
// after their first use.
const RUNTIME = 'client-fit-runtime';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((cached) => cached ?? fromNetwork(request)),
  );
});

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
