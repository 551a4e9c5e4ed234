// Browser half of `make bench`: the career quiz against the anchor (a one-component go-app
// app), in headless Chromium driven over the DevTools protocol, so that the service worker's
// own target is throttled and counted like the page. Prints one JSON object; scripts/bench
// turns it into the table. Numbers only: nothing here asserts.
//
//   node --experimental-websocket bench.mjs APP_ORIGIN ANCHOR_ORIGIN [RUNS]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './harness.js';

const [appOrigin, anchorOrigin, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);

// DevTools' "Slow 4G" preset (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) with 4x CPU.
const conditions = {
  unthrottled: null,
  slow4g: { latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375, cpu: 4 },
};

// Answerable: the app's wasm has started (go-app's loader is gone) and the page holds a radio
// of the first question; the anchor: loader gone and its heading shown. Before that, the
// server's /quiz carries the first question as a form that web/boot.js answers (data-early):
// it is answerable once it is in the page and painted (first contentful paint), recorded as
// "early". Recorded by a script DevTools injects into every document (it is not subject to
// the page's CSP).
const probe = (kind) => `(() => {
  const done = () => {
    const l = document.getElementById('app-wasm-loader');
    const gone = !l || getComputedStyle(l).display === 'none';
    return gone && document.querySelector(${JSON.stringify(kind === 'app' ? 'main input[type=radio]' : 'h1')});
  };
  const check = () => {
    if (window.__answerable === undefined && document.documentElement && done()) {
      window.__answerable = performance.now();
    }
    if (window.__earlySeen === undefined && document.querySelector('form[data-early] input[type=radio]')) {
      window.__earlySeen = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  addEventListener('DOMContentLoaded', check);
})();`;

