// skillscope's service worker: the bundle is cached on the first visit and served from
// the cache afterwards, so the app opens with no network. A new deployment installs
// beside the old one, takes over at once (skipWaiting) and serves from the next load;
// the page then says it was updated (web/boot.js). tools/assemble_bundle.py fills in
// the build and the file list, which leaves out the font pieces and the languages' words
// (kept when first used).
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = 'skillscope-' + BUILD;

// A new deployment also fetches the languages' words the old one had kept (lang/*.json,
// kept when first used): a person reading in German stays in German offline after an update.
function keptLanguages() {
  return caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('skillscope-') && k !== CACHE)
    .map((k) => caches.open(k).then((old) => old.keys()))))
    .then((lists) => [...new Set([].concat(...lists).map((r) => new URL(r.url).pathname)
      .filter((path) => /\/lang\/[a-z-]+\.json$/.test(path)))]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES).then(() => keptLanguages())
      .then((languages) => Promise.all(languages.map((path) => cache.add(path).catch(() => {})))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skillscope-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only this origin's files; the page never asks for anything else (see its CSP).
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request).then((response) => {
        // Font pieces (fonts/pieces.json, fonts/pieces/*) are fetched only when text needs
        // them: keep each one, so text drawn once is drawn offline too.
        // The same for a language's catalogue (lang/*.json): fetched when chosen.
        if (response.ok && (url.pathname.includes('/fonts/pieces') || url.pathname.includes('/lang/'))) {
          cache.put(event.request, response.clone());
        }
        return response;
      }))));
});
