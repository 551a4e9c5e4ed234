// Test harness: starts the real server and a real Chromium, and records every request the
// page makes so that a test fails on any request to a host other than the app's own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const bin = process.env.CAREERQUIZ_BIN;
const web = process.env.CAREERQUIZ_WEB;

/** chromiumPath finds Chromium: $CHROMIUM, then Debian's paths. */
export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error("Chromium not found: install Debian's chromium package or set CHROMIUM");
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** startServer runs `careerquiz serve` on the web folder under test, on a free port, and waits until it answers. */
export async function startServer(extraArgs = []) {
  if (!web) throw new Error('CAREERQUIZ_BIN and CAREERQUIZ_WEB must be set (make browser-test sets them)');
  return serveWeb(web, 0, extraArgs);
}

/** launch starts headless Chromium with the flags this machine's closed network needs. */
export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'careerquiz-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(30000);
  const foreign = [];
  return {
    context,
    foreign,
    /** watch records requests from pages of this context to any host other than origin's. */
    watch(origin) {
      const host = new URL(origin).host;
      context.on('request', (req) => {
        const u = new URL(req.url());
        if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
        if (u.host !== host) foreign.push(req.url());
      });
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** open loads path and waits until the wasm app has rendered its main landmark. */
export async function open(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.getByRole('main').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => !document.getElementById('app-wasm-loader') ||
    getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none', null, { timeout: 60000 });
}

/**
 * roleTextShown waits until the role page in the browser shows its whole text: the app has
 * fetched the role's long text (web/roles/ID.json; it marks "careerquiz:role-text") and no
 * loading or failure notice is left.
 */
export async function roleTextShown(page) {
  await page.waitForFunction(() => performance.getEntriesByName('careerquiz:role-text').length > 0 &&
    !document.querySelector('.role-text'), null, { timeout: 60000 });
}

/** tabTo presses Tab until the element found by role and name has the keyboard focus. */
export async function tabTo(page, role, name, max = 40) {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${role} "${name}" never got the focus after ${max} Tabs`);
}

// ---------------------------------------------------------------------------------------
// Offline, update and static-site helpers.

/** workerResources returns the list of URLs the app's service worker at workerURL caches. */
export async function workerResources(workerURL) {
  const res = await fetch(workerURL);
  if (!res.ok) throw new Error(`${workerURL}: ${res.status}`);
  // go-app writes the list into the worker as a JSON array of strings: the first one there.
  const m = (await res.text()).match(/\[\s*"(?:[^"\\]|\\.)*"(?:\s*,\s*"(?:[^"\\]|\\.)*")*\s*\]/);
  if (!m) throw new Error(`${workerURL} lists no resources to cache`);
  return JSON.parse(m[0]);
}

/** pagePaths keeps the pages of a list of cached URLs: the paths without a file extension. */
export function pagePaths(resources) {
  return resources.filter((u) => !/\.[a-z0-9]+$/i.test(u.split('/').pop()));
}

/** prerenderedHeading fetches a page and returns the text of its first h1 as the server wrote it. */
export async function prerenderedHeading(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const m = (await res.text()).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/);
  if (!m) throw new Error(`${url} has no h1`);
  return m[1].replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
}

/**
 * waitForOfflineReady waits until the page's service worker is activated and returns the name
 * of its cache, which must hold every URL of resources the worker installs: every file, the
 * start page (the scope) and the page open; the other pages are cached when first fetched.
 */
export async function waitForOfflineReady(page, resources, timeout = 120000) {
  return page.evaluate(async ([resources, timeout]) => {
    const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker activated')), timeout));
    const reg = await Promise.race([navigator.serviceWorker.ready, timer]);
    const sw = reg.active;
    if (sw.state !== 'activated') {
      await Promise.race([timer, new Promise((resolve) => sw.addEventListener('statechange', () => {
        if (sw.state === 'activated') resolve();
      }))]);
    }
    const root = new URL(reg.scope).pathname.replace(/\/$/, '');
    const want = resources
      .filter((u) => /\.[a-z0-9]+$/i.test(u.split('/').pop()) || u === root || u === root + '/' || u === location.pathname)
      .map((u) => new URL(u, location.href).href);
    const missing = {};
    for (const name of await caches.keys()) {
      const have = new Set((await (await caches.open(name)).keys()).map((r) => r.url));
      missing[name] = want.filter((u) => !have.has(u) && !have.has(u + '/'));
      if (missing[name].length === 0) return name;
    }
    throw new Error(`no cache holds every resource: ${JSON.stringify(missing)}`);
  }, [resources, timeout]);
}

/** heading1 returns the trimmed text of the page's h1 once the wasm app has rendered. */
export async function heading1(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  return (await h1.first().innerText()).trim();
}

/** stageHeading is the heading of the question about where the student is now, which comes first. */
export const stageHeading = 'About you';

/** defaultStage is the answer the helpers give to the stage question when a test names none. */
export const defaultStage = 'At university or college';

/**
 * answerStage answers the stage question on screen ("Where are you now?") with the radio
 * labelled stage, or skips it when stage is null, and waits for the first agree question.
 */
export async function answerStage(page, stage = defaultStage) {
  await page.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() === h, stageHeading);
  const group = page.getByRole('group', { name: 'Where are you now?' });
  if (stage === null) {
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
  } else {
    await group.getByRole('radio', { name: stage, exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() !== h, stageHeading);
}

/**
 * answerQuestion answers the question on screen, which must be "Question n", and goes on. For
 * Question 1 it first answers the stage question with defaultStage if that is on screen.
 */
export async function answerQuestion(page, n, answer = 'Agree') {
  if (n === 1) {
    await page.waitForFunction((h) => ['Question 1', h].includes(document.querySelector('h1')?.innerText.trim()), stageHeading);
    if (await heading1(page) === stageHeading) await answerStage(page);
  }
  await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() === `Question ${n}`, n);
  await page.getByRole('group').getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
}

/**
 * completeQuiz answers every question from the one on screen (Question `from`, or the stage
 * question before the first) until the quiz stops, goes past the skills step if there is one,
 * and waits for "Your results".
 */
export async function completeQuiz(page, from = 1) {
  const answers = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];
  if (await heading1(page) === stageHeading) await answerStage(page);
  for (let n = from; n <= 80; n++) {
    const text = await heading1(page);
    if (text !== `Question ${n}`) break;
    await answerQuestion(page, n, answers[(n * 3) % 5]);
  }
  const more = page.getByRole('link', { name: 'See my results' });
  if (await heading1(page) !== 'Your results' && await more.count() > 0) await more.click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
}

/**
 * serveWeb runs `careerquiz serve` with the web folder webDir on port (a free one if 0), with
 * extraArgs after the others, and waits until it answers; stop() resolves once the server has
 * exited and freed the port.
 */
export async function serveWeb(webDir, port = 0, extraArgs = []) {
  if (!bin) throw new Error('CAREERQUIZ_BIN must be set (make browser-test sets it)');
  port ||= await freePort();
  const addr = `127.0.0.1:${port}`;
  const proc = spawn(bin, ['serve', '--addr', addr, '--web', webDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    await exited;
  };
  const origin = `http://${addr}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(origin + '/');
      if (res.ok) return { origin, port, stop, output: () => output };
    } catch { /* not up yet */ }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the server did not start: ${output}`);
}

/** copyWebDir copies the web folder under test to a new temporary folder, keeping file times. */
export function copyWebDir() {
  if (!web) throw new Error('CAREERQUIZ_WEB must be set (make browser-test sets it)');
  const dir = mkdtempSync(join(tmpdir(), 'careerquiz-web-'));
  cpSync(web, dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

/** runBin runs the careerquiz command with args and resolves with its output, or rejects. */
export async function runBin(args) {
  if (!bin) throw new Error('CAREERQUIZ_BIN must be set (make browser-test sets it)');
  return new Promise((resolve, reject) => {
    const proc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout.on('data', (d) => { output += d; });
    proc.stderr.on('data', (d) => { output += d; });
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`careerquiz ${args.join(' ')}: exit ${code}: ${output}`))));
  });
}

/** appReady waits until the page now loading has rendered its main landmark and the wasm loader is gone. */
export async function appReady(page) {
  await page.getByRole('main').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => !document.getElementById('app-wasm-loader') ||
    getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none', null, { timeout: 60000 });
}

/**
 * useApp starts a server and a browser before the file's tests and stops them after; the
 * returned object's server and browser are set once the tests run. Every test file shares it.
 */
export function useApp(hooks) {
  const app = { server: null, browser: null };
  hooks.before(async () => {
    app.server = await startServer();
    app.browser = await launch();
    app.browser.watch(app.server.origin);
  });
  hooks.after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/** heading waits until the page's h1 matches re and returns its text. */
export async function heading(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('h1')?.innerText.trim() ?? ''), re.source);
  return (await page.locator('h1').innerText()).trim();
}

/**
 * answerQuestions answers up to max questions, choosing for question n the radio named
 * choose(n), and stops at the skills step. The stage question, if it comes first, is answered
 * with stage (null skips it). It returns how many agree questions it answered.
 */
export async function answerQuestions(page, choose, max = 100, stage = defaultStage) {
  if (await heading(page, /^(About you|Question \d+|Skills you already have)$/) === stageHeading) {
    await answerStage(page, stage);
  }
  for (let n = 1; n <= max; n++) {
    const text = await heading(page, /^(Question \d+|Skills you already have)$/);
    if (text === 'Skills you already have') return n - 1;
    await answerQuestion(page, n, choose(n));
  }
  return max;
}

/**
 * compareAll opens "Compare all roles" on the results page, if it is closed, and returns the
 * list items of every role, best first: each has a level-3 heading, the role's title, and its
 * figure as "NN%".
 */
export async function compareAll(page) {
  const summary = page.locator('summary', { hasText: /^Compare all roles/ });
  await summary.waitFor();
  if (await summary.evaluate((s) => !s.parentElement.open)) await summary.click();
  const list = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) })
    .filter({ hasText: /\d+%/ }).last();
  await list.waitFor();
  return list.getByRole('listitem');
}

/**
 * holdWasm puts a proxy in front of origin that holds every request for app.wasm until
 * release() is called: the page's HTML and scripts arrive, the WebAssembly does not, as on a
 * slow link. It works in every engine (no request interception needed); use a fresh profile,
 * whose page has no service worker to answer from its cache.
 */
export async function holdWasm(origin) {
  const http = await import('node:http');
  let release;
  const gate = new Promise((r) => { release = r; });
  const target = new URL(origin);
  const proxy = http.createServer(async (req, res) => {
    if (req.url.split('?')[0].endsWith('/app.wasm')) await gate;
    const up = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  const port = await freePort();
  await new Promise((r) => proxy.listen(port, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    stop: () => { release(); proxy.closeAllConnections?.(); return new Promise((r) => proxy.close(r)); },
  };
}
