// Results a student can read: a progress bar that never goes back, focus on the results
// heading, a shared result told as someone else's, the app's own "Page not found" page, and
// role pages that do not scroll sideways on a narrow phone, and that link to their O*NET occupation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, heading, answerStage, answerQuestions, completeQuiz, useApp, roleTextShown } from './harness.js';

const app = useApp({ before, after });
const answers = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];

/** fresh opens a new page on path with nothing saved on this device. */
async function fresh(path) {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/');
  await page.evaluate(() => localStorage.clear());
  await open(page, app.server.origin, path);
  return page;
}

test('the progress bar never goes back over a whole quiz', async () => {
  const page = await fresh('/quiz');
  await answerStage(page);
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  const fills = [];
  for (let n = 1; n <= 80; n++) {
    if (await heading(page, /^(Question \d+|Skills you already have)$/) !== `Question ${n}`) break;
    const [value, max] = await bar.evaluate((el) => [el.value, el.max]);
    fills.push(value / max);
    await page.getByText(/\d+ questions? answered/).waitFor();
    await page.getByRole('group').getByRole('radio', { name: answers[(n * 3) % 5], exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() !== `Question ${n}`, n);
  }
  assert.ok(fills.length >= 5, `only ${fills.length} questions were asked`);
  for (let i = 1; i < fills.length; i++) {
    assert.ok(fills[i] >= fills[i - 1], `the bar went back at question ${i + 1}: ${fills.join(', ')}`);
  }
  assert.ok(fills.at(-1) > fills[0], `the bar never moved: ${fills.join(', ')}`);
  await page.close();
});

test('after See my results the keyboard focus is on the heading "Your results", and on a direct load too', async () => {
  const page = await fresh('/quiz');
  await answerQuestions(page, (n) => answers[(n * 3) % 5]);
  await page.getByRole('link', { name: 'See my results' }).click();
  await heading(page, /^Your results$/);
  const focused = page.getByRole('heading', { level: 1, name: 'Your results' });
  await page.waitForFunction(() => document.activeElement === document.querySelector('h1'));
  assert.ok(await focused.evaluate((el) => el === document.activeElement), 'the results heading has the focus');

  await page.reload();
  await heading(page, /^Your results$/);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' &&
    document.activeElement.innerText.trim() === 'Your results');
  await page.close();
});

test('a shared result speaks of their answers, not yours', async () => {
  const page = await fresh('/quiz');
  await completeQuiz(page);
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const main = page.getByRole('main');
  assert.match(await main.innerText(), /Why: you |None of your answers/, 'the student\'s own results say "you"');
  await page.evaluate(() => localStorage.clear());
  await page.close();

  const other = await app.browser.context.newPage();
  await other.goto(link);
  await heading(other, /^Shared results$/);
  await other.getByText('someone shared with you').waitFor();
  const text = await other.getByRole('main').innerText();
  assert.match(text, /Why: they |None of their answers/);
  assert.match(text, /given their answers, that it is their best match/);
  assert.match(text, /chance of being their best match/);
  assert.doesNotMatch(text, /\byou answered\b|\byour answers\b|\byour best match\b|\byour way in\b|\bwhy: you\b|\byour profile\b/i);
  await other.waitForFunction(() => document.activeElement?.innerText?.trim() === 'Shared results');
  await other.close();
});

