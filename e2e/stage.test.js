// Where the student is now: the stage question comes first, is kept across a reload, and
// decides the way in each top result shows. And the page's verdict agrees with its cards
// for answers that say nothing (all the same, or swinging from one end to the other).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, heading as h1, answerQuestions, answerStage, appReady, compareAll } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

const stages = ['At school', 'At university or college', 'Working, for less than three years', 'Working, for three years or more'];

async function fresh() {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  return page;
}

/** results answers with choose(n) until the skills step, then opens the results. */
async function results(page, choose) {
  await answerQuestions(page, choose, 100, null);
  await page.getByRole('link', { name: 'See my results' }).click();
  await h1(page, /^Your results$/);
  return page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) }).first().getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
}

/** everyRole opens "Compare all roles" and returns the text of each role's line. */
async function everyRole(page) {
  return (await compareAll(page)).allInnerTexts();
}

test('the stage question comes first, is kept after a reload, and gives the top card its way in', async () => {
  const page = await fresh();
  assert.equal(await h1(page, /^(About you|Question \d+)$/), 'About you', 'the stage question comes first');
  assert.match(await page.title(), /^About you\b/);
  await page.waitForFunction(() => document.activeElement?.id === 'question-heading', null, { timeout: 3000 });
  const group = page.getByRole('group', { name: 'Where are you now?' });
  assert.deepEqual(await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.labels[0].innerText.trim())), stages);

  // Next with nothing chosen asks for a choice.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose an answer' }).waitFor();

  await group.getByRole('radio', { name: 'At school', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  assert.equal(await h1(page, /^Question \d+$/), 'Question 1', 'the first agree question follows');
  assert.ok(await page.getByRole('group').getByRole('radio', { name: 'Strongly agree', exact: true }).isVisible());

  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.activeElement?.id === 'question-heading', null, { timeout: 10000 });
  assert.equal(await h1(page, /^(About you|Question \d+)$/), 'Question 1', 'a reload goes on where the student was');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  assert.equal(await h1(page, /^About you$/), 'About you', 'Back from the first question is the stage question');
  assert.ok(await page.getByRole('radio', { name: 'At school', exact: true }).isChecked(), 'the choice is kept');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  assert.equal(await h1(page, /^Question \d+$/), 'Question 1', 'Next from the stage question goes back to the first agree question');

  const items = await results(page, (n) => ['Agree', 'Strongly agree', 'Disagree', 'Not sure'][n % 4]);
  const top = items.first();
  const way = top.locator('p', { hasText: /^Your way in: / });
  assert.equal(await way.count(), 1, 'the top card has a way in');
  const before = (await way.innerText()).trim();
  assert.ok(before.length > 'Your way in: '.length + 10, before);

  // The stage can be changed on the results page, and stays changed.
  const select = page.getByRole('combobox', { name: 'Where are you now?' });
  assert.equal(await select.evaluate((s) => s.selectedOptions[0].text), 'At school');
  const order = await page.locator('ol.results > li > h2').allInnerTexts();
  await select.selectOption({ label: 'Working, for three years or more' });
  await page.reload();
  await h1(page, /^Your results$/);
  assert.equal(await page.getByRole('combobox', { name: 'Where are you now?' }).evaluate((s) => s.selectedOptions[0].text),
    'Working, for three years or more');
  assert.deepEqual(await page.locator('ol.results > li > h2').allInnerTexts(), order,
    'where the student is never changes the ranking');
  await page.close();
});

test('a skipped stage question leaves a neutral way in', async () => {
  const page = await fresh();
  await answerStage(page, null);
  assert.equal(await h1(page, /^Question \d+$/), 'Question 1');
  const items = await results(page, (n) => ['Strongly agree', 'Disagree', 'Agree'][n % 3]);
  const way = (await items.first().locator('p', { hasText: /^Your way in: / }).innerText()).trim();
  assert.ok(way.length > 'Your way in: '.length + 10, way);
  assert.doesNotMatch(way, /\byour studies\b|\byou can\b/i, `a way in for a student who did not say: ${way}`);
  assert.equal(await page.getByRole('combobox', { name: 'Where are you now?' }).evaluate((s) => s.selectedOptions[0].text), 'Not said');
  await page.close();
});

for (const [name, choose] of [
  ['"Strongly disagree" to every question', () => 'Strongly disagree'],
  ['alternating "Strongly disagree" and "Strongly agree"', (n) => (n % 2 ? 'Strongly disagree' : 'Strongly agree')],
]) {
  test(`answers that say nothing, ${name}, give a verdict that is not high and no high card`, async () => {
    const page = await fresh();
    const items = await results(page, choose);
    const verdict = (await page.getByText(/^Based on \d+ answers?\./).innerText()).trim();
    assert.doesNotMatch(verdict, /point clearly/, verdict);
    const cards = await items.allInnerTexts();
    assert.equal(cards.length, 3, 'the summary shows three directions');
    const all = await everyRole(page);
    assert.ok(all.length >= 6, `${all.length} roles to compare`);
    for (const card of [...cards, ...all]) {
      assert.doesNotMatch(card, /Strong match/, `a role says strong match: ${card.slice(0, 120)}`);
      assert.equal((card.match(/\d{1,3}%/g) ?? []).length, 1, 'each card shows its figure, once');
    }
    assert.doesNotMatch(cards.join('\n'), /match its profile/, 'no second figure on the cards');
    await page.close();
  });
}
