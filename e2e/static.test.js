// The static site: `careerquiz static --base /careers/quiz/` (what `make static BASE=...`
// runs) builds a folder that a plain static host serves under a sub-path. The pages load
// only the app's own files under the prefix and link within it (links out aside), show what
// the app shows, the manifest is scoped to the sub-path, every compressible file has .br and
// .gz siblings, and the app works there: a whole quiz online, then every route and another
// quiz offline after that one visit. A second test deploys a new
// version to a host that lets browsers cache files for ten minutes, as GitHub Pages does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync, rmSync, cpSync, appendFileSync, createReadStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  launch, open, appReady, serveWeb, copyWebDir, runBin, workerResources, pagePaths, prerenderedHeading,
  waitForOfflineReady, heading1, answerQuestion, completeQuiz,
} from './harness.js';

const base = '/careers/quiz/';
const compressible = new Set(['.wasm', '.js', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.md', '.xml']);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

/** buildSite writes the static site of webDir for the sub-path to a new temporary folder. */
async function buildSite(webDir = process.env.CAREERQUIZ_WEB, out = mkdtempSync(join(tmpdir(), 'careerquiz-dist-'))) {
  await runBin(['static', '--out', out, '--base', base, '--web', webDir]);
  return out;
}

/** files lists the files below dir, as paths relative to it. */
function files(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile());
}

/**
 * staticHost serves dir under base as a typical static host does: a .br or .gz sibling when
 * the browser accepts it, index.html for a folder, the route's .html file for an address
 * without an extension, a redirect from the prefix without its slash, and nothing else (no
 * fallback page). It caches nothing itself but lets browsers cache for ten minutes. It
 * records every path asked for. With mapHTML false it serves only files by their own name,
 * as some hosts do; refuse lists addresses it answers 404 whatever it holds. Like Netlify, it
 * sends the headers the site's _headers file lists for every address under base. codings
 * records the coding each file was sent in, and the Accept-Encoding asked with.
 */
async function staticHost(dir, { mapHTML = true, refuse = [] } = {}) {
  const seen = [];
  const security = hostHeaders(dir);
  const log = [];
  const codings = [];
  const srv = createServer((req, res) => {
    const url = new URL(req.url, 'http://host');
    seen.push(url.pathname);
    res.on('finish', () => log.push(`${res.statusCode} ${req.method} ${url.pathname}`));
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!url.pathname.startsWith(base) || !['GET', 'HEAD'].includes(req.method) || refuse.includes(url.pathname)) {
      res.writeHead(404).end('not found');
      return;
    }
    let name = decodeURIComponent(url.pathname.slice(base.length));
    if (name === '' || name.endsWith('/')) name += 'index.html';
    let file = normalize(join(dir, name));
    if (relative(dir, file).startsWith('..')) {
      res.writeHead(404).end('not found');
      return;
    }
    const isFile = (f) => existsSync(f) && statSync(f).isFile();
    if (mapHTML && !isFile(file) && extname(file) === '' && isFile(file + '.html')) file += '.html';
    if (!isFile(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = {
      ...security,
      'Content-Type': types[extname(file)] || 'application/octet-stream',
      'Cache-Control': 'max-age=600',
      Vary: 'Accept-Encoding',
    };
    const accept = req.headers['accept-encoding'] || '';
    for (const [coding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${coding}\\b`).test(accept) && existsSync(file + ext)) {
        headers['Content-Encoding'] = coding;
        file += ext;
        break;
      }
    }
    codings.push({ path: url.pathname, coding: headers['Content-Encoding'] || 'identity', accept });
    headers['Content-Length'] = statSync(file).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${srv.address().port}`;
  return {
    origin,
    url: origin + base,
    seen,
    log,
    codings,
    stop: () => new Promise((resolve) => { srv.closeAllConnections(); srv.close(resolve); }),
  };
}

/** hostHeaders reads the headers the site's _headers file sets for base + '*'. */
function hostHeaders(dir) {
  const headers = {};
  let under = false;
  for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      under = line.trim() === base + '*';
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    if (under) headers[name] = value.join(':').trim();
  }
  assert.match(headers['Content-Security-Policy'] ?? '', /frame-ancestors/, '_headers sets the policy');
  return headers;
}

/**
 * rootHeadings returns the h1 of each page (a path under base) as the app served at the
 * root prerenders it: what the app shows at that route with no progress on the device.
 */
async function rootHeadings(pages) {
  const server = await serveWeb(process.env.CAREERQUIZ_WEB);
  try {
    const headings = new Map();
    for (const p of pages) headings.set(p, await prerenderedHeading(server.origin + '/' + p.slice(base.length)));
    return headings;
  } finally {
    await server.stop();
  }
}

test('the static site refers only to its own files under the prefix', async () => {
  const dist = await buildSite();
  try {
    const all = files(dist);
    for (const f of all) {
      if (!compressible.has(extname(f))) continue;
      const data = readFileSync(join(dist, f));
      assert.ok(existsSync(join(dist, f + '.br')) && existsSync(join(dist, f + '.gz')), `${f} has .br and .gz siblings`);
      assert.ok(brotliDecompressSync(readFileSync(join(dist, f + '.br'))).equals(data), `${f}.br is ${f}`);
      assert.ok(gunzipSync(readFileSync(join(dist, f + '.gz'))).equals(data), `${f}.gz is ${f}`);
    }
    for (const f of ['index.html', 'quiz.html', 'results.html', 'app.js', 'app-worker.js', 'wasm_exec.js', 'app.css',
      'manifest.webmanifest', 'web/app.wasm', 'web/app.css', 'web/icon.svg']) {
      assert.ok(all.includes(f), `the site has ${f}`);
    }
    assert.ok(!all.some((f) => f.endsWith('.go') || f === 'web/worker.js'), `no Go source nor worker template: ${all}`);

    // Pages: every address a browser loads, and every link within the app, is the site's
    // own, under the prefix. Links out (a role's sources) are plain https links that send no
    // referrer; nothing is loaded from another host.
    const pages = all.filter((f) => f.endsWith('.html'));
    assert.ok(pages.length >= 3);
    for (const f of pages) {
      const html = readFileSync(join(dist, f), 'utf8');
      for (const [tag, tagName, attrs] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
        for (const [, attr, value] of attrs.matchAll(/\s(href|src|action|srcset|poster|data)="([^"]*)"/g)) {
          if (value.startsWith('#')) continue;
          if (tagName === 'a' && /^https?:\/\//.test(value)) {
            assert.match(value, /^https:\/\//, `${f}: a link out over plain http: ${value}`);
            assert.match(tag, /\srel="[^"]*noreferrer/, `${f}: a link out that sends a referrer: ${tag}`);
            continue;
          }
          assert.ok(value === base.slice(0, -1) || value.startsWith(base), `${f}: ${attr}="${value}" is not under ${base}`);
          assert.ok(!value.startsWith(base + base.slice(1)), `${f}: ${attr}="${value}" has the prefix twice`);
          const target = value.slice(base.length).split('#')[0].split('?')[0];
          assert.ok(target === '' || existsSync(join(dist, target)) || existsSync(join(dist, target + '.html')),
            `${f}: ${attr}="${value}" is not in the site`);
        }
      }
    }

    // The manifest: scoped to the sub-path, with the project's icons under it.
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.scope, base);
    assert.equal(manifest.start_url, base);
    const icon = (pred) => manifest.icons.find(pred);
    const icons = {
      192: icon((i) => i.sizes === '192x192' && i.type === 'image/png' && !/maskable/.test(i.purpose)),
      512: icon((i) => i.sizes === '512x512' && i.type === 'image/png' && !/maskable/.test(i.purpose)),
      maskable: icon((i) => i.type === 'image/png' && /maskable/.test(i.purpose)),
      svg: icon((i) => i.type === 'image/svg+xml'),
    };
    for (const [name, i] of Object.entries(icons)) {
      assert.ok(i, `the manifest has the ${name} icon: ${JSON.stringify(manifest.icons)}`);
      assert.ok(i.src.startsWith(base + 'web/') && existsSync(join(dist, i.src.slice(base.length))), `${name} icon ${i.src}`);
    }

    // go-app's page script and worker: their addresses are under the prefix too.
    const appJS = readFileSync(join(dist, 'app.js'), 'utf8');
    assert.match(appJS, new RegExp(`register\\(\\s*"${base}app-worker.js"`));
    assert.match(appJS, new RegExp(`"${base}web/app.wasm"`));
    const worker = readFileSync(join(dist, 'app-worker.js'), 'utf8');
    const resources = JSON.parse(worker.match(/\[\s*"(?:[^"\\]|\\.)*"(?:\s*,\s*"(?:[^"\\]|\\.)*")*\s*\]/)[0]);
    for (const r of resources) assert.ok(r === base.slice(0, -1) || r.startsWith(base), `the worker caches ${r}`);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the prerendered pages under a sub-path show what the app shows', async () => {
  const dist = await buildSite();
  try {
    const pages = files(dist).filter((f) => f.endsWith('.html')).map((f) => base + (f === 'index.html' ? '' : f.slice(0, -5)));
    const want = await rootHeadings(pages);
    for (const p of pages) {
      const f = p === base ? 'index.html' : p.slice(base.length) + '.html';
      const html = readFileSync(join(dist, f), 'utf8');
      const got = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      assert.equal(got, want.get(p), `the heading of ${f}`);
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('under a sub-path on a static host a quiz completes, then every route and a quiz work offline', async () => {
  const dist = await buildSite();
  const host = await staticHost(dist);
  const browser = await launch();
  browser.watch(host.origin);
  try {
    const resources = await workerResources(host.url + 'app-worker.js');
    const pages = pagePaths(resources).map((p) => (p === base.slice(0, -1) ? base : p));
    const expected = await rootHeadings(pages);

    const page = await browser.context.newPage();
    await open(page, host.origin, base);
    const cacheName = await waitForOfflineReady(page, resources);
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    assert.equal(new URL(page.url()).pathname, base + 'quiz');
    await completeQuiz(page);
    assert.equal(new URL(page.url()).pathname, base + 'results');
    // Links rendered in the browser carry the prefix too.
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      // The site's own pages, fragments, downloads made in the browser, and links out.
      assert.ok(/^(#|data:|blob:|https:\/\/)/.test(href) || href.startsWith(base) || href === base.slice(0, -1), `a link to ${href.slice(0, 80)}`);
    }
    assert.deepEqual(host.seen.filter((p) => !p.startsWith(base)), [], 'requests outside the prefix');
    // Start over, so that every page shows what it shows on a new device.
    await open(page, host.origin, base);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, delete and start over' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'About you');

    // Offline, with the host gone: every route by a direct load, one of them not cached.
    const uncached = [...pages].sort((a, b) => b.split('/').length - a.split('/').length || b.length - a.length)[0];
    await page.evaluate(async ([name, url]) => (await caches.open(name)).delete(url), [cacheName, uncached]);
    assert.equal(await page.evaluate(async ([name, url]) => !!(await (await caches.open(name)).match(url)), [cacheName, uncached]), false);
    await browser.context.setOffline(true);
    await host.stop();
    for (const p of pages) {
      await open(page, host.origin, p);
      assert.equal(await heading1(page), expected.get(p), `the heading of ${p} offline`);
    }
    await open(page, host.origin, base);
    await page.getByRole('link', { name: /^(Start|Resume) the quiz$/ }).click();
    await completeQuiz(page);
    assert.deepEqual(browser.foreign, [], 'requests to other hosts');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a new version on a static host that lets browsers cache files is brought in whole', async () => {
  const web = copyWebDir();
  const dist = await buildSite(web);
  const host = await staticHost(dist);
  const browser = await launch();
  browser.watch(host.origin);
  try {
    const page = await browser.context.newPage();
    await open(page, host.origin, base);
    await waitForOfflineReady(page, await workerResources(host.url + 'app-worker.js'));
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    await answerQuestion(page, 1, 'Agree');
    await answerQuestion(page, 2, 'Disagree');

    // Deploy: the same folder, rebuilt from a changed stylesheet, while the host keeps serving.
    appendFileSync(join(web, 'app.css'), '\n/* update test */\n:root { --update-test: "new"; }\n');
    const next = await buildSite(web);
    rmSync(dist, { recursive: true, force: true });
    cpSync(next, dist, { recursive: true });
    rmSync(next, { recursive: true, force: true });

    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await notice.waitFor({ timeout: 60000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload', exact: true }).click()]);
    await appReady(page);
    assert.equal(await heading1(page), 'Question 3', 'the quiz continues where it was');
    // The browser's HTTP cache still holds the old stylesheet for ten minutes; the new
    // version's cache must not have taken it from there.
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--update-test').trim()), '"new"');
    assert.deepEqual(browser.foreign, [], 'requests to other hosts');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dist, { recursive: true, force: true });
    rmSync(web, { recursive: true, force: true });
  }
});

test('the worker installs the app compressed and without every page, then serves pages from its cache first and revalidates', async () => {
  const dist = await buildSite();
  const host = await staticHost(dist);
  const browser = await launch();
  browser.watch(host.origin);
  try {
    const resources = await workerResources(host.url + 'app-worker.js');
    const pages = new Set(pagePaths(resources).map((p) => (p === base.slice(0, -1) ? base : p)));
    // The student comes in on the quiz: the install takes the files, the start page and the
    // page open, not the other pages (the start page boots the app on any route offline).
    const page = await browser.context.newPage();
    const quiz = base + 'quiz';
    await open(page, host.origin, quiz);
    const cacheName = await waitForOfflineReady(page, resources);
    const cached = (url) => page.evaluate(async ([name, url]) => !!(await (await caches.open(name)).match(url)), [cacheName, url]);
    assert.ok(await cached(base) && await cached(quiz), 'the start page and the open page are cached');
    assert.deepEqual(host.seen.filter((p) => pages.has(p) && p !== base && p !== quiz), [], 'other pages the install fetched');
    // Everything the page and the install fetched came compressed: brotli where the request
    // asked for it (Chromium fetches the worker's own script asking for gzip only), from the
    // build's siblings.
    const fetched = host.codings.filter((c) => pages.has(c.path) || /\.(js|css|webmanifest|wasm)$/.test(c.path));
    assert.ok(fetched.length >= 8, `what was fetched: ${fetched.map((c) => c.path)}`);
    for (const c of fetched) {
      assert.equal(c.coding, /\bbr\b/.test(c.accept) ? 'br' : 'gzip', `${c.path} was sent as ${c.coding} (asked: ${c.accept})`);
    }

    // A page is cached the first time it is opened.
    const about = base + 'about';
    const expected = await prerenderedHeading(host.url + 'about');
    assert.equal(await cached(about), false);
    await open(page, host.origin, about);
    for (let i = 0; i < 50 && !(await cached(about)); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await cached(about), `${about} is cached once opened`);

    // The host now answers About with something else, as a new deploy would: the navigation
    // is still answered at once from the cache, and the worker asks the host in the
    // background.
    for (const f of ['about.html.br', 'about.html.gz']) rmSync(join(dist, f));
    writeFileSync(join(dist, 'about.html'), '<!doctype html><html lang="en"><title>x</title><main><h1>Changed on the host</h1></main></html>');
    const before = host.log.length;
    const res = await page.goto(host.origin + about);
    assert.ok(res.fromServiceWorker(), 'the page came from the worker');
    await page.getByRole('main').waitFor();
    assert.equal(await heading1(page), expected, 'the cached page is shown, not the host\'s new one');
    for (let i = 0; i < 100 && !host.log.slice(before).includes(`200 GET ${about}`); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(host.log.slice(before).includes(`200 GET ${about}`), `the worker revalidated ${about}: ${host.log.slice(before)}`);
    assert.deepEqual(browser.foreign, [], 'requests to other hosts');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});

test('on a host that does not map /quiz to quiz.html the worker installs and every route works offline', async () => {
  const dist = await buildSite();
  const host = await staticHost(dist, { mapHTML: false });
  const browser = await launch();
  browser.watch(host.origin);
  try {
    assert.equal((await fetch(host.url + 'quiz')).status, 404, 'the host does not map page addresses');
    for (const f of ['_headers', 'careerquiz.nginx.conf']) {
      assert.match(readFileSync(join(dist, f), 'utf8'), /Content-Security-Policy.*frame-ancestors \*/, `${f} carries the policy`);
    }
    const resources = await workerResources(host.url + 'app-worker.js');
    const pages = pagePaths(resources).map((p) => (p === base.slice(0, -1) ? base : p));
    const expected = await rootHeadings(pages);
    const page = await browser.context.newPage();
    await open(page, host.origin, base);
    await waitForOfflineReady(page, resources);
    // Once the worker is there, even a reload of an inner page works online.
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    await page.reload();
    assert.equal(await heading1(page), 'About you');
    assert.equal(await page.getByText('could not be saved for use without a connection').count(), 0);

    await browser.context.setOffline(true);
    await host.stop();
    for (const p of pages) {
      await open(page, host.origin, p);
      assert.equal(await heading1(page), expected.get(p), `the heading of ${p} offline`);
    }
    assert.deepEqual(browser.foreign, [], 'requests to other hosts');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});

test('where offline cannot be set up the page says so', async () => {
  const dist = await buildSite();
  // A host that lost one file of the site: the worker cannot cache the whole app.
  const host = await staticHost(dist, { refuse: [base + 'web/icon-512.png'] });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await open(page, host.origin, base);
    const notice = page.getByRole('status').filter({ hasText: 'This quiz could not be saved for use without a connection' });
    await notice.waitFor({ timeout: 120000 });
    assert.match(await notice.innerText(), /needs the internet each time you open it/);
    // The page still works online.
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    assert.equal(await heading1(page), 'About you');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});
