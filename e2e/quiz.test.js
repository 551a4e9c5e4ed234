// The whole quiz, from the home page to the ranked results, as a student does it: once with
// the mouse by accessible names, once with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, tabTo, useApp, appReady, compareAll } from './harness.js';

const sourceRoles = [
  'ML Applications Engineer', 'Systems ML Engineer', 'Information Systems ML Engineer',
  'Junior AI Developer', 'Integration Solutions Engineer', 'Industrial Engineering Lead',
];
const answers = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];

const app = useApp({ before, after });

/** checkResults asserts the ranked list: every item a role title heading and its fit as NN%. */
async function checkResults(page) {
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  const items = await compareAll(page);
  const count = await items.count();
  assert.ok(count >= 6, `expected at least six ranked roles, got ${count}`);
  const titles = [];
  let last = 101;
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    titles.push((await item.getByRole('heading', { level: 3 }).first().innerText()).trim());
    const m = (await item.innerText()).match(/(\d{1,3})%/);
    assert.ok(m, `result ${i + 1} shows no fit as NN%`);
    const fit = Number(m[1]);
    assert.ok(fit <= last, `results are not ranked by fit: ${fit}% after ${last}%`);
    last = fit;
  }
  for (const role of sourceRoles) assert.ok(titles.includes(role), `${role} is missing from the results: ${titles}`);
  return titles;
}

test('a student completes the quiz by accessible names and sees ranked roles', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.getByText('never sent').first().waitFor();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  // First, where the student is now: its own question, with labelled radios.
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.match(await page.title(), /^About you\b/);
  await page.getByRole('group', { name: 'Where are you now?' }).getByRole('radio', { name: 'At university or college', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() !== 'About you');
  for (let n = 1; n <= 80; n++) {
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    if ((await heading.innerText()).trim() === 'Skills you already have') break;
    assert.equal((await heading.innerText()).trim(), `Question ${n}`);
    assert.match(await page.title(), new RegExp(`^Question ${n}\\b`));
    const group = page.getByRole('group');
    assert.ok((await group.innerText()).length > 10, 'the question has a legend');
    await page.getByRole('radio', { name: answers[(n * 3) % 5], exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
  }
  // The skills step: a misspelt skill is matched, nonsense is refused with a message.
  await page.getByRole('combobox', { name: 'A skill you have' }).fill('pyhton');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByRole('button', { name: 'Remove Python' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'A skill you have' }).inputValue(), '', 'an added skill clears the box for the next');
  await page.getByRole('combobox', { name: 'A skill you have' }).fill('qwzxv');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByRole('status').filter({ hasText: 'qwzxv' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'A skill you have' }).inputValue(), 'qwzxv', 'refused text stays to be corrected');
  await page.getByRole('link', { name: 'See my results' }).click();
  const titles = await checkResults(page);
  const top = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: titles[0], exact: true }) });
  await top.locator('summary', { hasText: 'Pay, skills and career steps' }).click();
  await top.getByRole('heading', { name: 'Skills', exact: true }).waitFor();
  assert.match(await top.innerText(), /Skills you have for it: .*Python|Skills to learn next/);
  await page.close();
  assert.deepEqual(app.browser.foreign, [], 'requests to other hosts');
});

test('a keyboard-only student completes the quiz', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  // Progress from the first test is on this device: start over with the keyboard.
  const start = page.getByRole('link', { name: 'Start the quiz' });
  if (await start.count() === 0) {
    await tabTo(page, 'button', 'Start over');
    await page.keyboard.press('Enter');
    // It asks first, with the focus on Cancel: Shift+Tab goes back to the button that deletes.
    await page.waitForFunction(() => document.activeElement?.innerText?.trim() === 'Cancel');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.innerText?.trim()), 'Yes, delete and start over');
  } else {
    await tabTo(page, 'link', 'Start the quiz');
  }
  await page.keyboard.press('Enter');
  // The stage question, by keyboard: focus on its heading, Tab into the radios, an arrow chooses.
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'About you');
  await appReady(page);
  await page.waitForFunction(() => document.activeElement?.id === 'question-heading' &&
    document.querySelectorAll('input[type=radio]').length === 4, null, { timeout: 10000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  // The arrow chooses at once in the browser; the app's render of the Space before it may land
  // a moment later and then be corrected, so wait for the state to settle rather than read it
  // at once.
  await page.waitForFunction(() => document.getElementById('stage-college')?.checked &&
    document.querySelectorAll('input[type=radio]:checked').length === 1, null, { timeout: 5000 });
  assert.ok(await page.getByRole('radio', { name: 'At university or college', exact: true }).isChecked());
  await tabTo(page, 'button', 'Next');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= 80; n++) {
    const heading = page.getByRole('heading', { level: 1 });
    await page.waitForFunction(() => /^(Question \d+|Skills you already have)$/.test(document.querySelector('h1')?.innerText.trim()));
    const text = (await heading.innerText()).trim();
    if (text === 'Skills you already have') break;
    assert.equal(text, `Question ${n}`);
    // Focus is on the new question's heading; the first Tab reaches the answers.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 3000 });
    await page.keyboard.press('Tab');
    const steps = n % 4; // arrow keys move through the radio group and choose
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    if (steps === 0) await page.keyboard.press('Space');
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 1, 'one answer is chosen');
    await tabTo(page, 'button', 'Next');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
  }
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 3000 });
  await tabTo(page, 'link', 'See my results');
  await page.keyboard.press('Enter');
  await checkResults(page);
  await page.close();
  assert.deepEqual(app.browser.foreign, [], 'requests to other hosts');
});
