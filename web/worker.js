// The career quiz's service worker (a go-app ServiceWorkerTemplate). Unlike go-app's stock
// worker it:
// - caches every page and file of the app when it installs, and fails the install (keeping
//   the previous version) unless all of them arrive;
// - fetches what it caches with cache: "no-cache", so an update never re-caches an old file
//   that an HTTP cache kept;
// - answers a navigation with the network's page when online, else the cached page, else the
//   cached start page, which boots the same app and routes on the address: any route loads
//   offline, even one never visited, also when the app lives on a sub-path;
// - keeps one cache per version and per scope, and deletes only its own older caches, so two
//   copies of the app on one site, or the site's own caches, are left alone;
// - never claims pages it does not control: go-app's page script takes a worker that
//   activates while the page has a controller for an update, so a claim on the first visit
//   would tell the student "A new version is ready". The first visit's page runs without the
//   worker (everything it needs is loaded); every later load, online or not, goes through it.
const version = "{{.Version}}";
const scope = new URL(self.registration.scope).pathname; // "/" or "/careers/quiz/"
const cachePrefix = `careerquiz ${scope} `;
const cacheName = cachePrefix + version;

// go-app names the start page "/careers/quiz" on a sub-path; it is cached as the scope,
// "/careers/quiz/", the address a browser (and a static host's redirect) uses.
const startPage = scope;
const resourcesToCache = [...new Set([startPage, ...{{.ResourcesToCache}}.map(
  (url) => (url === startPage.replace(/\/$/, "") ? startPage : url),
)])];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    try {
      await Promise.all(resourcesToCache.map(async (url) => {
        let res = await fetch(url, { cache: "no-cache" });
        if (res.status === 404 && isPage(url)) {
          // A static host that does not map /quiz to quiz.html: take the file itself.
          res = await fetch(url + ".html", { cache: "no-cache" });
        }
        if (!res.ok) {
          throw new Error(`caching ${url} failed: ${res.status}`);
        }
        await cache.put(url, res.redirected ? await unredirected(res) : res);
      }));
    } catch (err) {
      await caches.delete(cacheName);
      throw err;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter(ownOld).map((k) => caches.delete(k)));
  })());
});

// ownOld reports whether a cache is an older version of this app at this scope, or one of
// the unscoped caches earlier versions of this worker made.
function ownOld(key) {
  return key !== cacheName && (key.startsWith(cachePrefix) || /^careerquiz-[0-9a-f]+$/.test(key));
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(scope)) {
    return;
  }
  event.respondWith(req.mode === "navigate" ? navigate(req) : cachedFirst(req));
});

// isPage reports whether a URL to cache is one of the app's pages (no file extension), other
// than the start page.
function isPage(url) {
  const path = new URL(url, self.location.href).pathname;
  return path !== startPage && !/\.[a-z0-9]+$/i.test(path.split("/").pop());
}

// navigate serves a page: from the network when it answers, else from the cache, else the
// cached start page. A 404 is the app's own "Page not found", unless the page is cached:
// then it is a static host that does not map /quiz to quiz.html.
async function navigate(req) {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(req, { cache: "no-cache" });
    if (res.status === 404) {
      return await cache.match(req, { ignoreSearch: true, ignoreVary: true }) || res;
    }
    if (res.ok || res.type === "opaqueredirect") {
      return res;
    }
  } catch (err) {
    // offline: fall through to the cache
  }
  const page = await cache.match(req, { ignoreSearch: true, ignoreVary: true }) ||
    await cache.match(startPage, { ignoreVary: true });
  return page || new Response("You are offline and this page has not been saved yet.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

// cachedFirst serves the app's files from this version's cache, others from the network.
async function cachedFirst(req) {
  const cache = await caches.open(cacheName);
  return await cache.match(req, { ignoreVary: true }) || fetch(req);
}

// unredirected copies a response that followed a redirect: a browser refuses one for a
// navigation.
async function unredirected(res) {
  return new Response(await res.blob(), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}
