// Offline: after one visit to the start page, every route of the app loads with the network
// gone, by a direct load of its address, including one the worker never cached (the cached
// start page boots the app, which routes on the address), a role page with its whole text, and
// a whole quiz completes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, open, workerResources, pagePaths, prerenderedHeading,
  waitForOfflineReady, heading1, completeQuiz, roleTextShown,
} from './harness.js';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
  browser.watch(server.origin);
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('after one visit every route loads offline and a quiz completes', async () => {
  const resources = await workerResources(server.origin + '/app-worker.js');
  for (const want of ['/', '/app.js', '/wasm_exec.js', '/app.css', '/manifest.webmanifest', '/web/app.wasm',
    '/web/app.css', '/web/icon-192.png', '/web/icon-512.png', '/web/icon-maskable.png', '/web/icon.svg',
    '/quiz', '/results', '/web/roles/data-scientist.json']) {
    assert.ok(resources.includes(want), `the worker does not cache ${want}: ${resources}`);
  }
  const pages = pagePaths(resources);
  const expected = new Map();
  for (const p of pages) expected.set(p, await prerenderedHeading(server.origin + p));

  const page = await browser.context.newPage();
  await open(page, server.origin, '/');
  const cacheName = await waitForOfflineReady(page, resources);

  // A route the cache does not hold, as when the app gained a page after the last visit:
  // the deepest one, taken out of the cache.
  const uncached = [...pages].sort((a, b) => b.split('/').length - a.split('/').length || b.length - a.length)[0];
  await page.evaluate(async ([name, url]) => (await caches.open(name)).delete(url), [cacheName, uncached]);
  assert.equal(await page.evaluate(async ([name, url]) => !!(await (await caches.open(name)).match(url)), [cacheName, uncached]), false,
    `${uncached} is not in the cache`);

  await browser.context.setOffline(true);
  server.stop(); // and no server either: nothing can come from the network

  for (const p of pages) {
    await open(page, server.origin, p);
    assert.equal(await heading1(page), expected.get(p), `the heading of ${p} offline`);
  }
  assert.ok(pages.includes(uncached));
  // A role page shows its whole text offline: the worker saved the file the page fetches.
  await open(page, server.origin, '/roles/data-scientist');
  await roleTextShown(page);
  await page.getByRole('heading', { level: 2, name: 'Responsibilities' }).waitFor();

  await open(page, server.origin, '/');
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await completeQuiz(page);
  assert.ok(await page.getByRole('list').getByRole('listitem').count() > 0, 'the results list roles');
  // The results are kept: a reload, still offline, shows them again.
  await open(page, server.origin, '/results');
  assert.equal(await heading1(page), 'Your results');
  await page.close();
  assert.deepEqual(browser.foreign, [], 'requests to other hosts');
});
