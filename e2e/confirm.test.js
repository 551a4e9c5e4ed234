// Deleting a student's answers asks first: "Start over" and "Clear my data" act only on Yes,
// Cancel keeps everything, and the focus follows for keyboard users.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, heading, completeQuiz } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

async function finished() {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  await completeQuiz(page);
  return page;
}

test('Clear my data asks first; Cancel keeps the results and Yes deletes them', async () => {
  const page = await finished();
  const saved = await page.evaluate(() => Object.keys(localStorage).length);
  assert.ok(saved > 0, 'progress is saved');

  await page.getByRole('button', { name: 'Clear my data', exact: true }).click();
  const ask = page.getByRole('group', { name: /Delete your answers and skills from this device/ });
  await ask.waitFor();
  await page.waitForFunction(() => document.activeElement?.innerText?.trim() === 'Cancel');
  await ask.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.innerText?.trim() === 'Clear my data');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), saved, 'Cancel deletes nothing');
  assert.equal(await heading(page, /^Your results$/), 'Your results');

  await page.getByRole('button', { name: 'Clear my data', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete my data', exact: true }).click();
  await heading(page, /^Which careers/);
  assert.equal(await page.evaluate(() => localStorage.getItem('careerquiz.progress')), null);
  assert.ok(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), 'the home page offers a new start');
  await page.close();
});

test('Start over on the home page asks first, then starts a new quiz', async () => {
  const page = await finished();
  await open(page, app.server.origin, '/');
  await page.getByRole('button', { name: 'Start over', exact: true }).click();
  await page.getByRole('group', { name: /Start over\? This deletes your answers/ }).waitFor();
  await page.getByRole('button', { name: 'Yes, delete and start over', exact: true }).click();
  assert.equal(await heading(page, /^(About you|Question \d+)$/), 'About you', 'a new quiz begins at the first step');
  await page.close();
});
