// What a student does around the quiz: resume after a reload, share results, open a broken
// link, search the roles, change an answer, and read the results on paper and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, useApp, heading as h1, answerQuestions, compareAll } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

const pattern = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Agree', 'Not sure'];

/** answer answers questions until the skills step, or n of them. */
const answer = (page, n = 100) => answerQuestions(page, (i) => pattern[i % pattern.length], n);

/** ranking is the role titles of the results, in order. */
async function ranking(page) {
  await h1(page, /^(Your|Shared) results$/);
  const titles = await (await compareAll(page)).getByRole('heading', { level: 3 }).allInnerTexts();
  assert.ok(titles.length >= 6, `the results list roles: ${titles}`);
  return titles;
}

async function fresh() {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  return page;
}

test('progress is saved as the student goes and resumed after a reload', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page, 3);
  const question4 = await page.getByRole('group').locator('legend').innerText();
  await page.reload();
  assert.equal(await h1(page, /^Question \d+$/), 'Question 4');
  assert.equal(await page.getByRole('group').locator('legend').innerText(), question4);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  assert.equal(await h1(page, /^Question 3$/), 'Question 3');
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 1, 'the earlier answer is kept');
  await open(page, app.server.origin, '/');
  await page.getByRole('link', { name: 'Resume the quiz' }).waitFor();
  await page.close();
});

test('corrupted saved progress gives a notice and a fresh start', async () => {
  const page = await fresh();
  await page.evaluate(() => localStorage.setItem('careerquiz.progress', '"{not a snapshot'));
  await open(page, app.server.origin, '/quiz');
  await page.getByText('could not be read').waitFor();
  assert.equal(await h1(page, /^(About you|Question \d+)$/), 'About you', 'a fresh start begins at the first step');
  await page.close();
});

test('progress saved by an older question bank is migrated with a visible notice', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page, 3);
  await page.evaluate(() => {
    const snap = JSON.parse(JSON.parse(localStorage.getItem('careerquiz.progress')));
    snap.bank = '0';
    snap.asked[1].q = 'a-question-since-retired';
    localStorage.setItem('careerquiz.progress', JSON.stringify(JSON.stringify(snap)));
  });
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'The questions have changed' }).waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'The questions have changed' }).innerText(), /kept your 2 answers.*dropped 1/);
  await h1(page, /^Question \d+$/);
  await page.close();
});

/** person puts "someone" for you/they and your/their, so own and shared results compare equal. */
const person = (texts) => texts.map((t) => t.replace(/\b(your|their)\b/gi, "someone's").replace(/\b(you|they)\b/gi, 'someone'));

/** wayIn is each top result's "Your way in" ("Their way in" when shared) line, in order. */
const wayIn = async (page) => person(await page.locator('p', { hasText: /^(Your|Their) way in: / }).allInnerTexts());

/** skillsHad is each result's "Skills you have for it" ("they have" when shared) line, in order. */
const skillsHad = async (page) => person(await page.getByText(/^Skills (you|they) have for it: /).allTextContents());

test('a share link opened in a fresh browser profile gives the same ranking and skills', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page);
  await page.getByRole('combobox', { name: 'A skill you have' }).fill('python');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByRole('button', { name: 'Remove Python' }).waitFor();
  await page.getByRole('link', { name: 'See my results' }).click();
  const mine = await ranking(page);
  const had = await skillsHad(page);
  const ways = await wayIn(page);
  assert.ok(ways.length > 0, 'the top roles show a way in');
  assert.ok(had.length > 0 && had.every((t) => t.includes('Python')), `Python is a skill the student has: ${had}`);
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.match(link, /\/results#s=[A-Za-z0-9_-]+$/);
  assert.ok(!link.includes('?'), 'answers never go in the query string');
  await page.close();

  const other = await launch();
  other.watch(app.server.origin);
  try {
    const p2 = await other.context.newPage();
    await p2.goto(link);
    await p2.getByRole('main').waitFor();
    assert.deepEqual(await ranking(p2), mine);
    assert.deepEqual(await skillsHad(p2), had, 'the shared results name the same skills');
    assert.deepEqual(await wayIn(p2), ways, 'the shared results know where the student is now');
    await p2.getByText('someone shared with you').waitFor();
    assert.equal(await p2.evaluate(() => localStorage.getItem('careerquiz.progress')), null, 'a shared link is not saved');

    // A tampered link: one character changed.
    const code = link.split('#s=')[1];
    const bad = link.replace(code, code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6));
    await p2.goto('about:blank');
    await p2.goto(bad);
    await p2.getByRole('alert').filter({ hasText: 'share link is damaged' }).waitFor();
    await p2.getByRole('link', { name: 'Start the quiz' }).click();
    assert.equal(await h1(p2, /^(About you|Question \d+)$/), 'About you');
  } finally {
    assert.deepEqual(other.foreign, [], 'requests to other hosts');
    await other.close();
  }
});

