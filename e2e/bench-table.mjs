// Prints make bench's table (Markdown) from the JSON scripts/bench gathered.
import { readFileSync } from 'node:fs';

const [sizes, engine, browser, lighthouse = {}] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const B = (n) => (n == null ? 'n/a' : `${Math.round(n).toLocaleString('en')} B`);
const ms = (n) => (n == null ? 'n/a' : `${Math.round(n).toLocaleString('en')} ms`);
const ratio = (a, b) => (a == null || b == null || !b ? '' : (a / b).toFixed(2));
const rows = [];
const row = (measure, app, anchor, fmt, budget = '') => rows.push([measure, fmt(app), fmt(anchor), ratio(app, anchor), budget]);

for (const k of ['raw', 'gzip', 'brotli']) {
  row(`app.wasm ${k} (floor: ${B(sizes.floor[k])})`, sizes.app[k], sizes.anchor[k], B, k === 'brotli' ? '≤ 1.10' : '');
}
const b = (kind, cond) => browser[`${kind}.${cond}`] || {};
row('first visit, all bytes incl. the worker\'s install', b('app', 'unthrottled').bytes, b('anchor', 'unthrottled').bytes, B, '≤ 1.15');
row('cold, unthrottled: first question answerable / anchor interactive', b('app', 'unthrottled').cold, b('anchor', 'unthrottled').cold, ms, '≤ 1.2');
row('repeat, unthrottled', b('app', 'unthrottled').repeat, b('anchor', 'unthrottled').repeat, ms, '');
rows.push([`repeat, bytes on the wire (the page from the ${b('app', 'unthrottled').repeatDocument || 'n/a'} / ${b('anchor', 'unthrottled').repeatDocument || 'n/a'})`,
  B(b('app', 'unthrottled').repeatBytes), B(b('anchor', 'unthrottled').repeatBytes), '', '']);
row('cold, Slow 4G + 4× CPU: the app\'s question answerable / anchor interactive', b('app', 'slow4g').cold, b('anchor', 'slow4g').cold, ms, '');
row('cold, Slow 4G + 4× CPU: the server\'s first question answerable (before the app)', b('app', 'slow4g').phases?.early, b('anchor', 'slow4g').cold, ms, '≤ 0.3');
row('cold, unthrottled: the server\'s first question answerable (before the app)', b('app', 'unthrottled').phases?.early, b('anchor', 'unthrottled').cold, ms, '');
row('repeat, Slow 4G + 4× CPU: the app\'s question answerable / anchor interactive', b('app', 'slow4g').repeat, b('anchor', 'slow4g').repeat, ms, '≤ 1.2');
row('repeat, Slow 4G + 4× CPU: the server\'s first question answerable (before the app)', b('app', 'slow4g').repeatPhases?.early, b('anchor', 'slow4g').repeat, ms, '');
for (const cond of ['unthrottled', 'slow4g']) {
  const p = b('app', cond).phases || {};
  const a = b('anchor', cond).phases || {};
  const label = cond === 'slow4g' ? 'Slow 4G' : 'unthrottled';
  row(`phase (${label}): wasm downloaded`, p['wasm-downloaded'], a['wasm-downloaded'], ms);
  if (p['careerquiz:go-start'] != null) {
    rows.push([`phase (${label}): compile + Go init (downloaded → go-start)`, ms(p['careerquiz:go-start'] - p['wasm-downloaded']), '', '', '']);
    rows.push([`phase (${label}): go-start → catalogue ready`, ms(p['careerquiz:catalogue'] - p['careerquiz:go-start']), '', '', '']);
    rows.push([`phase (${label}): catalogue → first question answerable`, ms(b('app', cond).cold - p['careerquiz:catalogue']), '', '', '']);
  }
}
{
  const p = b('app', 'slow4g').repeatPhases || {};
  const a = b('anchor', 'slow4g').repeatPhases || {};
  row('phase (Slow 4G repeat): wasm from the worker', p['wasm-downloaded'], a['wasm-downloaded'], ms);
}
rows.push(['engine, time per answer, native', `${(engine.native_ns / 1e6).toFixed(3)} ms`, '', '', '']);
rows.push(['engine, time per answer, wasm (node)', `${(engine.wasm_ns / 1e6).toFixed(3)} ms`, '', '', '']);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = (name) => (lighthouse[name] ? cats.map((c) => lighthouse[name][c] ?? 'n/a').join(' / ') : 'n/a');
for (const p of ['/', '/quiz']) {
  rows.push([`Lighthouse 12 mobile \`${p}\`: performance / accessibility / best practices / SEO`, scores(`app ${p}`), scores(`anchor ${p}`), '', '≥ 90 / 100 / 100 / 100']);
}

console.log(`\nmake bench, ${sizes.date} (medians; app = /quiz, anchor = a one-component go-app app)\n`);
console.log('| measure | app | anchor | ratio | budget |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const flagged = Object.entries(lighthouse).filter(([, v]) => Object.keys(v.flagged || {}).length);
if (flagged.length) {
  console.log('\nWhat Lighthouse took points for:\n');
  for (const [name, v] of flagged) {
    console.log(`- ${name}: ${Object.entries(v.flagged).map(([k, d]) => `${k} (${d})`).join('; ')}`);
  }
}
