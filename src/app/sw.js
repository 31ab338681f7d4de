/*
 * Paxoscope's offline worker: after the first visit the app (and the custom element, and the
 * example page) works without a network, from any sub-path of any host. The build writes
 * dist/sw.js from this file with PRECACHE filled in (the build's files, as paths relative to the
 * worker, and a version that changes whenever any of them does) and with the caching decisions
 * of src/app/swPolicy.ts inlined where the POLICY line is (scripts/build/serviceWorker.ts).
 *
 * Strategy. Install keeps the build's files in a cache named after its version. A hashed file
 * never changes under one name, so it comes from the cache first. A shell file (a page,
 * paxos-scope.js, the icon) keeps its name from build to build, so it comes from the network
 * first, and from the cache when the network is away or too slow: after a deploy the next visit
 * runs the new build. Nothing but the build's own files is ever kept, one entry each, and
 * nothing the server marks no-store or private. A new version installs beside the old one and
 * takes over once no tab runs the old one (no skipWaiting: an open tab never gets chunks from a
 * build it did not load); taking over deletes the old cache.
 */
const PRECACHE = { version: 'dev', hashed: [], shell: [] }; // PRECACHE: written by the build
// POLICY: the build inlines keyOf, routerOf and storable here.
/* global keyOf, routerOf, storable -- defined by the inlined policy */
const CACHE = `paxoscope-${PRECACHE.version}`;
/** How long a shell request waits for the network before the cached copy is used. */
const NETWORK_WAIT_MS = 3000;

const route = routerOf(PRECACHE, self.registration.scope);

/** Whether `response` may go into the cache, by the server's Cache-Control. */
const keepable = (response) =>
  storable({
    ok: response.ok,
    type: response.type,
    cacheControl: response.headers.get('Cache-Control'),
  });

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const paths = [...PRECACHE.hashed, ...PRECACHE.shell];
      await Promise.all(
        paths.map(async (path) => {
          const url = new URL(path, self.registration.scope).href;
          const response = await fetch(url, { cache: 'reload' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          if (keepable(response)) await cache.put(keyOf(url), response);
        }),
      );
    })(),
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
  if (new URL(request.url).origin !== self.location.origin) return;
  const decision = route(request);
  if (decision.strategy === 'network') return;
  event.respondWith(
    decision.strategy === 'cache-first'
      ? cacheFirst(request, decision.key)
      : networkFirst(request, decision.key),
  );
});

/**
 * Vary is ignored: servers such as vite preview answer `Vary: Origin`, and a module script's
 * request carries an Origin that the install's request did not, yet it is the same file.
 */
async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key, { ignoreVary: true });
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (keepable(response)) await cache.put(key, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), NETWORK_WAIT_MS)),
    ]);
    if (keepable(response)) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached !== undefined) return cached;
    throw error;
  }
}
