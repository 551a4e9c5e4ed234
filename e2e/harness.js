// Test harness: starts the real server and a real Chromium, and records every request the
// page makes so that a test fails on any request to a host other than the app's own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const bin = process.env.CAREERQUIZ_BIN;
const web = process.env.CAREERQUIZ_WEB;

/** chromiumPath finds Chromium: $CHROMIUM, then Debian's paths. */
export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error("Chromium not found: install Debian's chromium package or set CHROMIUM");
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** startServer runs `careerquiz serve` on a free port and waits until it answers. */
export async function startServer(extraArgs = []) {
  if (!bin || !web) throw new Error('CAREERQUIZ_BIN and CAREERQUIZ_WEB must be set (make browser-test sets them)');
  const port = await freePort();
  const addr = `127.0.0.1:${port}`;
  const proc = spawn(bin, ['serve', '--addr', addr, '--web', web, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const origin = `http://${addr}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(origin + '/');
      if (res.ok) return { origin, port, stop: () => proc.kill(), output: () => output };
    } catch { /* not up yet */ }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`the server did not start: ${output}`);
}

/** launch starts headless Chromium with the flags this machine's closed network needs. */
export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'careerquiz-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(30000);
  const foreign = [];
  return {
    context,
    foreign,
    /** watch records requests from pages of this context to any host other than origin's. */
    watch(origin) {
      const host = new URL(origin).host;
      context.on('request', (req) => {
        const u = new URL(req.url());
        if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
        if (u.host !== host) foreign.push(req.url());
      });
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** open loads path and waits until the wasm app has rendered its main landmark. */
export async function open(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.getByRole('main').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => !document.getElementById('app-wasm-loader') ||
    getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none', null, { timeout: 60000 });
}

/** tabTo presses Tab until the element found by role and name has the keyboard focus. */
export async function tabTo(page, role, name, max = 40) {
  const target = page.getByRole(role, { name, exact: true });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${role} "${name}" never got the focus after ${max} Tabs`);
}
