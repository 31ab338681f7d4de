/*
 * Paxoscope's offline worker: after the first visit the app (and the custom element, and the
 * example page) works without a network, from any sub-path of any host. The build copies this
 * file to dist/sw.js with PRECACHE filled in: every file of the build, as paths relative to the
 * worker, and a version that changes whenever any file does (scripts/build/serviceWorker.ts).
 *
 * Strategy. Install caches the whole build in a cache named after its version. Built assets
 * never change under one name, so they come from the cache first. Pages come from the network
 * first, so an online visit always gets the latest HTML, and from the cache when the network is
 * away or too slow. A new version installs beside the old one and takes over once no tab runs
 * the old one (no skipWaiting: an open tab never gets chunks from a build it did not load);
 * taking over deletes the old cache.
 */
const PRECACHE = { version: 'dev', files: [] }; // PRECACHE: written by the build
const CACHE = `paxoscope-${PRECACHE.version}`;
/** How long a page request waits for the network before the cached page is used. */
const NETWORK_WAIT_MS = 3000;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(PRECACHE.files.map((path) => new Request(scoped(path), { cache: 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('paxoscope-') && key !== CACHE) await caches.delete(key);
      }
      // The first visit's page is controlled at once, so it works offline from then on.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});

/** A page's cache key: its address without the query (`?scenario=…` opens the same file). */
function pageKey(request) {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
}

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), NETWORK_WAIT_MS)),
    ]);
    if (response.ok) await cache.put(pageKey(request), response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(pageKey(request), { ignoreVary: true });
    if (cached !== undefined) return cached;
    throw error;
  }
}

/**
 * Vary is ignored: servers such as vite preview answer `Vary: Origin`, and a module script's
 * request carries an Origin that the install's request did not, yet it is the same file.
 */
async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
