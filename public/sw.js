/*
 * Paper Digest's service worker: after one visit the site keeps working offline.
 * - At install it caches what offline-manifest.json lists (written by `npm run index`): the
 *   shell pages, styles and scripts, and Pagefind's core files and index (and its result
 *   fragments while they fit a budget).
 * - Pages (and Pagefind's entry file) are fetched from the network first and kept, so visited
 *   pages work offline too.
 * - Everything else (hashed assets, search index files) is served from the cache first.
 * A new build has a new manifest version: the new cache replaces the old one.
 */
const PREFIX = 'paper-digest-';
const RUNTIME = `${PREFIX}runtime`;
const scope = self.registration.scope;
/** The precache this worker filled at install: older ones are dropped when it activates. */
let installed;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const manifest = await (await fetch(new URL('offline-manifest.json', scope), { cache: 'no-cache' })).json();
    installed = `${PREFIX}${manifest.version}`;
    const cache = await caches.open(installed);
    await cache.addAll(manifest.files.map((file) => new URL(file, scope).href));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // No network needed here: activation may happen offline.
    if (installed) for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== RUNTIME && key !== installed) await caches.delete(key);
    await self.clients.claim();
  })());
});

async function remember(request, response) {
  if (response.ok && response.type === 'basic') await (await caches.open(RUNTIME)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    return await remember(request, await fetch(request));
  } catch {
    return (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match(new URL('404.html', scope).href)) ?? Response.error();
  }
}

async function cacheFirst(request) {
  return (await caches.match(request)) ?? remember(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const isPage = request.mode === 'navigate' || request.headers.get('accept')?.includes('text/html');
  // Pagefind asks for its entry file with a changing ?ts= to get the newest index: fresh when online.
  const isIndexEntry = new URL(request.url).pathname.endsWith('/pagefind/pagefind-entry.json');
  event.respondWith(isPage || isIndexEntry ? networkFirst(request) : cacheFirst(request));
});
