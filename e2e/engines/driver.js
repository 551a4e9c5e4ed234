// One small page API over three engines, so that the same essential paths run in each:
// Chromium (Debian's chromium, puppeteer-core over CDP), Firefox (Debian's firefox-esr,
// puppeteer-core over WebDriver BiDi, no driver binary) and WebKit (Debian's webkit2gtk-driver:
// WebKitWebDriver drives MiniBrowser under Xvfb, spoken to over WebDriver classic with fetch).
//
// Elements are found the way a screen reader would name them, by the engine's own accessibility
// computation: puppeteer's aria selectors (the accessibility tree over CDP, BiDi's accessibility
// locator in Firefox), and in WebKit the engine's computed role and label of each candidate.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const engines = ['chromium', 'firefox', 'webkit'];

const paths = {
  chromium: [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkitdriver: [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'],
  minibrowser: [process.env.MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'],
  xvfb: [process.env.XVFB, '/usr/bin/Xvfb'],
};

function find(what) {
  for (const p of paths[what]) if (p && existsSync(p)) return p;
  throw new Error(`${what} not found: run scripts/need-browsers (it names the Debian packages)`);
}

const timeout = 30000;

/** Candidate elements for a role, in WebKit, before the engine's computed role decides. */
const candidates = {
  button: 'button, [role=button], input[type=button], input[type=submit]',
  link: 'a[href], [role=link]',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  textbox: 'input:not([type]), input[type=text], input[type=url], input[type=email], textarea, [role=textbox]',
  searchbox: 'input[type=search], [role=searchbox]',
  combobox: 'select, input[list], [role=combobox]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  group: 'fieldset, [role=group]',
  status: '[role=status], output',
  alert: '[role=alert]',
};

/**
 * launchEngine starts a fresh browser profile of engine and returns its page. options.refuseStorage
 * starts it with site data (cookies and localStorage) blocked, as a student's browser settings can.
 */
export async function launchEngine(engine, options = {}) {
  if (engine === 'webkit') return launchWebKit(options);
  const dir = mkdtempSync(join(tmpdir(), `careerquiz-${engine}-`));
  let browser;
  if (engine === 'chromium') {
    if (options.refuseStorage) {
      // Chromium's own setting "Don't allow sites to save data", in the profile it starts with.
      mkdirSync(join(dir, 'Default'));
      writeFileSync(join(dir, 'Default', 'Preferences'),
        JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    }
    browser = await puppeteer.launch({
      executablePath: find('chromium'), headless: true, userDataDir: dir,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: find('firefox'), headless: true, userDataDir: dir,
      extraPrefsFirefox: {
        // No request anywhere but the app's own: updates, telemetry, safe browsing, captive portal.
        'app.update.disabledForTesting': true, 'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
        'network.connectivity-service.enabled': false, 'toolkit.telemetry.enabled': false,
        ...(options.refuseStorage ? { 'network.cookie.cookieBehavior': 2 } : {}),
      },
    });
  }
  const [first] = await browser.pages();
  const page = first ?? await browser.newPage();
  page.setDefaultTimeout(timeout);
  return new PuppeteerPage(engine, browser, page, dir);
}

class PuppeteerPage {
  constructor(engine, browser, page, dir) {
    Object.assign(this, { engine, browser, page, dir });
  }

  async version() { return this.browser.version(); }
  async goto(url) { await this.page.goto(url); }
  async reload() { await this.page.reload(); }
  async url() { return this.page.url(); }
  async evaluate(fn, ...args) { return this.page.evaluate(fn, ...args); }
  async waitFor(fn, arg, ms = timeout) {
    await this.page.waitForFunction(fn, { timeout: ms, polling: 100 }, arg);
  }

  /** find waits for the element with this role and accessible name, and returns it. */
  async find(role, name, ms = timeout) {
    const q = JSON.stringify(name);
    const el = await this.page.waitForSelector(`::-p-aria([name=${q}][role="${role}"])`, { timeout: ms });
    return new PuppeteerElement(el);
  }

  /** count is how many elements with this role and name there are now. */
  async count(role, name) {
    return (await this.page.$$(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`)).length;
  }

  async setViewport(width, height) { await this.page.setViewport({ width, height }); }
  async screenshot(path) { await this.page.screenshot({ path }); }
  /** addScript runs a script's source in the page, as the automation's, not the page's (no CSP). */
  async addScript(source) { await this.page.evaluate(source); }

  async close() {
    await this.browser.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

class PuppeteerElement {
  constructor(el) { this.el = el; }
  async click() { await this.el.click(); }
  async fill(text) {
    await this.el.evaluate((e) => { e.value = ''; });
    await this.el.type(text);
  }
  async value() { return this.el.evaluate((e) => e.value); }
  async text() { return this.el.evaluate((e) => e.innerText.trim()); }
  async evaluate(fn, ...args) { return this.el.evaluate(fn, ...args); }
}

// ---------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver (one per test file) under its own Xvfb, one session per profile.

let webkitDriver = null;

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

/** startXvfb starts an Xvfb on a display number it picks itself and resolves with ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const proc = spawn(find('xvfb'), ['-displayfd', '3', '-screen', '0', '1366x900x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (d) => { err += d; });
    proc.stdio[3].on('data', (d) => resolve({ display: ':' + String(d).trim(), proc }));
    proc.on('exit', (code) => reject(new Error(`Xvfb exited ${code}: ${err}`)));
  });
}

async function driver() {
  if (webkitDriver) return webkitDriver;
  const xvfb = await startXvfb();
  const port = await freePort();
  // Its own process group, so that stop ends the MiniBrowsers it started with it.
  const proc = spawn(find('webkitdriver'), [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, DISPLAY: xvfb.display }, detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + '/status')).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  webkitDriver = {
    base,
    stop() {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
      xvfb.proc.kill();
      webkitDriver = null;
    },
  };
  return webkitDriver;
}

/** stopEngines stops what launchEngine left running for later launches (WebKit's driver and Xvfb). */
export function stopEngines() { webkitDriver?.stop(); }

// Each WebDriver command gets this long: past it, the error (code "hung") names the command
// that got no answer, rather than the test's own limit naming nothing. It is longer than the
// session's own script and page-load timeouts (launchWebKit), so a slow script or a page that
// never loads still reports the driver's own error first: "hung" means the driver or the browser
// under it stopped answering.
const commandTimeout = 60000;

/** recent is the last WebDriver commands sent, for the message when one hangs. */
const recent = [];

async function wd(base, method, path, body, ms = commandTimeout) {
  recent.push(`${new Date().toISOString().slice(11, 23)} ${method} ${path.replace(/^\/session\/[^/]+/, '')}`);
  if (recent.length > 8) recent.shift();
  let res;
  try {
    res = await fetch(base + path, {
      method, headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    });
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;
    const err = new Error(`WebDriver ${method} ${path}: no answer in ${ms} ms; the last commands:\n  ${recent.join('\n  ')}`);
    err.code = 'hung';
    throw err;
  }
  const json = await res.json();
  if (!res.ok) {
    const e = new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    e.code = json.value?.error;
    throw e;
  }
  return json.value;
}


async function launchWebKit(options) {
  const { base } = await driver();
  const args = ['--automation'];
  // WebKit's own setting for web storage: off, as in a browser whose user refused it.
  if (options.refuseStorage) args.push('--enable-html5-local-storage=false');
  const session = await wd(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: find('minibrowser'), args },
        timeouts: { script: 30000, pageLoad: 45000, implicit: 0 },
      },
    },
  });
  return new WebKitPage(base, session);
}

/**
 * restartEngine stops what launchEngine keeps running for engine between launches, so that the
 * next launch starts afresh: WebKit's driver and its Xvfb, after the driver stopped answering.
 */
export function restartEngine(engine) {
  if (engine === 'webkit') stopEngines();
}

class WebKitPage {
  constructor(base, session) {
    this.engine = 'webkit';
    this.base = base;
    this.id = session.sessionId;
    this.caps = session.capabilities;
  }

  cmd(method, path, body, ms) { return wd(this.base, method, `/session/${this.id}${path}`, body, ms); }

  async version() { return `WebKitGTK ${this.caps.browserVersion}`; }
  async goto(url) { await this.cmd('POST', '/url', { url }); }
  async reload() { await this.cmd('POST', '/refresh', {}); }
  async url() { return this.cmd('GET', '/url'); }

  /** evaluate runs fn(...args) in the page, awaiting a promise it returns. */
  async evaluate(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    const v = await this.cmd('POST', '/execute/async', { script, args });
    if (v && 'err' in v) throw new Error(`in the page: ${v.err}`);
    return v?.ok;
  }

  async waitFor(fn, arg, ms = timeout) {
    const end = Date.now() + ms;
    let last;
    for (;;) {
      try {
        if (await this.evaluate(fn, arg)) return;
      } catch (e) { last = e; /* the page may be navigating */ }
      if (Date.now() > end) throw new Error(`waiting for ${fn} failed after ${ms} ms${last ? `: ${last.message}` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** matching lists the elements whose computed role and label, in WebKit, are role and name. */
  async matching(role, name) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: candidates[role] ?? '*' });
    const out = [];
    for (const ref of found) {
      const el = new WebKitElement(this, Object.values(ref)[0], Object.keys(ref)[0]);
      try {
        if (await el.get('computedrole') === role && (await el.get('computedlabel')).trim() === name) out.push(el);
      } catch (e) {
        // WebKit gives "unknown error" for the role of an element with no accessibility
        // object, such as one inside a [hidden] parent: no student can reach it either.
        if (e.code === 'stale element reference') continue;
        if (e.code === 'unknown error' && !await el.get('displayed').catch(() => false)) continue;
        throw e;
      }
    }
    return out;
  }

  async find(role, name, ms = timeout) {
    const end = Date.now() + ms;
    for (;;) {
      const [el] = await this.matching(role, name);
      if (el && await el.get('displayed')) return el;
      if (Date.now() > end) throw new Error(`no ${role} named "${name}" after ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async count(role, name) { return (await this.matching(role, name)).length; }

  /** setViewport sizes the window so that its viewport is width × height CSS pixels. */
  async setViewport(width, height) {
    for (let i = 0; i < 3; i++) {
      const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
      const rect = await this.cmd('GET', '/window/rect');
      if (inner[0] === width && inner[1] === height) return;
      await this.cmd('POST', '/window/rect', { width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    }
    const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
    if (inner[0] !== width) throw new Error(`WebKit's window keeps a viewport ${inner[0]} px wide, not ${width}`);
  }

  async screenshot(path) {
    writeFileSync(path, Buffer.from(await this.cmd('GET', '/screenshot'), 'base64'));
  }

  async addScript(source) {
    await this.cmd('POST', '/execute/sync', { script: `${source};\nreturn null;`, args: [] });
  }

  /** close ends the session; a driver that stopped answering is left to restartEngine. */
  async close() {
    try {
      await this.cmd('DELETE', '', undefined, 10000);
    } catch (e) {
      if (e.code !== 'hung') throw e;
    }
  }
}

class WebKitElement {
  constructor(page, id, key) { Object.assign(this, { page, id, key }); }
  get(what) { return this.page.cmd('GET', `/element/${this.id}/${what}`); }
  async click() { await this.page.cmd('POST', `/element/${this.id}/click`, {}); }
  async fill(text) {
    await this.page.cmd('POST', `/element/${this.id}/clear`, {});
    await this.page.cmd('POST', `/element/${this.id}/value`, { text });
  }
  async value() { return this.get('property/value'); }
  async text() { return (await this.get('text')).trim(); }
  async evaluate(fn, ...args) {
    const script = `return (${fn}).apply(null, arguments);`;
    return this.page.cmd('POST', '/execute/sync', { script, args: [{ [this.key]: this.id }, ...args] });
  }
}
