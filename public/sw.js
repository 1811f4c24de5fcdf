/*
 * Paper Digest's service worker: after one visit the site keeps working offline.
 * - At install it caches what offline-manifest.json lists (written by `npm run index`): the
 *   shell pages, styles and scripts, and the search index: its list of shards, Pagefind's script
 *   and every shard's index (and their result fragments while they fit a budget).
 * - Files whose names carry their content's hash (built assets, search index files) are served
 *   from the cache first; everything else (pages, styles and scripts of fixed names, the list of
 *   shards) from the network first and kept, so visited pages work offline too, and on a
 *   connection that stalls.
 * A new build writes its manifest's version below (src/lib/search/offline-files.ts): the changed
 * script is installed again, and its cache replaces the old ones.
 */
const VERSION = 'unbuilt';
const PREFIX = 'paper-digest-';
const RUNTIME = `${PREFIX}runtime`;
const PRECACHE = `${PREFIX}${VERSION}`;
const scope = self.registration.scope;
/**
 * Cache lookups ignore Vary: a host that sends `Vary: Origin` (as `astro preview` and many CORS
 * setups do) would otherwise miss the files cached at install, which were asked for without the
 * Origin header a module script is asked for with. The site's files do not vary by request.
 */
const LOOKUP = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifest = await (await fetch(new URL('offline-manifest.json', scope), { cache: 'no-cache' })).json();
      const cache = await caches.open(PRECACHE);
      // Files of fixed names past the browser's HTTP cache, which may still hold the last build's.
      const request = (url) => new Request(url, isHashed(url) ? {} : { cache: 'no-cache' });
      await cache.addAll(manifest.files.map((file) => request(new URL(file, scope))));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new build: drop older precaches and the pages kept from the old build (they link to
      // assets and index files that are gone). No network needed here: it may happen offline.
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== PRECACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a response (read whole: give it a copy), under `key`. */
async function keep(key, response) {
  if (response.ok && response.type === 'basic') await (await caches.open(RUNTIME)).put(key, response);
}

/** How long a page kept from a visit waits for a network that does not answer (a stalled connection). */
const NETWORK_WAIT = 4000;

/**
 * From the network, kept for offline use; offline, or when the network has not answered a
 * request with a kept copy within NETWORK_WAIT, from the caches (the late answer is still kept).
 * `key` is what it is kept under: its URL without the query (a shard's entry file is asked for
 * with a ?ts= cache tag, the search page with the search), so that a file is kept once.
 */
async function networkFirst(event, request, key = request) {
  const network = fetch(request);
  // Kept beside the page, not before it: a slow download or a full cache never holds it up.
  event.waitUntil(network.then((response) => keep(key, response.clone())).catch(() => undefined));
  const kept = () =>
    caches.match(key, LOOKUP).then((found) => found ?? caches.match(request, { ...LOOKUP, ignoreSearch: true }));
  let timer;
  const stalled = new Promise((resolve) => {
    timer = setTimeout(async () => resolve(await kept()), NETWORK_WAIT);
  });
  try {
    // A stalled network with nothing kept: wait on for its answer.
    return await Promise.race([network, stalled.then((found) => found ?? network)]);
  } catch {
    return (await kept()) ?? (isPage(request) ? await offlinePage() : undefined) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

/** Offline, a page never visited: the 404 page, marked so that it says the reader is offline. */
async function offlinePage() {
  const notFound = await caches.match(new URL('404.html', scope).href, LOOKUP);
  if (!notFound) return undefined;
  const html = (await notFound.text())
    .replace(/<html\b/, '<html data-offline')
    .replace(/<title>[^<·]*/, '<title>You are offline ');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const isPage = (request) => request.mode === 'navigate' || request.headers.get('accept')?.includes('text/html');

async function cacheFirst(event, request) {
  const found = await caches.match(request, LOOKUP);
  if (found) return found;
  const response = await fetch(request);
  event.waitUntil(keep(request, response.clone()).catch(() => undefined));
  return response;
}

/** Built assets and Pagefind's index files: a new content is a new name. */
const isHashed = (url) =>
  url.pathname.includes('/_astro/') || /\.pf_(?:meta|index|filter|fragment)$/.test(url.pathname);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const url = new URL(request.url);
  if (isHashed(url)) event.respondWith(cacheFirst(event, request));
  else event.respondWith(networkFirst(event, request, url.origin + url.pathname));
});
