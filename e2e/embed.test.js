// The quiz on another site's page, as a careers office puts it there with README's snippets.
// Chromium is launched here and driven over CDP, not by Playwright's launch, which turns off
// the storage partitioning that real Chromium applies to a cross-site frame. The host pages
// are served on localhost and the quiz on 127.0.0.1: another origin and another site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, startServer, answerQuestions, heading, completeQuiz, open } from './harness.js';

const answers = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];
const memoryNotice = /progress will not be kept/;

/**
 * launchCDP starts headless Chromium with a fresh profile (prefs written into it first, if
 * any) and connects to it over CDP.
 */
async function launchCDP({ prefs = null, args = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'careerquiz-cdp-'));
  if (prefs) {
    mkdirSync(join(dir, 'Default'));
    writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  }
  const proc = spawn(chromiumPath(), ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--remote-debugging-port=0', `--user-data-dir=${dir}`, ...args, 'about:blank'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const portFile = join(dir, 'DevToolsActivePort');
  for (let i = 0; i < 300 && !existsSync(portFile) && proc.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!existsSync(portFile)) throw new Error('Chromium did not start');
  const [port] = readFileSync(portFile, 'utf8').split('\n');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return {
    browser,
    /** context returns a new browser context (its own storage), with a 30 s default timeout. */
    async context() {
      const ctx = await browser.newContext();
      ctx.setDefaultTimeout(30000);
      return ctx;
    },
    async close() {
      try {
        const s = await browser.newBrowserCDPSession();
        await s.send('Browser.close');
      } catch { proc.kill(); }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (proc.exitCode === null && proc.signalCode === null) { proc.kill(); await exited; }
      try { rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left in tmp */ }
    },
  };
}

/** readmeSnippets returns the loader tag and the plain frame of README's "Put the quiz on your site". */
function readmeSnippets() {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Put the quiz on your site'));
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 2, 'README shows the loader tag and the plain frame');
  return { loader: blocks[0], frame: blocks[1] };
}

// The host page's own script: it records every message it receives and every result event.
const recorder = `window.__messages = []; window.__events = [];
window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, type: e.data && e.data.type }));
document.addEventListener('careerquiz:result', (e) => window.__events.push({ target: e.target.tagName, detail: e.detail }));`;

/** startHost serves pages (path → body HTML) on 127.0.0.1, to be opened as localhost. */
async function startHost(pages) {
  const srv = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/record.js') {
      res.setHeader('Content-Type', 'text/javascript');
      return res.end(recorder);
    }
    if (!(path in pages)) { res.statusCode = 404; return res.end(); }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Careers service</title>
<script src="/record.js"></script></head><body><h1>Careers service</h1>${pages[path]}<p>After the quiz.</p></body></html>`);
  });
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  return { origin: `http://localhost:${srv.address().port}`, pages, stop: () => srv.close() };
}

let quiz, host, chrome, roles;
const snippets = readmeSnippets();
const at = (snippet) => snippet.replaceAll('https://careers.example.edu/quiz', quiz.origin);

before(async () => {
  quiz = await startServer();
  const { loader, frame } = snippets;
  // Four of the roles, by the ids of their documents (each file is named by its role's id).
  roles = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'roles'))
    .filter((f) => f.endsWith('.md')).sort().slice(0, 4).map((f) => f.replace(/\.md$/, ''));
  host = await startHost({
    '/loader': at(loader),
    '/loader-event': at(loader).replace(' async>', ` data-result-event="true" data-roles="${roles.join(',')}" async>`),
    '/frame': at(frame),
    '/frame-bare': at(frame).replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts allow-same-origin allow-forms"')
      .replace(/\s*allow="clipboard-write"/, ''),
    '/liar': `<iframe title="Career quiz" style="width:100%;height:40rem" src="${quiz.origin}/embed?host=${encodeURIComponent(quiz.origin)}&result-event=true"></iframe>`,
    '/options': at(loader).replace(/data-heading="[^"]*"/, 'data-heading="&lt;img src=x id=injected&gt; Careers"')
      .replace(' async>', ' data-accent="url(x)" data-results="sideways" data-colour="red" async>'),
  });
  chrome = await launchCDP();
});

after(async () => {
  await chrome?.close();
  host?.stop();
  quiz?.stop();
});