async function startChromium() {
  const dir = mkdtempSync(join(tmpdir(), 'careerquiz-bench-'));
  const proc = spawn(chromiumPath(), [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank',
  ], { stdio: 'ignore' });
  const portFile = join(dir, 'DevToolsActivePort');
  for (let i = 0; i < 300 && !existsSync(portFile); i++) await sleep(100);
  const [port, path] = readFileSync(portFile, 'utf8').trim().split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
  let id = 0;
  const pending = new Map();
  const listeners = [];
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(JSON.stringify(msg.error))); else resolve(msg.result);
    } else if (msg.method) {
      for (const l of listeners) l(msg);
    }
  };
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const mid = ++id;
    pending.set(mid, { resolve, reject });
    ws.send(JSON.stringify({ id: mid, method, params, sessionId }));
  });
  return {
    send,
    on: (fn) => listeners.push(fn),
    off: (fn) => listeners.splice(listeners.indexOf(fn), 1),
    close: async () => {
      ws.close();
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill();
      await exited; // a browser still writing its profile cannot have it removed
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The targets of the measured browser contexts, attached (auto-attach, waiting for the
// debugger) and set up as they start: network events on, the visit's network conditions on
// every target (pages and service workers alike: page throttling does not reach a worker;
// CPU throttling exists for pages only), the probe in pages. A worker can be attached twice
// (from the browser and from its page): only its first session is set up and counted.
const contexts = new Map(); // browserContextId -> { kind, cond }
const attached = new Map(); // sessionId -> { type, targetId, ctx, ready }
const primary = new Map(); // targetId -> sessionId
let onVisitEvent = null;

function watchTargets(cdp) {
  cdp.on(async (msg) => {
    if (msg.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo, waitingForDebugger } = msg.params;
      const c = contexts.get(targetInfo.browserContextId);
      const s = (m, p) => cdp.send(m, p, sessionId).catch(() => {});
      if (!c || !['page', 'service_worker', 'worker'].includes(targetInfo.type) || primary.has(targetInfo.targetId)) {
        if (waitingForDebugger) s('Runtime.runIfWaitingForDebugger');
        return;
      }
      primary.set(targetInfo.targetId, sessionId);
      const a = { type: targetInfo.type, targetId: targetInfo.targetId, ctx: targetInfo.browserContextId, ready: false };
      attached.set(sessionId, a);
      // Sent together, not one after the other: a worker that waits for the debugger may
      // not answer until it runs, and a session handles its commands in order anyway.
      const setup = [s('Network.enable'), s('Network.setCacheDisabled', { cacheDisabled: false })];
      if (c.cond) {
        const n = c.cond;
        setup.push(s('Network.emulateNetworkConditions', { offline: false, latency: n.latency, downloadThroughput: n.downloadThroughput, uploadThroughput: n.uploadThroughput }));
        if (a.type === 'page') setup.push(s('Emulation.setCPUThrottlingRate', { rate: n.cpu }));
      }
      if (a.type === 'page') setup.push(s('Page.enable'), s('Page.addScriptToEvaluateOnNewDocument', { source: probe(c.kind) }));
      setup.push(s('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }));
      if (waitingForDebugger) setup.push(s('Runtime.runIfWaitingForDebugger'));
      await Promise.all(setup);
      a.ready = true;
    } else if (msg.method === 'Target.detachedFromTarget') {
      const a = attached.get(msg.params.sessionId);
      if (a) {
        attached.delete(msg.params.sessionId);
        primary.delete(a.targetId);
      }
    } else if (onVisitEvent && attached.has(msg.sessionId)) {
      onVisitEvent(msg, attached.get(msg.sessionId));
    }
  });
}

// One visit in the browser context ctx: the bytes on the wire of every request any of its
// targets made (pages and workers; a response from a worker or a cache has none). A cold
// visit (first) then waits until the page's service worker is activated and no request has
// been in flight for two seconds, so that its bytes include the worker's install, and clears
// the HTTP cache, so that the repeat visit after it is served by the worker and its cache
// storage, not by the HTTP cache.
async function visit(cdp, ctx, url, first) {
  let bytes = 0;
  let swResponses = 0;
  let lastNet = Date.now();
  const inflight = new Set();
  const urls = new Map();
  const local = new Set(); // from a worker or a cache: no bytes on the wire
  let page; // the visit's page session
  let document; // how the page itself came: 'worker', 'cache' or 'network'
  onVisitEvent = (msg, a) => {
    if (a.ctx !== ctx) return;
    const key = a.targetId + msg.params?.requestId;
    if (msg.method === 'Network.requestWillBeSent') {
      inflight.add(key);
      urls.set(key, msg.params.request.url);
    } else if (msg.method === 'Network.responseReceived') {
      const r = msg.params.response;
      if (msg.params.type === 'Document' && msg.sessionId === page && document === undefined) {
        document = r.fromServiceWorker ? 'worker' : r.fromDiskCache || r.fromPrefetchCache ? 'cache' : 'network';
      }
      if (r.fromServiceWorker || r.fromDiskCache || r.fromPrefetchCache || !r.url.startsWith('http')) local.add(key);
    } else if (msg.method === 'Network.loadingFinished' || msg.method === 'Network.loadingFailed') {
      inflight.delete(key);
      lastNet = Date.now();
      if (msg.method === 'Network.loadingFinished' && !local.has(key)) {
        bytes += msg.params.encodedDataLength;
        if (a.type === 'service_worker') swResponses++;
        if (process.env.BENCH_DEBUG) process.stderr.write(`  ${first ? 'cold' : 'repeat'} ${a.type} ${urls.get(key)} ${msg.params.encodedDataLength}\n`);
      }
    }
  };
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId: ctx });
  for (;;) {
    page = primary.get(targetId);
    if (page && attached.get(page)?.ready) break;
    await sleep(10);
  }
  await cdp.send('Page.navigate', { url }, page);
  let answerable;
  for (let i = 0; i < 1200 && answerable === undefined; i++) {
    await sleep(100);
    const r = await cdp.send('Runtime.evaluate', { expression: 'window.__answerable', returnByValue: true }, page).catch(() => null);
    answerable = r?.result?.value;
  }
  const marks = await cdp.send('Runtime.evaluate', {
    returnByValue: true,
    expression: `(() => {
      const m = {};
      for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (window.__earlySeen !== undefined && fcp) m.early = Math.max(window.__earlySeen, fcp.startTime);
      const w = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.wasm'));
      if (w) { m['wasm-request'] = w.requestStart || w.startTime; m['wasm-downloaded'] = w.responseEnd; }
      return m;
    })()`,
  }, page).catch(() => null);
  let worker = 'n/a';
  if (first) {
    const r = await cdp.send('Runtime.evaluate', {
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        if (!navigator.serviceWorker) return 'none';
        const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 180000));
        const reg = await Promise.race([navigator.serviceWorker.ready, timeout]);
        if (reg === 'timeout') return reg;
        const sw = reg.active;
        if (sw.state === 'activated') return 'activated';
        return Promise.race([timeout, new Promise((resolve) => sw.addEventListener('statechange', () => {
          if (sw.state === 'activated') resolve('activated');
        }))]);
      })()`,
    }, page).catch((err) => ({ result: { value: String(err) } }));
    worker = r?.result?.value;
    for (let t = 0; t < 120000 && (inflight.size > 0 || Date.now() - lastNet < 2000); t += 100) await sleep(100);
    await cdp.send('Network.clearBrowserCache', {}, page);
  }
  onVisitEvent = null;
  await cdp.send('Target.closeTarget', { targetId });
  return { answerable, bytes, marks: marks?.result?.value || {}, worker, swResponses, document };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cdp = await startChromium();
watchTargets(cdp);
await cdp.send('Target.setDiscoverTargets', { discover: true });
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
const results = {};
const targets = { app: `${appOrigin}/quiz`, anchor: `${anchorOrigin}/` };
// BENCH_CONDITIONS=unthrottled (or slow4g) measures one condition only, for a quick look.
for (const [cname, cond] of Object.entries(conditions).filter(([n]) => !process.env.BENCH_CONDITIONS || process.env.BENCH_CONDITIONS.split(',').includes(n))) {
  for (let i = 0; i < runs; i++) {
    for (const [kind, url] of Object.entries(targets)) { // alternating app and anchor
      let cold, repeat;
      for (let attempt = 1; ; attempt++) {
        const { browserContextId: ctx } = await cdp.send('Target.createBrowserContext');
        contexts.set(ctx, { kind, cond });
        cold = await visit(cdp, ctx, url, true);
        repeat = await visit(cdp, ctx, url, false);
        await cdp.send('Target.disposeBrowserContext', { browserContextId: ctx });
        contexts.delete(ctx);
        // A throttled cold visit cannot be faster than half its bytes at the throttled rate
        // (the wasm alone is more than that): if it was, the throttling did not reach the
        // page, and the run is made again (at most twice).
        const floor = cond ? (cold.bytes / 2 / cond.downloadThroughput) * 1000 : 0;
        if (!(cold.answerable < floor) || attempt > 2) break;
        process.stderr.write(`${kind} ${cname} run ${i + 1}: cold ${Math.round(cold.answerable)} ms is faster than the throttled network allows (${Math.round(floor)} ms): again\n`);
      }
      const r = (results[`${kind}.${cname}`] ||= { cold: [], repeat: [], bytes: [], repeatBytes: [], marks: [], repeatMarks: [], repeatDocument: [] });
      r.cold.push(cold.answerable);
      r.repeat.push(repeat.answerable);
      r.bytes.push(cold.bytes);
      r.repeatBytes.push(repeat.bytes);
      r.marks.push(cold.marks);
      r.repeatMarks.push(repeat.marks);
      r.repeatDocument.push(repeat.document);
      process.stderr.write(`${kind} ${cname} run ${i + 1}: cold ${Math.round(cold.answerable)} ms, ${cold.bytes} B (worker ${cold.worker}, ${cold.swResponses} fetched by it); repeat ${Math.round(repeat.answerable)} ms, ${repeat.bytes} B, page from the ${repeat.document}\n`);
    }
  }
}
await cdp.close();
const out = {};
for (const [k, r] of Object.entries(results)) {
  const phases = {};
  for (const name of new Set(r.marks.flatMap((m) => Object.keys(m)))) phases[name] = median(r.marks.map((m) => m[name]));
  const repeatPhases = {};
  for (const name of new Set(r.repeatMarks.flatMap((m) => Object.keys(m)))) repeatPhases[name] = median(r.repeatMarks.map((m) => m[name]));
  out[k] = {
    cold: median(r.cold), repeat: median(r.repeat), bytes: median(r.bytes), repeatBytes: median(r.repeatBytes),
    repeatDocument: [...new Set(r.repeatDocument)].join('/'), phases, repeatPhases,
  };
}
console.log(JSON.stringify(out));