test('an unknown address shows the app\'s own "Page not found", with status 404 and links onward', async () => {
  const page = await app.browser.context.newPage();
  for (const [path, title] of [['/no-such-page', 'Page not found'], ['/roles/no-such-role', 'Role not found'],
    ['/quiz/extra/parts', 'Page not found']]) {
    const res = await page.goto(app.server.origin + path);
    assert.equal(res.status(), 404, `${path} is answered with status 404`);
    await page.getByRole('main').waitFor();
    await heading(page, new RegExp(`^${title}$`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).waitFor();
    const onward = page.getByRole('navigation', { name: 'Where to go instead' });
    for (const name of ['Home', 'Take the quiz', 'See all roles']) {
      await onward.getByRole('link', { name, exact: true }).waitFor();
    }
    assert.match(await page.getByRole('alert').innerText(), /no (page|role) at|with that address/);
    await page.waitForFunction((t) => document.title.startsWith(t), title);
  }
  await page.getByRole('navigation', { name: 'Where to go instead' }).getByRole('link', { name: 'Take the quiz' }).click();
  await heading(page, /^(About you|Question \d+)$/);
  const known = await fetch(app.server.origin + '/roles');
  assert.equal(known.status, 200, 'a page the app has is answered with status 200');
  await page.close();
});

test('no role page scrolls sideways on a 320 px screen, however long its source addresses', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, app.server.origin, '/roles');
  await heading(page, /^Roles$/);
  let paths = await page.getByRole('main').getByRole('link')
    .evaluateAll((as) => as.map((a) => new URL(a.href).pathname).filter((p) => /^\/roles\/[a-z0-9-]+$/.test(p)));
  paths = [...new Set(paths)];
  assert.ok(paths.length >= 6, `the roles page links every role: ${paths}`);
  const wide = [];
  for (const path of paths) {
    await open(page, app.server.origin, path);
    await roleTextShown(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  assert.deepEqual(wide, [], 'role pages wider than the screen');
  await page.close();
});

test('a role page links to its closest O*NET occupation and marks undated figures and notes', async () => {
  const page = await app.browser.context.newPage();
  const requested = [];
  page.on('request', (r) => { if (!r.url().startsWith(app.server.origin)) requested.push(r.url()); });
  await open(page, app.server.origin, '/roles/data-scientist');
  await heading(page, /^Data Scientist$/);
  await roleTextShown(page);
  const link = page.getByRole('link', { name: 'Data Scientists (15-2051.00)' });
  assert.equal(await link.getAttribute('href'), 'https://www.onetonline.org/link/summary/15-2051.00');
  assert.match(await page.getByText(/^Closest O\*NET occupation:/).innerText(), /Closest O\*NET occupation: Data Scientists \(15-2051\.00\)/);
  const pay = await page.getByRole('main').innerText();
  assert.match(pay, /Median annual wage, data scientists: \$112,590 a year · United States, 2024/);
  assert.doesNotMatch(pay, /\$103,500|\$108,020/, 'one edition of the BLS pay figure');

  await open(page, app.server.origin, '/roles/systems-ml-engineer');
  await heading(page, /^Systems ML Engineer$/);
  await roleTextShown(page);
  const text = await page.getByRole('main').innerText();
  assert.match(text, /Entry level, starting salary \(approximate\): \$112,000 a year · United States, undated/);
  assert.match(text, /Note: Given in the source's market section without a year; its salary section gives entry-level pay as \$96,000 - \$132,000\./);
  assert.doesNotMatch(text, /seed/i);
  assert.deepEqual(requested, [], 'the role page requests nothing from another host');
  await page.close();
});

test('a role page whose text cannot be fetched says so, and shows it all when trying again works', async () => {
  const page = await app.browser.context.newPage();
  // No service worker controls the page, so that its fetches are the page's own to block.
  await open(page, app.server.origin, '/about');
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  let block = true;
  await page.route('**/web/roles/*.json', (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await open(page, app.server.origin, '/roles/data-engineer');
  await heading(page, /^Data Engineer$/);
  const alert = page.getByRole('alert').filter({ hasText: 'The rest of this page could not be loaded' });
  await alert.waitFor();
  const main = await page.getByRole('main').innerText();
  assert.match(main, /Overview/, 'the overview is still shown');
  assert.doesNotMatch(main, /Responsibilities/, 'nothing of the rest half-shown');
  await page.getByRole('link', { name: 'Roles', exact: true }).click();
  await page.getByRole('link', { name: 'Data Scientist', exact: true }).click();
  await heading(page, /^Data Scientist$/);
  await alert.waitFor();
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await roleTextShown(page);
  await page.getByRole('heading', { level: 2, name: /Responsibilities/ }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.close();
});
