// The first question answered before the app has started: on a slow link the page's HTML
// arrives long before the WebAssembly, and web/boot.js answers the server's first question
// until the app takes over. Each test holds the wasm back, answers, then lets it through and
// checks that the app kept what the student did. Service workers are blocked so that every
// request for the wasm passes the route that holds it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumPath, startServer, stageHeading } from './harness.js';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * held opens a page in context with app.wasm held back until release() is called, and
 * records every request's URL and body.
 */
async function held(context) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route('**/app.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  const sent = [];
  page.on('request', (req) => sent.push(`${req.method()} ${req.url()} ${req.postData() ?? ''}`));
  return { page, release, sent };
}

/** appStarted waits until go-app's loader is gone: the app has taken the page over. */
async function appStarted(page) {
  await page.waitForFunction(() => !document.getElementById('app-wasm-loader'), null, { timeout: 60000 });
}

const h1 = (page) => page.locator('h1').innerText().then((t) => t.trim());
const group = (page) => page.getByRole('group', { name: 'Where are you now?' });

/** loaderCovers reports whether go-app's loader covers the middle of the first radio. */
async function loaderCovers(page) {
  return page.evaluate(() => {
    const r = document.querySelector('input[name="stage"]').getBoundingClientRect();
    const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!at?.closest('#app-wasm-loader');
  });
}

test('a choice and Next before the app starts are kept, and the app goes on to Question 1', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release, sent } = await held(context);
  await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
  assert.equal(await h1(page), stageHeading);
  assert.equal(await loaderCovers(page), false, "go-app's loader must not cover the question");
  const loading = page.getByText(/^Loading the quiz: \d+%$/).first();
  assert.ok(await loading.isVisible(), 'the loading progress is shown beside the page');

  // Next with nothing chosen asks for a choice, as the app does.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose an answer, or press Skip' }).waitFor();

  await group(page).getByRole('radio', { name: 'At university or college', exact: true }).check();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Choose an answer' }).isVisible(), false,
    'the prompt goes once an answer is chosen');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const kept = page.getByRole('status').filter({ hasText: 'Your answer is kept. Getting the next question ready' });
  await kept.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status',
    'focus moves to the message, so a screen reader reads it');
  assert.equal(await group(page).isVisible(), false, 'the answered question is put away');
  assert.match(await page.locator('.early-wait').innerText(), /Loading the quiz: \d+%/, 'the progress shows by the message');

  release();
  await appStarted(page);
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 1');
  await page.waitForFunction(() => document.activeElement?.id === 'question-heading');
  // The stage was taken over: Back shows it chosen, and it is saved on the device.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() === h, stageHeading);
  assert.equal(await group(page).getByRole('radio', { name: 'At university or college', exact: true }).isChecked(), true);
  const saved = await page.evaluate(() => localStorage.getItem('careerquiz.progress'));
  assert.match(saved ?? '', /college/, 'the early answer is in the saved progress');
  for (const s of sent) assert.doesNotMatch(s, /college|stage=/, `a request carried the answer: ${s}`);
  await context.close();
});

test('Skip before the app starts leaves the stage unknown and goes on', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context);
  await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
  release();
  await appStarted(page);
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 1');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() === h, stageHeading);
  for (const radio of await group(page).getByRole('radio').all()) {
    assert.equal(await radio.isChecked(), false, 'a skipped stage is not chosen');
  }
  await context.close();
});

test('"Change my answer" brings the question back, and a choice not confirmed stays chosen', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context);
  await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
  await group(page).getByRole('radio', { name: 'At school', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Change my answer' }).click();
  const school = group(page).getByRole('radio', { name: 'At school', exact: true });
  await school.waitFor();
  assert.equal(await school.isChecked(), true, 'the earlier choice is still there');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'stage-school', 'focus returns to the choice');
  await group(page).getByRole('radio', { name: 'Working, for less than three years', exact: true }).check();
  release();
  await appStarted(page);
  // The app shows the question again with the choice made, not yet confirmed, and focus on it.
  await page.waitForFunction(() => document.activeElement?.id === 'stage-working-new');
  assert.equal(await h1(page), stageHeading);
  assert.equal(await group(page).getByRole('radio', { name: 'Working, for less than three years', exact: true }).isChecked(), true);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 1');
  await context.close();
});

test('a student with saved progress who answers early resumes where they left off, with the new stage', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const first = await context.newPage();
  await first.goto(server.origin + '/quiz');
  await appStarted(first);
  await group(first).getByRole('radio', { name: 'At school', exact: true }).check();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  for (const n of [1, 2]) {
    await first.waitForFunction((n) => document.querySelector('h1')?.innerText.trim() === `Question ${n}`, n);
    await first.getByRole('group').getByRole('radio', { name: 'Agree', exact: true }).check();
    await first.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await first.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 3');
  await first.close();

  const { page, release } = await held(context);
  await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
  await group(page).getByRole('radio', { name: 'Working, for three years or more', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
  release();
  await appStarted(page);
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 3');
  await page.getByText('Welcome back: this is where you left off').waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('careerquiz.progress'));
  assert.match(saved ?? '', /working-experienced/, 'the new stage replaced the saved one');
  await context.close();
});

test('pages whose server copy would mislead stay under the loader until the app starts', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context);
  await page.goto(server.origin + '/results', { waitUntil: 'domcontentloaded' });
  // The server cannot see the answers on the device, so its "No results" must not show.
  const covered = await page.evaluate(() => {
    const h = document.querySelector('h1').getBoundingClientRect();
    return !!document.elementFromPoint(h.x + 5, h.y + h.height / 2)?.closest('#app-wasm-loader');
  });
  assert.equal(covered, true, 'the server copy of /results is covered by the loader');
  // The others read true without the app: home and a role page are not covered.
  for (const path of ['/', '/roles/data-scientist']) {
    await page.goto(server.origin + path, { waitUntil: 'domcontentloaded' });
    const hidden = await page.evaluate(() => {
      const h = document.querySelector('h1').getBoundingClientRect();
      return !!document.elementFromPoint(h.x + 5, h.y + h.height / 2)?.closest('#app-wasm-loader');
    });
    assert.equal(hidden, false, `${path} is readable before the app starts`);
  }
  release();
  await context.close();
});

