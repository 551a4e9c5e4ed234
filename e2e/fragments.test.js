// Addresses go-app cannot parse: a "%" not followed by two hex digits, in the fragment or the
// path. Without web/boot.js the app panics on start and the dead server-rendered page's form
// sends the answer to the server. Here the page works, and no request ever carries an answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, appReady, answerStage, answerQuestion, heading1 } from './harness.js';

const app = useApp({ before, after });

/** watchPage records the page's errors and every URL it requests. */
function watchPage(page) {
  const seen = { errors: [], urls: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('request', (r) => seen.urls.push(r.url()));
  return seen;
}

/** noAnswerSent asserts that no request carried a form field of the quiz. */
function noAnswerSent(seen) {
  const sent = seen.urls.filter((u) => /[?&](answer|stage)=/.test(u));
  assert.deepEqual(sent, [], 'no request carries an answer');
}

test('/quiz#% loads the quiz, the question can be answered, and no answer is sent', async () => {
  const page = await app.browser.context.newPage();
  const seen = watchPage(page);
  await open(page, app.server.origin, '/quiz#%');
  assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is dropped');
  await answerStage(page);
  await answerQuestion(page, 1, 'Agree');
  assert.equal(await heading1(page), 'Question 2');
  assert.deepEqual(seen.errors, []);
  noAnswerSent(seen);
  await page.close();
});

// The results page shows the answers on this device (the first test saved some).
for (const [path, h1] of [['/results#%zz', /^Your results$/], ['/roles#%zz', /^Roles$/], ['/roles#s=%', /^Roles$/]]) {
  test(`${path} shows its page`, async () => {
    const page = await app.browser.context.newPage();
    const seen = watchPage(page);
    await open(page, app.server.origin, path);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('h1')?.innerText.trim()), h1.source);
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
}

test('a fragment typed into an open page is dropped and the app goes on working', async () => {
  const page = await app.browser.context.newPage();
  const seen = watchPage(page);
  await open(page, app.server.origin, '/roles');
  await page.evaluate(() => { location.hash = '%zz'; });
  await page.waitForFunction(() => location.hash === '');
  const link = page.getByRole('link', { name: 'Data Scientist', exact: true });
  await link.click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Data Scientist');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a "%" in the path shows the app\'s own Page not found', async () => {
  // The Go server refuses such a request (400), but a static host answers any address with
  // its not-found page, and the app then starts on the address as the browser has it.
  const notFound = await (await fetch(app.server.origin + '/no-such-page')).text();
  const page = await app.browser.context.newPage();
  const seen = watchPage(page);
  await page.route((u) => u.pathname.includes('%zz') || u.pathname.endsWith('%'), (route) =>
    route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound }));
  await open(page, app.server.origin, '/roles/%zz');
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Page not found');
  assert.equal(await page.evaluate(() => location.pathname), '/roles/%25zz');
  await page.getByRole('link', { name: 'See all roles' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Roles');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the server-rendered quiz, with no script to run it, never sends an answer', async () => {
  // ?wasm=false makes go-app's page script leave the server-rendered page as it is: the page
  // a student has when the app cannot start.
  const page = await app.browser.context.newPage();
  const seen = watchPage(page);
  await page.goto(app.server.origin + '/quiz?wasm=false');
  const group = page.getByRole('group', { name: 'Where are you now?' });
  for (const radio of await group.getByRole('radio').all()) {
    assert.equal(await radio.isChecked(), false, 'no answer is chosen before the student chooses');
  }
  await group.getByRole('radio', { name: 'At school', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForLoadState('networkidle');
  assert.equal(page.url(), app.server.origin + '/quiz?wasm=false', 'the form does not navigate');
  noAnswerSent(seen);
  await page.close();
});
