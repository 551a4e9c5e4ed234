// Update: a student part-way through the quiz comes back after a new version was deployed.
// The page tells them a new version is ready, Reload brings it in, their progress is kept,
// and what the browser runs afterwards is the new version's files, not the old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, open, appReady, serveWeb, copyWebDir, runBin, workerResources, waitForOfflineReady, heading1, answerQuestion,
} from './harness.js';

let dir, server, browser;
before(async () => {
  dir = copyWebDir();
  server = await serveWeb(dir);
  browser = await launch();
  browser.watch(server.origin);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** appVersion returns the version go-app's page script of the server at origin carries. */
async function appVersion(origin) {
  const js = await (await fetch(origin + '/app.js')).text();
  return JSON.parse(js.match(/const goappEnv = (\{.*\});/)[1]).GOAPP_VERSION;
}

/**
 * holdRegister makes the race go-app loses deterministic: navigator.serviceWorker.register()
 * resolves only once the new worker has taken over (or after 20 s), so go-app's
 * "updatefound" listener, attached after register() resolves, is always too late.
 */
function holdRegister() {
  const container = navigator.serviceWorker;
  if (!container?.controller) return; // a first visit: nothing to update
  const register = container.register.bind(container);
  const tookOver = new Promise((resolve) => {
    container.addEventListener('controllerchange', resolve, { once: true });
    setTimeout(resolve, 20000);
  });
  container.register = async (...args) => {
    const reg = await register(...args);
    await tookOver;
    return reg;
  };
}

test('a new version is announced, Reload brings it in and progress is kept', async () => {
  const oldVersion = await appVersion(server.origin);
  const page = await browser.context.newPage();
  await open(page, server.origin, '/');
  await waitForOfflineReady(page, await workerResources(server.origin + '/app-worker.js'));
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  assert.equal(await notice.count(), 0, 'a first visit is not an update');

  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerQuestion(page, 1, 'Agree');
  await answerQuestion(page, 2, 'Strongly disagree');
  assert.equal(await heading1(page), 'Question 3');
  assert.ok(await page.evaluate(() => localStorage.getItem('careerquiz.progress')), 'progress is saved');

  // Deploy a new version: a changed stylesheet, recompressed, served on the same address.
  await server.stop();
  appendFileSync(join(dir, 'app.css'), '\n/* update test */\n:root { --update-test: "new"; }\n');
  await runBin(['compress', dir]);
  server = await serveWeb(dir, server.port);
  const newVersion = await appVersion(server.origin);
  assert.notEqual(newVersion, oldVersion, 'the version changes with the stylesheet');

  // The update is found and installed before go-app listens for it.
  await page.addInitScript(holdRegister);
  await page.reload();
  await notice.waitFor({ timeout: 60000 });
  const reload = notice.getByRole('button', { name: 'Reload', exact: true });
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await appReady(page);
  assert.equal(await heading1(page), 'Question 3', 'the quiz continues where it was');

  // What runs is the new version: its page script, its stylesheet (applied and cached), and
  // only the new version's cache is left.
  assert.equal(await page.evaluate(() => goappGetenv('GOAPP_VERSION')), newVersion);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--update-test').trim()), '"new"');
  assert.match(await page.evaluate(async () => (await fetch('/web/app.css')).text()), /update test/);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `one cache is left: ${caches}`);
  assert.ok(caches[0].endsWith(newVersion), `the cache left is the new version's: ${caches[0]}`);

  await open(page, server.origin, '/');
  await page.getByRole('link', { name: 'Resume the quiz' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 3');
  assert.equal(await notice.count(), 0, 'no update is announced once it is in');
  await page.close();
  assert.deepEqual(browser.foreign, [], 'requests to other hosts');
});
