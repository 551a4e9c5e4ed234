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
// of the first question; the anchor: loader gone and its heading shown. Recorded by a script
// DevTools injects into every document (it is not subject to the page's CSP).
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
    close: () => { ws.close(); proc.kill(); rmSync(dir, { recursive: true, force: true }); },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// One visit: a fresh browser context (cold) or the same one again (repeat), every target in
// it throttled (pages and the service worker), every response's bytes on the wire counted.
async function visit(cdp, ctx, url, kind, cond) {
  let bytes = 0;
  const urls = new Map();
  let swResponses = 0;
  let lastNet = 0;
  const local = new Set(); // responses from the worker or a cache: no bytes on the wire
  const sessions = new Map();
  let pageSession;
  const onEvent = async (msg) => {
    if (msg.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo, waitingForDebugger } = msg.params;
      if (targetInfo.browserContextId !== ctx || !['page', 'service_worker', 'worker'].includes(targetInfo.type)) {
        if (waitingForDebugger) cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
        return;
      }
      sessions.set(sessionId, targetInfo.type);
      const s = (m, p) => cdp.send(m, p, sessionId).catch(() => {});
      await s('Network.enable');
      await s('Network.setCacheDisabled', { cacheDisabled: false });
      if (cond) {
        await s('Network.emulateNetworkConditions', { offline: false, latency: cond.latency, downloadThroughput: cond.downloadThroughput, uploadThroughput: cond.uploadThroughput });
        if (targetInfo.type === 'page') await s('Emulation.setCPUThrottlingRate', { rate: cond.cpu });
      }
      if (targetInfo.type === 'page') {
        await s('Page.enable');
        await s('Page.addScriptToEvaluateOnNewDocument', { source: probe(kind) });
      }
      // Workers the page starts are attached too, and wait for their throttling.
      await s('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
      if (waitingForDebugger) await s('Runtime.runIfWaitingForDebugger');
      if (targetInfo.type === 'page') pageSession = sessionId;
    } else if (msg.method === 'Network.responseReceived' && sessions.has(msg.sessionId)) {
      const r = msg.params.response;
      urls.set(msg.sessionId + msg.params.requestId, r.url);
      if (r.fromServiceWorker || r.fromDiskCache || r.fromPrefetchCache || !r.url.startsWith('http')) local.add(msg.sessionId + msg.params.requestId);
    } else if (msg.method === 'Network.loadingFinished' && sessions.has(msg.sessionId)) {
      if (!local.has(msg.sessionId + msg.params.requestId)) {
        bytes += msg.params.encodedDataLength;
        lastNet = Date.now();
        if (sessions.get(msg.sessionId) === 'service_worker') swResponses++;
        if (process.env.BENCH_DEBUG) process.stderr.write(`  ${sessions.get(msg.sessionId)} ${urls.get(msg.sessionId + msg.params.requestId)} ${msg.params.encodedDataLength}\n`);
      }
    }
  };
  cdp.on(onEvent);
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId: ctx });
  while (!pageSession) await sleep(10);
  await cdp.send('Page.navigate', { url }, pageSession);
  let answerable;
  for (let i = 0; i < 1200 && answerable === undefined; i++) {
    await sleep(100);
    const r = await cdp.send('Runtime.evaluate', { expression: 'window.__answerable', returnByValue: true }, pageSession).catch(() => null);
    answerable = r?.result?.value;
  }
  const marks = await cdp.send('Runtime.evaluate', {
    returnByValue: true,
    expression: `(() => {
      const m = {};
      for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;
      const w = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.wasm'));
      if (w) { m['wasm-request'] = w.requestStart || w.startTime; m['wasm-downloaded'] = w.responseEnd; }
      return m;
    })()`,
  }, pageSession).catch(() => null);
  // The worker's install: wait until no target of the visit has fetched anything for a
  // while (the worker's cache is full), at most a minute.
  const quiet = cond ? 8000 : 3000;
  lastNet = Math.max(lastNet, Date.now());
  for (let t = 0; t < 60000 && Date.now() - lastNet < quiet; t += 250) await sleep(250);
  cdp.off(onEvent);
  await cdp.send('Target.closeTarget', { targetId });
  return { answerable, bytes, marks: marks?.result?.value || {}, worker: swResponses };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cdp = await startChromium();
await cdp.send('Target.setDiscoverTargets', { discover: true });
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
const results = {};
const targets = { app: `${appOrigin}/quiz`, anchor: `${anchorOrigin}/` };
for (const [cname, cond] of Object.entries(conditions)) {
  for (let i = 0; i < runs; i++) {
    for (const [kind, url] of Object.entries(targets)) { // alternating app and anchor
      const { browserContextId: ctx } = await cdp.send('Target.createBrowserContext');
      const cold = await visit(cdp, ctx, url, kind, cond);
      const repeat = await visit(cdp, ctx, url, kind, cond);
      await cdp.send('Target.disposeBrowserContext', { browserContextId: ctx });
      const r = (results[`${kind}.${cname}`] ||= { cold: [], repeat: [], bytes: [], marks: [] });
      r.cold.push(cold.answerable);
      r.repeat.push(repeat.answerable);
      r.bytes.push(cold.bytes);
      r.marks.push(cold.marks);
      process.stderr.write(`${kind} ${cname} run ${i + 1}: cold ${Math.round(cold.answerable)} ms, repeat ${Math.round(repeat.answerable)} ms, ${cold.bytes} B, ${cold.worker} fetched by the worker\n`);
    }
  }
}
cdp.close();
const out = {};
for (const [k, r] of Object.entries(results)) {
  const phases = {};
  for (const name of new Set(r.marks.flatMap((m) => Object.keys(m)))) phases[name] = median(r.marks.map((m) => m[name]));
  out[k] = { cold: median(r.cold), repeat: median(r.repeat), bytes: median(r.bytes), phases };
}
console.log(JSON.stringify(out));
