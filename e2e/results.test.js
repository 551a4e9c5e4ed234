// The results summary a student reads in a minute: three cards with one figure each, the
// details one tap away, a picture of the student beside the top role, every role behind
// "Compare all roles", a print of at most two A4 pages, and the same picture on role pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, heading, answerQuestions, compareAll } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

const pattern = ['Strongly agree', 'Agree', 'Not sure', 'Disagree', 'Not sure', 'Strongly disagree', 'Agree'];

/** results takes the quiz at width px wide with the pattern of answers and opens the results. */
async function results(width = 390, stage = 'At school') {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width, height: 844 });
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  await answerQuestions(page, (n) => pattern[n % pattern.length], 100, stage);
  await page.getByRole('link', { name: 'See my results' }).click();
  await heading(page, /^Your results$/);
  return page;
}

/** cards are the top directions: the items of the first list whose items have a level-2 heading. */
const cards = (page) => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) }).first()
  .getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });

test('at 390 px the summary, three cards and the actions, fits in 2,500 px, each card with one figure', async (t) => {
  const page = await results(390);
  const items = cards(page);
  assert.equal(await items.count(), 3, 'three directions');
  for (const text of await items.allInnerTexts()) {
    assert.equal((text.match(/\d{1,3}\s*%/g) ?? []).length, 1, `a card shows one percentage: ${text}`);
    assert.match(text, /\b(Strong|Good|Some) match\b/, 'each figure has its plain label');
    assert.match(text, /What you can do now/);
    assert.match(text, /Your way in: /);
  }
  const top = (await page.getByRole('heading', { level: 1, name: 'Your results' }).boundingBox()).y;
  const actions = page.getByRole('region', { name: 'What next' });
  await actions.getByRole('button', { name: 'Print' }).waitFor();
  const box = await actions.boundingBox();
  const height = box.y + box.height - top;
  t.diagnostic(`the summary is ${Math.round(height)} px tall at 390 px`);
  assert.ok(height <= 2500, `the summary is ${Math.round(height)} px tall at 390 px`);
  await page.close();
});

test('the overall confidence is said once and every card agrees with it', async () => {
  const page = await results(390);
  const overall = (await page.getByText(/^(High|Medium|Low) confidence$/).innerText()).trim();
  const label = { 'High confidence': 'Strong match', 'Medium confidence': 'Good match', 'Low confidence': 'Some match' };
  const rank = ['Some match', 'Good match', 'Strong match'];
  const texts = await cards(page).allInnerTexts();
  assert.match(texts[0], new RegExp(label[overall]), `the top card says ${label[overall]} as the page says ${overall}`);
  for (const t of texts) {
    const l = t.match(/(Strong|Good|Some) match/)[0];
    assert.ok(rank.indexOf(l) <= rank.indexOf(label[overall]), `a card claims ${l} above ${overall}`);
  }
  assert.equal(await page.getByText(/^(High|Medium|Low) confidence$/).count(), 1, 'the confidence is stated once');
  await page.close();
});

test('the why of a card names only answers that raised it, never "Not sure"', async () => {
  const page = await results(390);
  for (const text of await cards(page).locator('p', { hasText: /^(Why: |None of your answers)/ }).allInnerTexts()) {
    assert.doesNotMatch(text, /not sure/i, text);
    assert.match(text, /^(Why: you (strongly )?(agreed|disagreed) with “|None of your answers raised it)/, text);
  }
  await page.close();
});

test('details are one tap away: one pay line and the career steps; every role is behind Compare all roles', async () => {
  const page = await results(390);
  const first = cards(page).first();
  const more = first.locator('summary', { hasText: 'Pay, skills and career steps' });
  assert.equal(await first.getByRole('heading', { name: 'Pay', exact: true }).isVisible(), false, 'details start closed');
  await more.click();
  await first.getByRole('heading', { name: 'Pay', exact: true }).waitFor();
  const pay = await first.locator('p.pay').innerText();
  assert.match(pay, /(\$[\d,]+.*\d{4}.*source|no pay figures)/, pay);
  assert.ok(await first.getByRole('link', { name: /^Read all about / }).isVisible());
  const rows = await first.locator('p.pay').count();
  assert.equal(rows, 1, 'one pay line, the tables stay on the role page');
  assert.equal(await first.getByRole('table').count(), 0, 'no pay table on the card');

  const summary = page.locator('summary', { hasText: /^Compare all roles/ });
  assert.equal(await summary.evaluate((s) => s.parentElement.open), false, 'the other roles start hidden');
  const all = await compareAll(page);
  assert.ok(await all.count() >= 17, 'every role is there to compare');
  for (const t of await all.allInnerTexts()) assert.equal((t.match(/\d{1,3}%/g) ?? []).length, 1, t);
  await page.close();
});

