// The career quiz's service worker (a go-app ServiceWorkerTemplate). Unlike go-app's stock
// worker it:
// - fetches what it caches with cache: "no-cache", so an update never re-caches an old file
//   that an HTTP cache kept;
// - answers a navigation to any route of the app, even one never visited and on a sub-path,
//   with the network's page when online and the cached page (or the cached start page, which
//   loads the same app) when offline;
// - keeps one cache per version and deletes the others once the new version is active.
const cacheName = "careerquiz-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await Promise.all(resourcesToCache.map(async (url) => {
      const res = await fetch(new Request(url, { cache: "no-cache" }));
      if (!res.ok) {
        throw new Error(`caching ${url} failed: ${res.status}`);
      }
      await cache.put(url, res);
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) {
    return;
  }
  if (req.mode === "navigate") {
    event.respondWith(navigate(req));
    return;
  }
  event.respondWith(fromCacheFirst(req));
});

// navigate serves a page: from the network when it answers, else from the cache, else the
// cached start page, which boots the same app and routes on the address.
async function navigate(req) {
  try {
    const res = await fetch(req, { cache: "no-cache" });
    if (res.ok) {
      return res;
    }
  } catch (err) {
    // offline: fall through to the cache
  }
  const cache = await caches.open(cacheName);
  const page = await cache.match(req, { ignoreSearch: true });
  if (page) {
    return page;
  }
  const start = await cache.match(self.registration.scope);
  return start || new Response("You are offline and this page has not been saved yet.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

// fromCacheFirst serves the app's files from this version's cache, then the network.
async function fromCacheFirst(req) {
  const cached = await caches.match(req, { cacheName });
  if (cached) {
    return cached;
  }
  return fetch(req, { cache: "no-cache" });
}
