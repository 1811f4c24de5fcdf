/*
 * Paper Digest's service worker: after one visit the site keeps working offline.
 * - At install it caches what offline-manifest.json lists (written by `npm run index`): the
 *   shell pages, styles and scripts, and the search index: its list of shards, Pagefind's script
 *   and every shard's index (and their result fragments while they fit a budget).
 * - Pages, the list of shards and each shard's entry file (they name the current build's index
 *   files) are fetched from the network first and kept, so visited pages work offline too.
 * - Everything else (hashed assets, search index files) is served from the cache first.
 * A new build has a new manifest version: the new cache replaces the old one.
 */
const PREFIX = 'paper-digest-';
const RUNTIME = `${PREFIX}runtime`;
const scope = self.registration.scope;
/** The precache this worker filled at install: older ones are dropped when it activates. */
let installed;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifest = await (await fetch(new URL('offline-manifest.json', scope), { cache: 'no-cache' })).json();
      installed = `${PREFIX}${manifest.version}`;
      const cache = await caches.open(installed);
      await cache.addAll(manifest.files.map((file) => new URL(file, scope).href));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new build: drop older precaches and the pages kept from the old build (they link to
      // assets and index files that are gone). No network needed here: it may happen offline.
      // (If this worker was restarted since its install, it does not know its precache: keep all.)
      if (installed)
        for (const key of await caches.keys())
          if (key.startsWith(PREFIX) && key !== installed) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a response, under `key` (default: the request itself). */
async function remember(request, response, key = request) {
  if (response.ok && response.type === 'basic') await (await caches.open(RUNTIME)).put(key, response.clone());
  return response;
}

/**
 * From the network, kept for offline use; offline, from the caches. `key` is what it is kept
 * under: a shard's entry file is asked for with a ?ts= cache tag, kept once without it.
 */
async function networkFirst(request, key = request) {
  try {
    return await remember(request, await fetch(request), key);
  } catch {
    return (
      (await caches.match(key)) ??
      (await caches.match(request, { ignoreSearch: true })) ??
      (isPage(request) ? await offlinePage() : undefined) ??
      Response.error()
    );
  }
}

/** Offline, a page never visited: the 404 page, marked so that it says the reader is offline. */
async function offlinePage() {
  const notFound = await caches.match(new URL('404.html', scope).href);
  if (!notFound) return undefined;
  const html = (await notFound.text())
    .replace(/<html\b/, '<html data-offline')
    .replace(/<title>[^<·]*/, '<title>You are offline ');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const isPage = (request) => request.mode === 'navigate' || request.headers.get('accept')?.includes('text/html');

async function cacheFirst(request) {
  return (await caches.match(request)) ?? remember(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const url = new URL(request.url);
  if (url.pathname.endsWith('/pagefind-entry.json') || url.pathname.endsWith('/pagefind/shards.json'))
    event.respondWith(networkFirst(request, url.origin + url.pathname));
  else event.respondWith(isPage(request) ? networkFirst(request) : cacheFirst(request));
});
