// A student whose answers favour caring for people and life science, and go against everything
// these careers are about, is told plainly that their answers point away from these careers,
// with a link to careers of every kind (a link only: nothing is fetched from it). (Design alone
// no longer leads away: the catalogue has UX designers.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, useApp, heading as h1, answerStage } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

// The traits each question measures, by its text, from the question bank itself.
const bank = new Map();
for (const line of readFileSync(new URL('../content/questions.md', import.meta.url), 'utf8').split('\n')) {
  const m = /^- [a-z0-9-]+ \(([^)]*)\): (.*)$/.exec(line);
  if (m) bank.set(m[2].trim(), m[1].split(',').map((t) => t.trim()));
}
const loved = new Set(['life', 'caring']);
const scale = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];

/** answer is the answer of a student for the loved traits and against every other. */
function answer(text) {
  const traits = bank.get(text);
  assert.ok(traits, `question not in the bank: ${text}`);
  const values = traits.map((t) => {
    const reverse = t.startsWith('-');
    const v = loved.has(t.replace(/^-/, '')) ? 5 : 1;
    return reverse ? 6 - v : v;
  });
  return scale[Math.round(values.reduce((a, b) => a + b, 0) / values.length) - 1];
}

test('answers for caring and life science, against the rest, point away from these careers', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  await h1(page, /^About you$/);
  await answerStage(page, 'At school');
  for (let n = 1; n <= 60; n++) {
    const text = await h1(page, /^(Question \d+|Skills you already have)$/);
    if (text !== `Question ${n}`) break;
    await page.waitForFunction(() => document.activeElement?.id === 'question-heading');
    const group = page.getByRole('group').first();
    const question = (await group.locator('legend').innerText()).trim();
    await group.getByRole('radio', { name: answer(question), exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
  }
  await page.getByRole('link', { name: 'See my results' }).click();
  await h1(page, /^Your results$/);

  const section = page.getByRole('region', { name: 'Careers elsewhere' });
  await section.waitFor();
  const said = await section.innerText();
  assert.match(said, /Your answers point away from these careers, towards /);
  assert.match(said, /caring for people/i);
  const link = section.getByRole('link', { name: 'explore careers on My Next Move' });
  assert.equal(await link.getAttribute('href'), 'https://www.mynextmove.org/');
  await page.close();
});

test('answers for these careers say nothing of looking elsewhere', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  await h1(page, /^About you$/);
  await answerStage(page, 'At university or college');
  const tech = new Set(['software', 'data', 'ml', 'maths']);
  for (let n = 1; n <= 60; n++) {
    const text = await h1(page, /^(Question \d+|Skills you already have)$/);
    if (text !== `Question ${n}`) break;
    await page.waitForFunction(() => document.activeElement?.id === 'question-heading');
    const group = page.getByRole('group').first();
    const traits = bank.get((await group.locator('legend').innerText()).trim());
    const values = traits.map((t) => {
      const v = tech.has(t.replace(/^-/, '')) ? 5 : 3;
      return t.startsWith('-') ? 6 - v : v;
    });
    const a = scale[Math.round(values.reduce((x, y) => x + y, 0) / values.length) - 1];
    await group.getByRole('radio', { name: a, exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
  }
  await page.getByRole('link', { name: 'See my results' }).click();
  await h1(page, /^Your results$/);
  await page.getByRole('list').first().waitFor();
  assert.equal(await page.getByRole('region', { name: 'Careers elsewhere' }).count(), 0);
  assert.equal(await page.getByText('point away from these careers').count(), 0);
  await page.close();
});
