// The career quiz's service worker (a go-app ServiceWorkerTemplate). Unlike go-app's stock
// worker it:
// - caches, when it installs, every file of the app, the start page and the pages open in
//   the browser (the page the student came in on), and fails the install (keeping the
//   previous version) unless all of them arrive; every other page is cached the first time
//   it is fetched. The start page boots the same app as any page and routes on the address,
//   so every route works offline without its own copy: the install does not fetch all the
//   pages (some 200 KB, the size of the rest of the app but the wasm);
// - fetches what it caches with cache: "no-cache", so an update never re-caches an old file
//   that an HTTP cache kept;
// - answers a navigation from this version's cache first, without waiting for the network,
//   and revalidates in the background: it fetches the page again and, when the network's
//   copy differs (a new version was deployed), asks for the new worker at once. go-app's
//   page script then tells the student "A new version is ready", and the next load is the
//   new version. A page the cache does not hold comes from the network (and is cached; a 404
//   there is the app's own "Page not found"), else the cached start page: any route loads
//   offline, even one never visited, also when the app lives on a sub-path. On a static
//   host that does not map /quiz to quiz.html it takes quiz.html;
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

// pages are the app's pages (the resources without a file extension) but the start page,
// files the rest, with the start page.
const pages = new Set(resourcesToCache.filter(isPage));
const files = resourcesToCache.filter((url) => !pages.has(url));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    try {
      const open = (await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
        .map((c) => new URL(c.url).pathname).filter((p) => pages.has(p));
      await Promise.all([...new Set([...files, ...open])].map(async (url) => {
        const res = await fetchPage(url);
        if (!res.ok) {
          throw new Error(`caching ${url} failed: ${res.status}`);
        }
        await cache.put(url, res);
      }));
    } catch (err) {
      await caches.delete(cacheName);
      throw err;
    }
    await self.skipWaiting();
  })());
});

// fetchPage fetches one of the app's files or pages to cache, past any HTTP cache, from
// its .html file when a static host does not map the page's address to it.
async function fetchPage(url) {
  let res = await fetch(url, { cache: "no-cache" });
  if (res.status === 404 && pages.has(url)) {
    res = await fetch(url + ".html", { cache: "no-cache" });
  }
  return res.redirected ? await unredirected(res) : res;
}

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
  event.respondWith(req.mode === "navigate" ? navigate(event) : cachedFirst(req));
});

// isPage reports whether a URL to cache is one of the app's pages (no file extension), other
// than the start page.
function isPage(url) {
  const path = new URL(url, self.location.href).pathname;
  return path !== startPage && !/\.[a-z0-9]+$/i.test(path.split("/").pop());
}

// navigate serves a page from the cache, revalidated in the background (see revalidate),
// else from the network (one of the app's pages is then cached), else the cached start page.
async function navigate(event) {
  const req = event.request;
  const cache = await caches.open(cacheName);
  const cached = await cache.match(req, { ignoreSearch: true, ignoreVary: true });
  if (cached) {
    event.waitUntil(revalidate(req.url, cached.clone()));
    return cached;
  }
  const path = new URL(req.url).pathname;
  try {
    if (pages.has(path)) {
      const res = await fetchPage(path);
      if (res.ok) {
        event.waitUntil(cache.put(path, res.clone()));
        return res;
      }
    } else {
      const res = await fetch(req, { cache: "no-cache" });
      if (res.ok || res.status === 404 || res.type === "opaqueredirect") {
        return res;
      }
    }
  } catch (err) {
    // offline: fall through to the start page
  }
  return await cache.match(startPage, { ignoreVary: true }) ||
    new Response("You are offline and this page has not been saved yet.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
}

// revalidate fetches a page the cache served and, if the network's copy differs, checks for
// a new worker now. Every page is in the version (a digest of everything the server sends),
// so a page that changed is a new version: its worker installs its own copies, and this
// version's cache is left whole. A page the host does not answer (404, offline) is left to
// the next load.
async function revalidate(url, cached) {
  try {
    const res = await fetch(url, { cache: "no-cache" });
    if (res.ok && await res.text() !== await cached.text()) {
      await self.registration.update();
    }
  } catch (err) {
    // offline, or the update check failed: the browser checks again on the next load
  }
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
