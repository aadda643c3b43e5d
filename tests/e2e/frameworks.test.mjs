// Frameworks on the start screen: the built-in ones, and loading one's own through the
// browser's real file chooser (or by dropping it), with precise messages for bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, settle, click, chooseFiles, waitForWidget, findWidget, texts, waitForText, revealText, assertNoPageErrors, databaseItems } from './lib/app.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const suite = appSuite();

async function freshPage() {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return { context, page };
}

const chooseFile = (page, widgetId, file) => chooseFiles(page, widgetId, path.join(FIXTURES, file));

// The frameworks kept in the browser's database.
async function storedKeys(page) {
  return Object.keys(await databaseItems(page, 'skillscope.v1.framework.')).sort();
}

test('the built-in frameworks are offered with title, size and source', async () => {
  const { context, page } = await freshPage();
  const all = (await texts(page)).map((t) => t.text);
  assert.ok(all.includes('IT operations competency matrix'));
  assert.ok(all.includes('Infrastructure proficiency'));
  assert.ok(all.includes('SFIA: Infrastructure operations (ITOP)'));
  assert.ok(all.includes('7 skills · levels 1–4 · 112 statements · version 1.0.0'), all.join('\n'));
  assert.ok(all.includes('1 skill · levels 1–7 · 24 statements · version 1.0.0'));
  assert.ok(all.some((t) => t.startsWith('SFIA content © SFIA Foundation')), 'SFIA is credited');
  assertNoPageErrors(page);
  await context.close();
});

test('a valid framework chosen in the file chooser is offered, and still there after a reload', async () => {
  const { context, page } = await freshPage();
  await chooseFile(page, 'load_framework', 'acme-platform.json');
  await waitForText(page, 'Loaded “ACME platform team skills” (version 2026.1)');
  await waitForText(page, 'ACME platform team skills');
  // The card's last lines may be below the fold (the page scrolled to the new notice).
  await revealText(page, '1 skill · levels 1–3 · 4 statements · loaded by you · version 2026.1');
  assert.deepEqual(await storedKeys(page), ['skillscope.v1.framework.acme-platform-team@2026.1']);

  // Another version of the same id is kept beside the first, not over it.
  await chooseFile(page, 'load_framework', 'acme-platform-2027.json');
  await waitForText(page, 'Loaded “ACME platform team skills” (version 2027.1)');
  assert.deepEqual(await storedKeys(page), [
    'skillscope.v1.framework.acme-platform-team@2026.1',
    'skillscope.v1.framework.acme-platform-team@2027.1',
  ]);

  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  await revealText(page, '1 skill · levels 1–3 · 4 statements · loaded by you · version 2026.1');
  await revealText(page, '1 skill · levels 1–3 · 5 statements · loaded by you · version 2027.1');

  // Removing one leaves the other.
  await click(page, 'remove:acme-platform-team@2026.1');
  await waitForText(page, 'Removed “ACME platform team skills”');
  assert.equal(await findWidget(page, 'remove:acme-platform-team@2026.1'), null);
  await waitForWidget(page, 'remove:acme-platform-team@2027.1');
  assert.deepEqual(await storedKeys(page), ['skillscope.v1.framework.acme-platform-team@2027.1']);
  assertNoPageErrors(page);
  await context.close();
});

test('a broken framework file shows exactly what is wrong and changes nothing', async () => {
  const { context, page } = await freshPage();
  const before = (await texts(page)).map((t) => t.text);
  await chooseFile(page, 'load_framework', 'broken-level.json');
  await waitForText(page, '“broken-level.json” could not be loaded');
  await waitForText(page, 'broken-level.json: skills[0].levels["9"]: level 9 is not on this framework\'s scale (1-3)');
  assert.deepEqual(await storedKeys(page), []);

  await chooseFile(page, 'load_framework', 'not-json.json');
  await waitForText(page, '“not-json.json” could not be loaded');
  const message = (await texts(page)).map((t) => t.text).find((t) => t.startsWith('not-json.json: not valid JSON'));
  assert.match(message, /line 2, column 1/);

  await click(page, 'dismiss_banner');
  // Back at the top, where the first look was (Load framework scrolled the page to itself).
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, -20000);
  await settle(page);
  const after = (await texts(page)).map((t) => t.text);
  assert.deepEqual(after, before, 'the screen is as it was');
  assert.deepEqual(await storedKeys(page), []);
  assertNoPageErrors(page);
  await context.close();
});

test('a framework file dropped on the page is loaded', async () => {
  const { context, page } = await freshPage();
  const text = fs.readFileSync(path.join(FIXTURES, 'acme-platform.json'), 'utf8');
  // A real drop event carrying a real File, as the browser delivers it from the desktop.
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'acme-platform.json', { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await waitForText(page, 'Loaded “ACME platform team skills” (version 2026.1)');
  await context.close();
});
