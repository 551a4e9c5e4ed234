// The About page speaks to a careers office with the quiz's real address, never a placeholder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp, heading } from './harness.js';

const app = useApp({ before, after });
after(() => assert.deepEqual(app.browser?.foreign ?? [], [], 'requests to other hosts'));

test('the embed snippet on About names the address the quiz is served from', async () => {
  const page = await app.browser.context.newPage();
  await open(page, app.server.origin, '/about');
  await heading(page, /^About the quiz$/);
  const code = page.locator('pre code');
  await code.waitFor();
  const snippet = await code.innerText();
  assert.ok(snippet.includes(`src="${app.server.origin}/"`), snippet);
  assert.ok(!/your-host|quiz-path/.test(snippet), snippet);
  await page.close();
});
