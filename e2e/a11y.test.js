// axe-core checks every route against WCAG 2.1 A and AA, in light and in dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { open, useApp } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = useApp({ before, after });

/** audit runs axe on the page and returns its violations, one line each. */
async function audit(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ')}`));
}

/** finishQuiz answers until the skills step, which it also audits. */
async function finishQuiz(page, scheme) {
  const problems = [];
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'About you');
  await page.getByRole('radio', { name: 'At school', exact: true }).check();
  problems.push(...(await audit(page)).map((v) => `${scheme} /quiz (the stage question, answered): ${v}`));
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() !== 'About you');
  for (let n = 1; n < 80; n++) {
    await page.waitForFunction(() => /^(Question \d+|Skills you already have)$/.test(document.querySelector('h1')?.innerText.trim()));
    const text = (await page.locator('h1').innerText()).trim();
    if (n === 2) problems.push(...(await audit(page)).map((v) => `${scheme} /quiz (a question, answered): ${v}`));
    if (text === 'Skills you already have') {
      await page.getByRole('combobox', { name: 'A skill you have' }).fill('sql');
      await page.getByRole('button', { name: 'Add skill' }).click();
      problems.push(...(await audit(page)).map((v) => `${scheme} /quiz (skills step): ${v}`));
      return problems;
    }
    await page.getByRole('radio', { name: n % 2 ? 'Agree' : 'Disagree', exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.innerText.trim() !== t, text);
  }
  return problems;
}

for (const scheme of ['light', 'dark']) {
  test(`every route passes axe's WCAG 2.1 A and AA rules in ${scheme} mode`, async () => {
    const page = await app.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, app.server.origin, '/');
    await page.evaluate(() => localStorage.clear());
    const problems = [];
    for (const path of ['/', '/quiz', '/roles', '/roles/ml-applications-engineer', '/roles/integration-solutions-engineer', '/about', '/results']) {
      await open(page, app.server.origin, path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      problems.push(...(await audit(page)).map((v) => `${scheme} ${path}: ${v}`));
    }
    await open(page, app.server.origin, '/quiz');
    problems.push(...await finishQuiz(page, scheme));
    await page.getByRole('link', { name: 'See my results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    problems.push(...(await audit(page)).map((v) => `${scheme} /results: ${v}`));
    // Everything behind a disclosure too: a card's details, the chart's table, every role.
    for (const name of ['Pay, skills and career steps', 'The chart as a table', 'Compare all roles']) {
      await page.locator('summary', { hasText: name }).first().click();
    }
    await page.getByRole('heading', { level: 3, name: 'Pay', exact: true }).first().waitFor();
    problems.push(...(await audit(page)).map((v) => `${scheme} /results (opened): ${v}`));
    // A role page with the student's answers beside the role's profile.
    await open(page, app.server.origin, '/roles/data-scientist');
    await page.getByRole('img', { name: /beside what Data Scientist calls on/ }).waitFor();
    problems.push(...(await audit(page)).map((v) => `${scheme} /roles/data-scientist (with answers): ${v}`));
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(app.browser.foreign, [], 'requests to other hosts');
  });
}

test('the audit itself catches a violation (so a pass means something)', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/about');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'low contrast';
    p.style.color = '#ddd';
    p.style.background = '#fff';
    document.querySelector('main').append(p);
  });
  const problems = await audit(page);
  assert.ok(problems.some((p) => p.startsWith('color-contrast')), `axe missed a contrast failure: ${problems}`);
  await page.close();
});