test('a picture of the student beside the top role, as an SVG with a table of the same figures', async () => {
  const page = await results(1366);
  const top = (await cards(page).first().getByRole('heading', { level: 2 }).innerText()).trim();
  const chart = page.getByRole('img', { name: /Your interests and skills as your answers put them/ });
  await chart.waitFor();
  assert.match(await chart.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).innerText()), new RegExp(top));
  assert.ok(await chart.evaluate((el) => el.namespaceURI === 'http://www.w3.org/2000/svg' && el.getBBox().height > 100),
    'the chart is drawn as SVG');
  const bars = await chart.evaluate((el) => el.querySelectorAll('.bar-you').length);
  await page.locator('summary', { hasText: 'The chart as a table' }).click();
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: top }) });
  await table.waitFor();
  const rows = table.getByRole('row');
  const traits = (await rows.count()) - 1;
  assert.ok(traits >= 10, `${traits} traits`);
  // The student's column is the first data cell of each row: a level, or "not asked".
  const asked = await table.evaluate((t) => [...t.querySelectorAll('tr')]
    .filter((tr) => tr.querySelector('td') && tr.querySelector('td').innerText.trim() !== 'not asked').length);
  assert.equal(bars, 1 + asked, 'a bar for each trait the student was asked about, and one in the legend');
  // Two columns on a wide screen: the picture sits beside the cards.
  const cardBox = await cards(page).first().boundingBox();
  const chartBox = await chart.boundingBox();
  assert.ok(chartBox.x > cardBox.x + cardBox.width, 'the profile is beside the cards at 1366 px');

  // The role page shows the same picture: the role's profile and the student's answers.
  await page.getByRole('link', { name: 'Roles', exact: true }).click();
  await page.getByRole('link', { name: 'Data Scientist', exact: true }).click();
  await heading(page, /^Data Scientist$/);
  await page.getByRole('img', { name: /beside what Data Scientist calls on/ }).waitFor();
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/roles/data-scientist');
  await page.getByRole('img', { name: /^What Data Scientist calls on/ }).waitFor();
  await page.close();
});

test('printed results take at most two A4 pages and end on content, not an empty heading', async (t) => {
  const page = await results(1366);
  await page.emulateMedia({ media: 'print' });
  const last = await page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const all = [...document.querySelectorAll('main *')].filter((el) => visible(el) && el.children.length === 0 && el.textContent.trim());
    const end = all[all.length - 1];
    return { tag: end.tagName, text: end.textContent.trim() };
  });
  assert.ok(!/^H[1-6]$/.test(last.tag), `the print ends on a heading: ${last.text}`);
  assert.ok(await page.getByRole('img', { name: /Your interests and skills/ }).isVisible(), 'the picture is printed');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  t.diagnostic(`the results print on ${pages} A4 pages`);
  assert.ok(pages >= 1 && pages <= 2, `the results print on ${pages} A4 pages`);
  await page.close();
});

test('the home page says the honest length and shows what a result looks like; a chosen answer stands out', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  const length = await page.getByText(/^About \d+ minutes?, \d+–\d+ questions\.$/).innerText();
  const [, , least, most] = length.match(/^About (\d+) minutes?, (\d+)–(\d+)/).map(Number);
  assert.ok(least >= 1 && least < most, length);
  const example = page.getByRole('region', { name: 'What a result looks like' });
  const text = await example.innerText();
  assert.equal((text.match(/\d{1,3}%/g) ?? []).length, 1, 'the example card shows one figure');
  assert.match(text, /Their way in: /);

  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, '/quiz');
  const option = (name) => page.getByRole('radio', { name, exact: true }).locator('xpath=..');
  await page.getByRole('radio', { name: 'At school', exact: true }).check();
  const [on, off] = await Promise.all(['At school', 'At university or college'].map((n) =>
    option(n).evaluate((el) => `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).borderColor}`)));
  assert.notEqual(on, off, 'the chosen answer looks different from the others');
  await page.close();
});