test('an early answer that boot.js would not write is ignored: the question shows, nothing chosen', async () => {
  for (const hostile of [{ stage: 'boss', submitted: true }, { stage: 3, submitted: true }, 'school', { stage: 'school', submitted: 'yes' }]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const { page, release } = await held(context);
    await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
    await page.evaluate((v) => { window.careerquizEarly = v; }, hostile);
    release();
    await appStarted(page);
    await page.waitForFunction(() => document.activeElement?.id === 'question-heading');
    assert.equal(await h1(page), stageHeading, `after ${JSON.stringify(hostile)}`);
    for (const radio of await group(page).getByRole('radio').all()) {
      assert.equal(await radio.isChecked(), false, `after ${JSON.stringify(hostile)} nothing is chosen`);
    }
    assert.equal(await page.evaluate(() => window.careerquizEarly), undefined, 'the app forgets what it read');
    await context.close();
  }
});

test('when the app cannot load, the kept answer says so plainly, not with a script error', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let fail;
  const gate = new Promise((r) => { fail = r; });
  await context.route('**/app.wasm', async (route) => { await gate; await route.abort('internetdisconnected'); });
  const page = await context.newPage();
  await page.goto(server.origin + '/quiz', { waitUntil: 'domcontentloaded' });
  await group(page).getByRole('radio', { name: 'At school', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Your answer is kept' }).waitFor();
  fail();
  await page.getByRole('alert').filter({ hasText: 'The quiz could not finish loading. Check your connection and reload the page.' }).waitFor();
  assert.doesNotMatch(await page.locator('.early-wait').innerText(), /Error|fetch/i, 'no script error reaches the student');
  await context.close();
});

test('a role page read before the app starts keeps its text on screen when the app takes over', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release, sent } = await held(context);
  await page.goto(server.origin + '/roles/data-scientist', { waitUntil: 'domcontentloaded' });
  const h2s = () => page.locator('main h2').allInnerTexts();
  const before = await h2s();
  assert.ok(before.length >= 4, `the server's copy has the whole page: ${before}`);
  // Watch, from now on, for the loading line that would replace the text.
  await page.evaluate(() => {
    window.sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('.role-text')) window.sawLoading = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.waitForFunction(() => typeof window.careerquizRoleText?.text === 'string');
  release();
  await appStarted(page);
  await page.waitForFunction(() => performance.getEntriesByName('careerquiz:role-text').length > 0);
  assert.deepEqual(await h2s(), before, 'the same sections once the app has started');
  assert.equal(await page.evaluate(() => window.sawLoading), false, 'the text never gave way to "Loading"');
  assert.equal(sent.filter((s) => s.includes('/web/roles/data-scientist.json')).length, 1, 'the text is fetched once');
  await context.close();
});

// The quiz in a careers page's frame (/embed) answers its first question the same way: on a
// careers service's page the frame is often the first the student sees of the quiz.
test("the embed's first question is answered before the app starts, and the host's heading waits for the app", async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 640 } });
  const { page, release, sent } = await held(context);
  await page.goto(server.origin + '/embed?heading=' + encodeURIComponent('Find your way in'), { waitUntil: 'domcontentloaded' });
  assert.equal(await h1(page), stageHeading);
  assert.equal(await loaderCovers(page), false, "go-app's loader must not cover the frame's question");
  // The server cannot know the host's heading, so its own title is out of sight, in its place.
  assert.equal(await page.locator('.frame-title').evaluate((el) => getComputedStyle(el).visibility), 'hidden',
    "the server's title is not shown in place of the host's");
  await group(page).getByRole('radio', { name: 'At school', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Your answer is kept. Getting the next question ready' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status');

  release();
  await appStarted(page);
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === 'Question 1');
  const title = page.locator('.frame-title');
  assert.equal(await title.innerText(), 'Find your way in');
  assert.equal(await title.evaluate((el) => getComputedStyle(el).visibility), 'visible', "the host's heading shows once the app has started");
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.waitForFunction((h) => document.querySelector('h1')?.innerText.trim() === h, stageHeading);
  assert.equal(await group(page).getByRole('radio', { name: 'At school', exact: true }).isChecked(), true, 'the app kept the answer');
  for (const s of sent) assert.doesNotMatch(s, /school|stage=/, `a request carried the answer: ${s}`);

  // Without a heading in the address, the frame's own title is right, and shows at once.
  const second = await held(context);
  await second.page.goto(server.origin + '/embed', { waitUntil: 'domcontentloaded' });
  assert.equal(await second.page.locator('.frame-title').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  second.release();
  await context.close();
});
