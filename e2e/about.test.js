// The About page speaks to a careers office with the quiz's real address, never a placeholder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, heading } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

test('the embed snippets on About name the address the quiz is served from', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/about');
  await heading(page, /^About the quiz$/);
  const loader = await page.locator('#loader-snippet code').innerText();
  assert.ok(loader.includes(`<script src="${app.server.origin}/web/careerquiz-embed.js"`), loader);
  const frame = await page.locator('#frame-snippet code').innerText();
  assert.ok(frame.includes(`<iframe src="${app.server.origin}/embed"`), frame);
  assert.match(frame, /sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads"/);
  for (const s of [loader, frame]) assert.ok(!/your-host|quiz-path|example\.edu/.test(s), s);
  // The loader the snippet names is served.
  const res = await fetch(`${app.server.origin}/web/careerquiz-embed.js`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /javascript/);
  await page.close();
});
