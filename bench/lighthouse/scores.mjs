// Lighthouse half of `make bench`: Lighthouse 12's mobile run (its default: a phone's screen,
// simulated Slow 4G and 4x CPU) of each NAME=URL given, against Debian's chromium (or
// $CHROME_PATH), LH_RUNS times each (default 1; the median score of each category is kept).
// Prints one JSON object: for each NAME, the four category scores (0-100) and the audits that
// cost points, with what Lighthouse says of them. Numbers only: nothing here asserts.
//
//   node scores.mjs OUTDIR NAME=URL...
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [outDir, ...targets] = process.argv.slice(2);
const runs = Number(process.env.LH_RUNS || 1);
const bin = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'lighthouse');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

const out = {};
for (const t of targets) {
  const [name, url] = [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)];
  const scores = Object.fromEntries(categories.map((c) => [c, []]));
  const flagged = new Map();
  for (let i = 0; i < runs; i++) {
    const file = join(outDir, `lighthouse-${name.replace(/[^a-z0-9]+/gi, '-')}-${i}.json`);
    try {
      execFileSync(bin, [url, '--quiet', '--output=json', `--output-path=${file}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu', `--only-categories=${categories.join(',')}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (err) {
      process.stderr.write(`lighthouse ${url}: ${err.message}\n`);
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    if (r.runtimeError) {
      process.stderr.write(`lighthouse ${url}: ${r.runtimeError.code}\n`);
      continue;
    }
    for (const c of categories) scores[c].push(Math.round(r.categories[c].score * 100));
    for (const c of categories) {
      for (const ref of r.categories[c].auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) flagged.set(`${c}: ${a.id}`, a.displayValue || a.title);
      }
    }
    const rb = r.audits['render-blocking-insight'] || r.audits['render-blocking-resources'];
    if (rb?.details?.items?.length) {
      flagged.set('render-blocking', rb.details.items.map((it) => `${new URL(it.url).pathname} ${it.totalBytes} B`).join(', ') + ` (${rb.displayValue || ''})`);
    }
    process.stderr.write(`lighthouse ${name} run ${i + 1}: ${categories.map((c) => scores[c].at(-1)).join(' / ')}\n`);
  }
  out[name] = { ...Object.fromEntries(categories.map((c) => [c, median(scores[c])])), flagged: Object.fromEntries(flagged) };
}
console.log(JSON.stringify(out));