test('changing an answer on the results page re-ranks at once', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page);
  await page.getByRole('link', { name: 'See my results' }).click();
  const before = await page.locator('.results').innerText();
  // The answers to the agree questions, in their list behind "Change an answer (N)"; the
  // stage question sits above it.
  const answers = page.getByRole('region', { name: 'Your answers' });
  assert.equal(await answers.getByRole('list').isVisible(), false, 'the long list waits behind its disclosure');
  await answers.getByText(/^Change an answer \(\d+\)$/).click();
  const first = page.getByRole('region', { name: 'Your answers' }).getByRole('list').getByRole('combobox').first();
  const current = await first.inputValue();
  await first.selectOption(current === '1' ? '5' : '1');
  await page.waitForFunction((b) => document.querySelector('.results').innerText !== b, before);
  await page.reload();
  await page.getByRole('region', { name: 'Your answers' }).getByText(/^Change an answer/).click();
  assert.equal(await page.getByRole('region', { name: 'Your answers' }).getByRole('list').getByRole('combobox').first().inputValue(), current === '1' ? '5' : '1', 'the change is saved');
  await page.close();
});

test('ask me more continues the quiz after it stopped', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page);
  await page.getByRole('link', { name: 'See my results' }).click();
  const answered = Number((await page.getByText(/^Based on \d+ answers/).innerText()).match(/\d+/)[0]);
  await page.getByRole('button', { name: 'Ask me more questions' }).click();
  assert.equal(await h1(page, /^Question \d+$/), `Question ${answered + 1}`);
  await page.close();
});

test('the roles page finds roles despite typos and each role has its own page', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/roles');
  const search = page.getByRole('searchbox', { name: 'Search roles' });
  await search.fill('machne lerning');
  await page.getByRole('status').filter({ hasText: 'match' }).waitFor();
  const found = await page.getByRole('list').last().getByRole('heading', { level: 2 }).allInnerTexts();
  assert.ok(found.includes('ML Applications Engineer'), `found ${found}`);
  assert.ok(!found.includes('Industrial Engineering Lead'), `found ${found}`);
  await page.getByRole('link', { name: 'ML Applications Engineer', exact: true }).click();
  await h1(page, /^ML Applications Engineer$/);
  await page.getByText('$96,000 - $132,000').first().waitFor();
  await page.getByRole('heading', { name: 'Career ladder' }).waitFor();
  await page.getByRole('heading', { name: 'Sources' }).waitFor();
  await open(page, app.server.origin, '/roles/no-such-role');
  await h1(page, /^Role not found$/);
  await page.close();
});

test('results print without the page furniture and fit a 320 px screen', async () => {
  const page = await fresh();
  await open(page, app.server.origin, '/quiz');
  await answer(page);
  await page.getByRole('link', { name: 'See my results' }).click();
  await ranking(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'navigation is not printed');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'buttons are not printed');
  assert.ok(await page.getByRole('heading', { level: 2 }).first().isVisible(), 'results are printed');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/quiz', '/results', '/roles', '/roles/systems-ml-engineer', '/about']) {
    await open(page, app.server.origin, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 320 px wide`);
  }
  await page.close();
});
