// The essential paths of the quiz in each browser engine a student may have: Chromium, Firefox
// (Gecko) and WebKit (the engine of every browser on an iPhone). The long cases stay in the
// Chromium suite (../*.test.js); these are the ones a student cannot do without.
// ENGINES=firefox,webkit runs some of them.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveWeb, workerResources, pagePaths, prerenderedHeading, holdWasm } from '../harness.js';
import { engines, launchEngine, restartEngine, stopEngines } from './driver.js';

const selected = (process.env.ENGINES ?? engines.join(',')).split(',').filter(Boolean);
for (const e of selected) if (!engines.includes(e)) throw new Error(`ENGINES: unknown engine ${e}; known: ${engines}`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const answers = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Agree', 'Not sure'];
const stage = 'At university or college';
const steps = /^(About you|Question \d+|Skills you already have|(Your|Shared) results)$/;

/** h1 waits until the page's h1 matches re and returns its text. */
async function h1(page, re) {
  await page.waitFor((src) => new RegExp(src).test(document.querySelector('h1')?.innerText.trim() ?? ''), re.source);
  return page.evaluate(() => document.querySelector('h1').innerText.trim());
}

/** ready waits until the wasm app has rendered its main landmark and the loader is gone. */
async function ready(page) {
  await page.waitFor(() => document.querySelector('main') && (!document.getElementById('app-wasm-loader') ||
    getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none'), null, 60000);
}

async function open(page, url) {
  await page.goto(url);
  await ready(page);
}

/**
 * answer takes the quiz on screen by accessible names: the stage question, then agree questions
 * until the skills step, or until `most` of them are answered. After each Next the focus must be
 * on the new question's heading. It returns how many agree questions it answered.
 */
async function answer(page, most = 100) {
  for (let n = 0; ;) {
    const h = await h1(page, steps);
    if (h === 'About you') {
      await (await page.find('radio', stage)).click();
      await (await page.find('button', 'Next')).click();
    } else if (h.startsWith('Question ')) {
      assert.equal(h, `Question ${n + 1}`);
      if (n === most) return n;
      await (await page.find('radio', answers[n % answers.length])).click();
      await (await page.find('button', 'Next')).click();
      n++;
    } else {
      return n;
    }
    await page.waitFor((prev) => {
      const now = document.querySelector('h1')?.innerText.trim();
      return now && now !== prev && (!/^Question /.test(now) || document.activeElement?.id === 'question-heading');
    }, h);
  }
}

/** toResults goes from the skills step to the results and returns the ranked role titles. */
async function toResults(page) {
  await h1(page, /^Skills you already have$/);
  await (await page.find('link', 'See my results')).click();
  return ranking(page);
}

/**
 * ranking is the titles of every ranked role, best first, once the results are on screen: the
 * list behind "Compare all roles" (a details element, opened as a student would).
 */
async function ranking(page) {
  await h1(page, /^(Your|Shared) results$/);
  await page.find('heading', await page.evaluate(() => document.querySelector('h1').innerText.trim()));
  await page.waitFor(() => document.querySelector('details#compare summary'));
  if (!await page.evaluate(() => document.getElementById('compare').open)) {
    await page.evaluate(() => document.querySelector('details#compare summary').click());
  }
  await page.waitFor(() => document.getElementById('compare').open);
  const titles = await page.evaluate(() => [...document.querySelectorAll('#compare ol > li h3')].map((h) => h.innerText.trim()));
  assert.ok(titles.length >= 6, `the results list roles: ${titles}`);
  return titles;
}

/** foreign lists the resources the page loaded from any origin but the app's. */
async function foreign(page, origin) {
  return page.evaluate((o) => performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => /^https?:/.test(u) && new URL(u).origin !== o), origin);
}

/**
 * sideways loads url at 320 CSS px wide and returns by how many px its page scrolls sideways.
 * Chromium and Firefox size their viewport; WebKit's MiniBrowser window cannot be narrower than
 * its toolbar (447 px), so there the page is measured in a 320 px frame of the app's own origin,
 * where media queries and layout answer to the frame's width as they would to a phone's.
 */
async function sideways(page, url) {
  if (page.engine !== 'webkit') {
    await page.setViewport(320, 640);
    await open(page, url);
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
  await page.evaluate((src) => {
    document.getElementById('narrow')?.remove();
    const f = document.createElement('iframe');
    Object.assign(f, { id: 'narrow', src, title: 'narrow' });
    f.style.cssText = 'position:fixed;top:0;left:0;width:320px;height:640px;border:0;z-index:99';
    document.body.appendChild(f);
  }, url);
  await page.waitFor(() => {
    const d = document.getElementById('narrow')?.contentDocument;
    const loader = d?.getElementById('app-wasm-loader');
    return d?.readyState === 'complete' && d.querySelector('main h1') && (!loader || getComputedStyle(loader).display === 'none');
  }, null, 60000);
  return page.evaluate(() => {
    const d = document.getElementById('narrow').contentDocument.documentElement;
    if (d.clientWidth !== 320) throw new Error(`the frame is ${d.clientWidth} px wide`);
    return d.scrollWidth - d.clientWidth;
  });
}

// Each case gets its own time limit: a whole file over three engines outlasts any one limit.
const limit = { timeout: 300000 };

/**
 * once more runs a case again, once, in a fresh driver, when the engine's automation itself
 * stopped answering (a WebDriver command with no reply: code "hung"), and says so in the test's
 * output. Any other failure, and a second hang, fails the case: a page that misbehaves fails.
 */
function onceMore(engine, fn) {
  return async (t) => {
    try {
      return await fn(t);
    } catch (e) {
      if (e.code !== 'hung') throw e;
      t.diagnostic(`${engine}'s driver stopped answering, so the case ran again in a new one: ${e.message}`);
      restartEngine(engine);
      return fn(t);
    }
  };
}

after(() => stopEngines());

for (const engine of selected) {
  describe(engine, () => {
    let server;
    before(async () => { server = await serveWeb(process.env.CAREERQUIZ_WEB); });
    after(async () => { await server?.stop(); });

    let link, mine; // the share link and ranking of the whole quiz, for the fresh profile

    test('a whole quiz by accessible names reaches the results, and Copy says what happened', limit, onceMore(engine, async (t) => {
      const page = await launchEngine(engine);
      try {
        t.diagnostic(await page.version());
        await open(page, server.origin + '/');
        await page.find('link', 'Start the quiz');
        // Only Chromium offers an install prompt (beforeinstallprompt): elsewhere no Install
        // button may show, as it would do nothing.
        if (!await page.evaluate(() => 'onbeforeinstallprompt' in window)) {
          assert.equal(await page.count('button', 'Install the app'), 0, 'an Install button the engine cannot honour');
        }
        await (await page.find('link', 'Start the quiz')).click();
        const n = await answer(page);
        assert.ok(n >= 5, `${n} questions before the skills step`);
        mine = await toResults(page);
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-heading', 'focus is on the results heading');
        const best = await page.evaluate(() => document.querySelector('#compare ol > li')?.innerText ?? '');
        assert.match(best, /\b\d{1,3}%/, `the best role shows its fit as NN%: ${best}`);
        link = await (await page.find('textbox', 'Share link')).value();
        assert.match(link, /\/results#s=[A-Za-z0-9_-]+$/);

        // navigator.clipboard differs between engines (a permission, a focused document): the
        // status may say copied only once the engine's writeText has resolved.
        await page.evaluate(() => {
          const clip = navigator.clipboard;
          window.copyOutcome = clip ? 'pending' : 'none';
          if (!clip) return;
          const write = clip.writeText.bind(clip);
          clip.writeText = (text) => {
            const p = write(text);
            p.then(() => { window.copyOutcome = 'copied'; }, () => { window.copyOutcome = 'refused'; });
            return p;
          };
        });
        await (await page.find('button', 'Copy share link')).click();
        await page.waitFor(() => window.copyOutcome !== 'pending' &&
          /copied|the link is selected/.test([...document.querySelectorAll('[role=status]')].map((x) => x.innerText).join(' ')));
        const [outcome, said] = await page.evaluate(() => [window.copyOutcome,
          [...document.querySelectorAll('[role=status]')].map((x) => x.innerText).join(' ')]);
        t.diagnostic(`navigator.clipboard.writeText: ${outcome}`);
        if (outcome === 'copied') assert.match(said, /The link is copied/);
        else assert.match(said, /the link is selected instead/, `writeText ${outcome}, yet the status says: ${said}`);

        // Refused, as when the student says no to the engine's permission prompt.
        await page.evaluate(() => {
          if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        });
        await (await page.find('button', 'Copy share link')).click();
        await page.waitFor(() => /the link is selected instead/.test(
          [...document.querySelectorAll('[role=status]')].map((x) => x.innerText).join(' ')));

        if (engine === 'firefox') {
          await page.addScript(axeSource);
          const violations = await page.evaluate(async () => (await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          })).violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`));
          assert.deepEqual(violations, [], 'axe on the results');
        }
        assert.deepEqual(await foreign(page, server.origin), [], 'resources from other hosts');
      } finally {
        await page.close();
      }
    }));

    test('the share link opens in a fresh profile, and no page scrolls sideways at 320 px', limit, onceMore(engine, async () => {
      assert.ok(link, 'the whole quiz gave a share link');
      const other = await launchEngine(engine);
      try {
        await open(other, link);
        assert.deepEqual(await ranking(other), mine);
        assert.equal(await h1(other, /results$/), 'Shared results');
        assert.equal(await other.evaluate(() => localStorage.getItem('careerquiz.progress')), null, 'a shared link is not saved');
        for (const url of [link, ...['/', '/quiz', '/roles', '/roles/systems-ml-engineer', '/about'].map((p) => server.origin + p)]) {
          const px = await sideways(other, url);
          assert.ok(px <= 0, `${url} scrolls sideways by ${px} px at 320 px`);
        }
      } finally {
        await other.close();
      }
    }));

    // The server's first question works before the WebAssembly arrives (web/boot.js,
    // app/early.go), and the app takes the answer over when it starts.
    test('the first question is answered before the app starts, and the app keeps the answer', limit, onceMore(engine, async () => {
      const slow = await holdWasm(server.origin);
      const page = await launchEngine(engine);
      try {
        await page.goto(slow.origin + '/quiz');
        await (await page.find('radio', 'At school')).click();
        await (await page.find('button', 'Next')).click();
        await page.waitFor(() => document.activeElement?.getAttribute('role') === 'status' && /Your answer is kept/.test(document.activeElement.innerText));
        assert.ok(await page.evaluate(() => !!document.getElementById('app-wasm-loader')), 'the app had not started');
        slow.release();
        await ready(page);
        assert.equal(await h1(page, /^Question 1$/), 'Question 1');
        await (await page.find('button', 'Back')).click();
        await h1(page, /^About you$/);
        assert.equal(await page.evaluate(() => document.querySelector('input[name=stage]:checked')?.value), 'school');
      } finally {
        await page.close();
        await slow.stop();
      }
    }));

    test('progress is resumed after a reload', limit, onceMore(engine, async () => {
      const page = await launchEngine(engine);
      try {
        await open(page, server.origin + '/quiz');
        await answer(page, 3);
        const legend = await page.evaluate(() => document.querySelector('fieldset legend').innerText);
        await page.reload();
        await ready(page);
        assert.equal(await h1(page, /^Question \d+$/), 'Question 4');
        assert.equal(await page.evaluate(() => document.querySelector('fieldset legend').innerText), legend);
        await (await page.find('button', 'Back')).click();
        assert.equal(await h1(page, /^Question 3$/), 'Question 3');
        assert.equal(await page.evaluate(() => document.querySelectorAll('input[type=radio]:checked').length), 1, 'the earlier answer is kept');
        await open(page, server.origin + '/');
        await page.find('link', 'Resume the quiz');
      } finally {
        await page.close();
      }
    }));

    // Refused storage: the app runs from memory only and says so on every page (app/store.go).
    test('with site data refused, the quiz still runs to the results, and says progress is not kept', limit, onceMore(engine, async () => {
      const page = await launchEngine(engine, { refuseStorage: true });
      try {
        await open(page, server.origin + '/');
        await page.waitFor(() => /progress will not be kept/.test(document.body.innerText));
        await (await page.find('link', 'Start the quiz')).click();
        await answer(page);
        await toResults(page);
        assert.match(await page.evaluate(() => document.body.innerText), /progress will not be kept/);
      } finally {
        await page.close();
      }
    }));

    test('after one visit every route reloads offline', limit, onceMore(engine, async (t) => {
      const web = await serveWeb(process.env.CAREERQUIZ_WEB);
      const page = await launchEngine(engine);
      try {
        const resources = await workerResources(web.origin + '/app-worker.js');
        const pages = pagePaths(resources);
        assert.ok(pages.includes('/quiz') && pages.includes('/results'), `the worker caches the routes: ${pages}`);
        const expected = new Map();
        for (const p of pages) expected.set(p, await prerenderedHeading(web.origin + p));
        await open(page, web.origin + '/');
        const missing = await page.evaluate(async (want) => {
          const reg = await navigator.serviceWorker.ready;
          if (reg.active.state !== 'activated') {
            await new Promise((resolve) => reg.active.addEventListener('statechange', () => reg.active.state === 'activated' && resolve()));
          }
          for (let i = 0; i < 600; i++) {
            const have = new Set();
            for (const name of await caches.keys()) {
              for (const r of await (await caches.open(name)).keys()) have.add(r.url);
            }
            const left = want.map((u) => new URL(u, location.href).href).filter((u) => !have.has(u));
            if (left.length === 0) return left;
            await new Promise((r) => setTimeout(r, 100));
          }
          return 'never cached';
        }, resources.filter((u) => !pagePaths([u]).length || u === '/'));
        assert.deepEqual(missing, [], 'the worker cached every file and the start page');
        await web.stop(); // nothing can come from the network now
        for (const p of pages) {
          await open(page, web.origin + p);
          assert.equal(await h1(page, /./), expected.get(p), `the heading of ${p} offline`);
        }
        t.diagnostic(`${pages.length} routes offline`);
      } finally {
        await page.close();
        await web.stop();
      }
    }));

  });
}