/** quizFrame opens a host page and returns the quiz's frame once its first question shows. */
async function quizFrame(page, path) {
  await page.goto(host.origin + path);
  let frame;
  for (let i = 0; i < 300 && !frame; i++) {
    frame = page.frames().find((f) => f.url().startsWith(quiz.origin + '/embed'));
    if (!frame) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(frame, `no quiz frame on ${path}`);
  await frame.getByRole('heading', { level: 1, name: 'About you' }).waitFor({ timeout: 60000 });
  return frame;
}

/**
 * fitted waits until the frame element is exactly as tall as the quiz's content and the quiz
 * has no scrollbar of its own, and returns the height.
 */
async function fitted(page, frame) {
  let last;
  for (let i = 0; i < 200; i++) {
    const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      view: document.documentElement.clientHeight,
    }));
    last = { outer, ...inner };
    if (Math.abs(outer - inner.content) <= 1 && inner.scroll <= inner.view + 1) return outer;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the frame does not fit its content: ${JSON.stringify(last)}`);
}

/** finish answers every question in the frame, checking the fit after each, and shows the result. */
async function finish(page, frame, heights = []) {
  heights.push(await fitted(page, frame));
  await answerQuestions(frame, (n) => answers[(n * 3) % 5]);
  heights.push(await fitted(page, frame));
  await frame.getByRole('button', { name: 'See my results', exact: true }).click();
  await heading(frame, /^Your top matches$/);
  heights.push(await fitted(page, frame));
  return heights;
}

/** topTitles returns the role titles of the frame's compact result, with their NN%. */
async function topMatches(frame) {
  const items = frame.getByRole('listitem').filter({ has: frame.getByRole('heading', { level: 2 }) });
  const out = [];
  for (let i = 0; i < await items.count(); i++) {
    const title = (await items.nth(i).getByRole('heading', { level: 2 }).innerText()).trim();
    // "under 1%" is a fit that rounds to 0, "over 99%" one that rounds to 100 (app/card.go).
    const m = (await items.nth(i).innerText()).match(/(under |over )?(\d{1,3})%/);
    assert.ok(m, `${title} shows no figure`);
    out.push({ title, fit: m[1] === 'under ' ? 0 : m[1] === 'over ' ? 100 : Number(m[2]) });
  }
  return out;
}

test('README\'s tag on another site\'s page embeds the quiz, whose frame follows its height through a whole quiz on a phone', async () => {
  const ctx = await chrome.context();
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const frame = await quizFrame(page, '/loader');
  const heights = [];
  heights.push(await fitted(page, frame));
  // Every question, not only the first and the last: the heights after each answer.
  for (let n = 0; n < 100; n++) {
    const h = await heading(frame, /^(About you|Question \d+|Skills you already have)$/);
    if (h === 'Skills you already have') break;
    if (h === 'About you') {
      await frame.getByRole('radio', { name: 'At university or college', exact: true }).check();
    } else {
      await frame.getByRole('group').getByRole('radio', { name: answers[(n * 3) % 5], exact: true }).check();
    }
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await frame.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() !== h, h);
    heights.push(await fitted(page, frame));
  }
  await frame.getByRole('button', { name: 'See my results', exact: true }).click();
  await heading(frame, /^Your top matches$/);
  const resultHeight = await fitted(page, frame);
  assert.ok(new Set([...heights, resultHeight]).size >= 3, `the frame kept one height: ${heights}`);
  assert.ok(resultHeight > Math.max(...heights.slice(0, 3)), 'the result is taller than a question');
  const top = await topMatches(frame);
  assert.ok(top.length === 3, `three top matches, got ${JSON.stringify(top)}`);
  assert.equal(await frame.getByRole('link', { name: 'Open the full quiz' }).getAttribute('target'), '_blank');
  // The host did not ask for the result: no offer, nothing sent but heights, from the quiz only.
  assert.equal(await frame.getByRole('button', { name: 'Share my top matches with this page' }).count(), 0);
  const got = await page.evaluate(() => ({ messages: window.__messages, events: window.__events }));
  assert.deepEqual(got.events, []);
  assert.ok(got.messages.length > 0);
  for (const m of got.messages) assert.deepEqual(m, { origin: quiz.origin, type: 'careerquiz:height' });
  assert.deepEqual(violations, [], 'the frame keeps to the policy');
  await ctx.close();
});

test('the result event reaches the host only when it asked and the student agreed, and names only the roles it chose', async () => {
  const ctx = await chrome.context();
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const frame = await quizFrame(page, '/loader-event');
  await finish(page, frame);
  const offer = frame.getByRole('button', { name: 'Share my top matches with this page', exact: true });
  await offer.waitFor();
  assert.match(await frame.getByRole('region', { name: 'Sharing' }).innerText(), new RegExp(new URL(host.origin).host));
  const before = await page.evaluate(() => ({ messages: window.__messages, events: window.__events }));
  assert.deepEqual(before.events, [], 'nothing before the student agreed');
  assert.ok(before.messages.every((m) => m.type === 'careerquiz:height'));
  const shown = await topMatches(frame);
  await offer.click();
  await page.waitForFunction(() => window.__events.length === 1);
  const got = await page.evaluate(() => ({ messages: window.__messages, events: window.__events }));
  const { target, detail } = got.events[0];
  assert.equal(target, 'IFRAME');
  assert.deepEqual(detail.roles.map((r) => ({ title: r.title, fit: r.fit })), shown);
  for (const r of detail.roles) assert.ok(roles.includes(r.id), `${r.id} is not one of the roles the host chose`);
  assert.ok(['low', 'medium', 'high'].includes(detail.confidence));
  assert.deepEqual(Object.keys(detail).sort(), ['confidence', 'roles']);
  for (const m of got.messages) assert.equal(m.origin, quiz.origin);
  assert.equal(got.messages.filter((m) => m.type === 'careerquiz:result').length, 1);
  await frame.getByText(/were shared with this page/).waitFor();
  await ctx.close();
});

test('a frame that names another page as its host posts nothing and offers no sharing', async () => {
  const ctx = await chrome.context();
  const page = await ctx.newPage();
  const frame = await quizFrame(page, '/liar');
  await frame.getByRole('radio', { name: 'At school', exact: true }).check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await heading(frame, /^Question 1$/);
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  assert.ok(!(await frame.evaluate(() => document.documentElement.classList.contains('sized'))));
  await ctx.close();
});

test('options are checked: markup in the heading stays text, invalid ones are ignored with a warning', async () => {
  const ctx = await chrome.context();
  const page = await ctx.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const frame = await quizFrame(page, '/options');
  await frame.getByText('<img src=x id=injected> Careers', { exact: true }).waitFor();
  assert.equal(await frame.locator('#injected').count(), 0);
  const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#1e40af', 'an invalid accent leaves the app\'s own');
  for (const what of ['data-colour', 'accent "url(x)"', 'results "sideways"']) {
    assert.ok(warnings.some((w) => w.includes(what)), `no warning about ${what}: ${warnings}`);
  }
  await ctx.close();
});

test('README\'s plain frame, sandboxed as documented, runs the quiz, copies the link and offers the full results', async () => {
  const ctx = await chrome.context();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: quiz.origin });
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const frame = await quizFrame(page, '/frame');
  await answerQuestions(frame, (n) => answers[(n * 2) % 5]);
  await frame.getByRole('button', { name: 'See my results', exact: true }).click();
  await heading(frame, /^Your top matches$/);
  assert.equal((await topMatches(frame)).length, 3);
  const link = await frame.getByRole('textbox', { name: 'Link to your results' }).inputValue();
  assert.ok(link.startsWith(quiz.origin + '/results#s='), link);
  await frame.getByRole('button', { name: 'Copy link', exact: true }).click();
  await frame.getByText(/The link is copied/).waitFor();
  const full = frame.getByRole('link', { name: 'See my full results' });
  assert.equal(await full.getAttribute('href'), link + '&own=1', 'the student\'s own link is marked as theirs; the one to share is not');
  const [tab] = await Promise.all([ctx.waitForEvent('page'), full.click()]);
  // The full app speaks to the student about their own answers, not as to someone they shared with.
  await tab.getByRole('heading', { level: 1, name: 'Your results' }).waitFor({ timeout: 60000 });
  await tab.getByText(/These are your results from the quiz on the page you came from/).waitFor();
  assert.equal(await tab.getByText(/someone shared with you/).count(), 0);
  await ctx.close();
});

test('in a frame that allows no copying, printing or downloading, each says so and offers the way round', async () => {
  const ctx = await chrome.context();
  const page = await ctx.newPage();
  const frame = await quizFrame(page, '/frame-bare');
  await answerQuestions(frame, (n) => answers[(n * 4) % 5]);
  await frame.getByRole('button', { name: 'See my results', exact: true }).click();
  await heading(frame, /^Your top matches$/);
  const status = frame.locator('#action-status');
  await frame.getByRole('button', { name: 'Copy link', exact: true }).click();
  await frame.getByText(/Copying is not allowed here/).waitFor();
  assert.equal(await frame.evaluate(() => document.activeElement.id), 'share-link');
  const selected = await frame.evaluate(() => {
    const el = document.activeElement;
    return el.value.slice(el.selectionStart, el.selectionEnd);
  });
  assert.ok(selected.startsWith(quiz.origin + '/results#s='), 'the link is selected to copy by hand');
  await frame.getByRole('button', { name: 'Print', exact: true }).click();
  await status.getByText(/does not let the quiz print/).waitFor();
  await frame.getByRole('link', { name: 'Download a summary' }).click();
  await status.getByText(/does not let the quiz download/).waitFor();
  await ctx.close();
});

test('where the browser refuses a cross-site frame storage, the quiz completes from memory and says so', async () => {
  const refused = await launchCDP({ args: ['--disable-features=ThirdPartyStoragePartitioning'] });
  try {
    const ctx = await refused.context();
    const page = await ctx.newPage();
    const frame = await quizFrame(page, '/loader');
    await frame.getByText(memoryNotice).waitFor();
    await finish(page, frame);
    assert.equal((await topMatches(frame)).length, 3);
    await ctx.close();
  } finally {
    await refused.close();
  }
});

test('where the student blocks all site data, the full quiz completes from memory and says so', async () => {
  const blocked = await launchCDP({ prefs: { profile: { default_content_setting_values: { cookies: 2 } } } });
  try {
    const ctx = await blocked.context();
    const page = await ctx.newPage();
    // The browser refuses this origin's storage (on a page of it where the app does not run).
    await page.goto(quiz.origin + '/web/careerquiz-embed.js');
    assert.equal(await page.evaluate(() => { try { localStorage.length; return 'works'; } catch (e) { return e.name; } }), 'SecurityError');
    await open(page, quiz.origin, '/quiz');
    await page.getByText(memoryNotice).waitFor();
    await completeQuiz(page);
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    await ctx.close();
  } finally {
    await blocked.close();
  }
});

test('with frame-ancestors restricted, a listed host embeds the quiz and an unlisted host is refused', async () => {
  const listed = await startHost({});
  const restricted = await startServer(['--frame-ancestors', `'self' ${listed.origin}`]);
  const snippet = snippets.loader.replaceAll('https://careers.example.edu/quiz', restricted.origin);
  listed.pages['/loader'] = snippet;
  const unlisted = await startHost({ '/loader': snippet });
  const ctx = await chrome.context();
  try {
    const ok = await ctx.newPage();
    await ok.goto(listed.origin + '/loader');
    let frame;
    for (let i = 0; i < 300 && !frame; i++) {
      frame = ok.frames().find((f) => f.url().startsWith(restricted.origin + '/embed'));
      if (!frame) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(frame, 'no quiz frame on the listed host');
    await frame.getByRole('heading', { level: 1, name: 'About you' }).waitFor({ timeout: 60000 });

    const refused = await ctx.newPage();
    const messages = [];
    refused.on('console', (m) => messages.push(m.text()));
    await refused.goto(unlisted.origin + '/loader');
    await refused.locator('iframe').waitFor({ state: 'attached' });
    for (let i = 0; i < 300 && !messages.some((m) => /frame-ancestors/.test(m)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(messages.some((m) => /frame-ancestors/.test(m)), `the browser reported no refusal: ${messages}`);
    for (const f of refused.frames()) {
      if (f === refused.mainFrame()) continue;
      assert.ok(!f.url().startsWith(restricted.origin), `the refused frame is at ${f.url()}`);
      assert.equal(await f.getByText('Which careers fit you?').count().catch(() => 0), 0, 'the refused frame shows the quiz');
    }
  } finally {
    await ctx.close();
    unlisted.stop();
    listed.stop();
    restricted.stop();
  }
});
