// The content security policy: every response carries it with nosniff and no-referrer; no
// page of the app, nor a whole quiz and what the results page offers, breaks it (no
// securitypolicyviolation event, no console error); frame-ancestors lets any page embed the
// app by default and only the listed ones when an office restricts it; a bad list is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  startServer, launch, open, workerResources, pagePaths, completeQuiz, runBin,
} from './harness.js';

const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

// Addresses of no page: the server answers them with the app's own page and status 404.
const missing = ['/no-such-page', '/roles/no-such-role'];

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

/**
 * watched opens a page that records every policy violation (from its first script on) and
 * every console error and uncaught exception, in problems.
 */
async function watched(context, problems) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = (window.__cspViolations ||= []);
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The address of a page that does not exist is answered 404 on purpose.
    if (/status of 404/.test(msg.text()) && missing.includes(new URL(msg.location().url).pathname)) return;
    problems.push(`console error on ${page.url()}: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught on ${page.url()}: ${err.message}`));
  return page;
}

async function violations(page) {
  return page.evaluate(() => window.__cspViolations || []);
}

test('every response carries the policy, nosniff and no-referrer', async () => {
  for (const p of ['/', '/quiz', '/roles', '/about', '/no-such-page', '/app.js', '/wasm_exec.js', '/app-worker.js',
    '/app.css', '/manifest.webmanifest', '/web/app.css', '/web/app.wasm', '/web/missing.png', '/robots.txt', '/ads.txt']) {
    for (const method of ['GET', 'POST']) {
      const res = await fetch(server.origin + p, { method });
      assert.equal(res.headers.get('content-security-policy'), policy + '*', `${method} ${p}`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${method} ${p}`);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${method} ${p}`);
      if (method === 'POST') {
        assert.equal(res.status, 405, `POST ${p}`);
        assert.equal(res.headers.get('allow'), 'GET, HEAD');
      }
    }
  }
});

test('no page breaks the policy, nor a whole quiz and the results page', async () => {
  const problems = [];
  const page = await watched(browser.context, problems);
  const pages = pagePaths(await workerResources(server.origin + '/app-worker.js'));
  assert.ok(pages.includes('/about') && pages.some((p) => p.startsWith('/roles/')), `pages: ${pages}`);
  for (const p of [...pages, ...missing]) {
    await open(page, server.origin, p);
    // A page is done once the wasm app has rendered it: its h1 is on screen.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.deepEqual(await violations(page), [], `policy violations on ${p}`);
  }
  // The quiz, the results and what they offer, after a reload so the worker serves the page.
  await open(page, server.origin, '/quiz');
  await completeQuiz(page);
  await page.getByRole('button', { name: 'Copy share link' }).click().catch(() => {});
  const details = page.locator('details summary');
  for (let i = 0; i < await details.count(); i++) await details.nth(i).click();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  assert.deepEqual(await violations(page), [], 'policy violations during the quiz');
  assert.deepEqual(problems, [], 'console errors');
  assert.deepEqual(browser.foreign, [], 'requests to other hosts');
});

/** hostPage serves, on its own origin, a page that embeds host.src in a frame. */
async function hostPage() {
  const host = { src: '' };
  const srv = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Careers office</title><h1>Careers office</h1>
<iframe src="${host.src}" title="Career quiz"
  sandbox="allow-scripts allow-same-origin allow-forms allow-downloads allow-popups"></iframe>`);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  host.origin = `http://127.0.0.1:${srv.address().port}`;
  host.stop = () => new Promise((r) => { srv.closeAllConnections(); srv.close(r); });
  return host;
}

/** framed loads host's page and reports whether its frame shows the app (not an error page). */
async function framed(host) {
  const page = await browser.context.newPage();
  try {
    await page.goto(host.origin + '/');
    // Chromium shows its error page in a refused frame; the app renders its h1.
    await page.locator('iframe').waitFor();
    const child = page.frames().find((f) => f !== page.mainFrame());
    for (let i = 0; i < 300; i++) {
      if (child.url().startsWith('chrome-error:')) return false;
      if (await child.locator('main h1').count().catch(() => 0) > 0) return true;
      await page.waitForTimeout(100);
    }
    throw new Error(`the frame neither showed the app nor an error: ${child.url()}`);
  } finally {
    await page.close();
  }
}

test('by default a page of another origin may embed the app', async () => {
  const host = await hostPage();
  host.src = server.origin + '/';
  try {
    assert.equal(await framed(host), true);
  } finally {
    await host.stop();
  }
});

test('frame-ancestors lets only the listed pages embed the app', async () => {
  const listed = await hostPage();
  const unlisted = await hostPage();
  const restricted = await startServer(['--frame-ancestors', `'self' ${listed.origin}`]);
  try {
    const res = await fetch(restricted.origin + '/');
    assert.equal(res.headers.get('content-security-policy'), `${policy}'self' ${listed.origin}`);
    listed.src = unlisted.src = restricted.origin + '/';
    assert.equal(await framed(listed), true, 'the listed host shows the app');
    assert.equal(await framed(unlisted), false, 'an unlisted host is refused');
  } finally {
    restricted.stop();
    await listed.stop();
    await unlisted.stop();
  }
});

test('a frame-ancestors list that is not one is refused with a message', async () => {
  for (const [bad, message] of [
    ['self', "write self in single quotes"],
    ['https://careers.example.edu; script-src *', 'is not *'],
    ["'none' https://careers.example.edu", "'none' cannot be listed with other sources"],
  ]) {
    await assert.rejects(runBin(['serve', '--addr', '127.0.0.1:0', '--frame-ancestors', bad]), (err) => {
      assert.match(err.message, /exit 1/);
      assert.ok(err.message.includes(message), err.message);
      return true;
    });
  }
});
