// Screenshots of the home page, a question, the results and a role page at 390 and 1366 px,
// light mode, for the README. Run by scripts/screenshots: node screenshots.mjs OUT_DIR [dark].
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startServer, launch, open, answerQuestions, answerQuestion, heading } from './harness.js';

const out = resolve(process.argv[2] ?? '../docs/screenshots');
const scheme = process.argv[3] === 'dark' ? 'dark' : 'light';
const suffix = scheme === 'dark' ? '-dark' : '';
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  for (const width of [390, 1366]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: width < 800 ? 844 : 900 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const shot = (name, fullPage = true) => page.screenshot({ path: join(out, `${name}-${width}${suffix}.png`), fullPage });
    await open(page, server.origin, '/');
    await page.evaluate(() => localStorage.clear());
    await open(page, server.origin, '/');
    await shot('home');
    await open(page, server.origin, '/quiz');
    const pattern = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Agree', 'Not sure'];
    await answerQuestions(page, (i) => pattern[i % pattern.length], 2, 'At school');
    await page.getByRole('group').getByRole('radio', { name: 'Agree', exact: true }).check();
    await shot('question', false);
    for (let n = 3; n < 80; n++) {
      if (await heading(page, /^(Question \d+|Skills you already have)$/) !== `Question ${n}`) break;
      await answerQuestion(page, n, pattern[n % pattern.length]);
    }
    await page.getByRole('link', { name: 'See my results' }).click();
    await heading(page, /^Your results$/);
    await shot('results');
    await open(page, server.origin, '/roles/data-scientist');
    await heading(page, /^Data Scientist$/);
    await shot('role');
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
