// The app shell: it loads, draws on demand, is crisp at any pixel ratio, follows the
// window, answers mouse, keyboard and touch, and explains itself when it cannot run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openApp, settle, waitForWidget, waitForText, findWidget, click, tap, center, state, texts, assertNoPageErrors } from './lib/app.mjs';

const suite = appSuite();

async function newPage(options = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  const page = await context.newPage();
  return { context, page };
}

test('the first screen says what the app is and offers Start', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  const start = await waitForWidget(page, 'start');
  assert.equal(start.label, 'Start');
  assert.ok(start.w > 100 && start.h > 30, `Start button is ${start.w}x${start.h}`);
  assert.equal(await page.title(), 'skillscope — skills self-assessment');
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading indicator goes away');
  const s = await state(page);
  assert.equal(s.format, 'skillscope-profile');
  assert.equal(s.schemaVersion, 2);
  assertNoPageErrors(page);
  await context.close();
});

test('nothing is drawn while idle', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  const before = await page.evaluate(() => window.skillscope.frames);
  await page.waitForTimeout(1500);
  const after = await page.evaluate(() => window.skillscope.frames);
  assert.equal(after - before, 0, 'frames drawn while idle');
  // ...and input wakes it up again.
  await page.mouse.move(10, 10);
  await page.mouse.move(200, 200);
  await settle(page);
  assert.ok((await page.evaluate(() => window.skillscope.frames)) > after, 'mouse movement draws frames');
  await context.close();
});

test('a mouse click on Start moves on', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  await click(page, 'start');
  await waitForWidget(page, 'back');
  assert.equal(await findWidget(page, 'start'), null);
  await click(page, 'back');
  await waitForWidget(page, 'start');
  assertNoPageErrors(page);
  await context.close();
});

test('keyboard alone reaches and presses Start', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  await page.keyboard.press('Tab');
  await settle(page);
  await page.keyboard.press('Enter');
  await settle(page);
  await waitForWidget(page, 'back');
  await context.close();
});

test('a touch tap presses Start once, without a double click', async () => {
  const { context, page } = await newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  await openApp(page, suite.server.url);
  await tap(page, 'start');
  await waitForWidget(page, 'back');
  await context.close();
});

test('at devicePixelRatio 2 the backing store is doubled and layout keeps its CSS size', async () => {
  const one = await newPage({ deviceScaleFactor: 1 });
  const two = await newPage({ deviceScaleFactor: 2 });
  await openApp(one.page, suite.server.url);
  await openApp(two.page, suite.server.url);
  const canvas = await two.page.evaluate(() => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
  assert.equal(canvas.w, canvas.cssW * 2);
  assert.equal(canvas.h, canvas.cssH * 2);
  const a = await waitForWidget(one.page, 'start');
  const b = await waitForWidget(two.page, 'start');
  for (const k of ['x', 'y', 'w', 'h']) assert.ok(Math.abs(a[k] - b[k]) <= 1.5, `${k}: ${a[k]} vs ${b[k]}`);
  await one.context.close();
  await two.context.close();
});

test('the layout follows the window size and the text column stays readable', async () => {
  const { context, page } = await newPage({ viewport: { width: 1400, height: 900 } });
  await openApp(page, suite.server.url);
  const wide = await waitForWidget(page, 'start');
  // In a wide window the page is a column (at most 960 CSS px) in the middle: the
  // longest line of text ends as far from the right edge as the column starts from the left.
  const lines = await page.evaluate(() => window.skillscope.texts());
  const right = Math.max(...lines.map((t) => t.x + t.w));
  const left = Math.min(...lines.map((t) => t.x));
  assert.ok(right - left <= 960, `text column is ${right - left} px wide`);
  assert.ok(left > 150, `the column starts ${left} px from the left`);
  await page.setViewportSize({ width: 360, height: 740 });
  await settle(page);
  const narrow = await waitForWidget(page, 'start');
  assert.ok(narrow.x + narrow.w <= 360, 'Start fits a 360 px window');
  assert.ok(narrow.x < 40 && wide.x > narrow.x + 150, 'the column follows the window');
  const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(size, [360, 740]);
  await context.close();
});

test('a loading indicator shows until the app is ready', async () => {
  const { context, page } = await newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  // Hold the wasm download (the real file, just later) to look at the page meanwhile.
  await page.route('**/app.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(suite.server.url);
  await page.waitForSelector('#status:not([hidden])');
  assert.match(await page.locator('#status').innerText(), /Loading skillscope/);
  // The spinner turns only once loading takes a while (not during a quick start).
  const spinner = () => page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('.spinner'));
    return `${s.visibility} ${s.animationName}`;
  });
  assert.equal(await spinner(), 'hidden none', 'no spinner at first');
  await page.waitForSelector('#status.slow', { timeout: 5000 });
  assert.equal(await spinner(), 'visible spin', 'a spinner once loading takes a second');
  release();
  await page.evaluate(() => window.skillscope.ready);
  assert.equal(await page.locator('#status').isHidden(), true);
  await context.close();
});

test('a first visit draws from the first wasm module; the second follows the first frame', async () => {
  const { context, page } = await newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  // As it was when the first frame was drawn (the second module is fetched just after).
  await page.addInitScript(() => {
    const wait = setInterval(() => {
      if (!window.skillscope || !window.skillscope.ready) return;
      clearInterval(wait);
      window.skillscope.ready.then(() => {
        window.atFirstFrame = { ...window.skillscope.deferred, at: performance.now() };
      });
    }, 0);
  });
  await page.goto(suite.server.url);
  const atFirstFrame = await page.evaluate(() => window.skillscope.ready.then(() => window.atFirstFrame));
  assert.equal(atFirstFrame.split, true, 'the bundle has two modules (tools/split_wasm.py)');
  assert.equal(atFirstFrame.loaded, '',
    'the first frame needed code of the second module: run python3 tools/startup_functions.py after a web build');
  // Fetched after the first frame, and there before anything needed it: the frames
  // that follow the first (ImGui settling) run code of the first module only.
  await page.waitForFunction(() => window.skillscope.deferred.loaded !== '');
  assert.equal(await page.evaluate(() => window.skillscope.deferred.loaded), 'after the first frame',
    'a frame after the first needed code of the second module: run python3 tools/startup_functions.py after a web build');
  const asked = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/app.deferred.wasm')).map((e) => e.startTime));
  assert.equal(asked.length, 1);
  assert.ok(asked[0] >= atFirstFrame.at, 'fetched after the first frame, not before it');
  // The rest of the app works from it.
  await click(page, 'start');
  await waitForText(page, 'New assessment');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a visit to an address past the start screen gets both modules before its first frame', async () => {
  const { context, page } = await newPage();
  await page.goto(`${suite.server.url}#/new`);
  const how = await page.evaluate(() => window.skillscope.ready.then(() => ({ ...window.skillscope.deferred })));
  assert.deepEqual(how, { split: true, loaded: 'with the first module' });
  await waitForText(page, 'New assessment');
  await context.close();
});

test('a visit after another build says the app was updated, once', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  // What boot.js noted on the first visit: this build.
  const seen = await page.evaluate(() => JSON.parse(localStorage.getItem('skillscope.v1.seen-build')));
  assert.equal(seen.version, await page.evaluate(() => window.skillscope.version));
  await waitForWidget(page, 'start');
  assert.equal((await texts(page)).some((t) => t.text.startsWith('skillscope was updated')), false, 'not on a first visit');
  // As if the last visit had run an older build.
  await page.evaluate(() => localStorage.setItem('skillscope.v1.seen-build', JSON.stringify({ version: '0.0.9', build: 'abc123' })));
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  const version = await page.evaluate(() => window.skillscope.version);
  await waitForText(page, `skillscope was updated to version ${version}`);
  await waitForText(page, 'You were using version 0.0.9 (build abc123). Your profiles are kept as they were.');
  // And only then: the next visit runs the same build again.
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await waitForWidget(page, 'start');
  assert.equal((await texts(page)).some((t) => t.text.startsWith('skillscope was updated')), false, 'said once');
  assertNoPageErrors(page);
  await context.close();
});

test('without WebGL the page explains why instead of staying blank', async () => {
  const noGl = await launchBrowser(['--disable-3d-apis']);
  const page = await noGl.newPage();
  await page.goto(suite.server.url);
  await page.waitForSelector('#failure:not([hidden])');
  const text = await page.locator('#failure').innerText();
  assert.match(text, /cannot start/);
  assert.match(text, /WebGL 2/);
  const rejected = await page.evaluate(() => window.skillscope.ready.then(() => 'resolved', (e) => e.message));
  assert.match(rejected, /WebGL 2/);
  await noGl.close();
});

test('the mouse wheel scrolls the right way, by the distance the browser asks for', async () => {
  const { context, page } = await newPage({ viewport: { width: 1024, height: 600 } });
  await openApp(page, suite.server.url);
  const before = await waitForWidget(page, 'start');
  await page.mouse.move(500, 300);
  await page.mouse.wheel(0, 120);
  await settle(page);
  const after = await waitForWidget(page, 'start');
  assert.ok(Math.abs((before.y - after.y) - 120) <= 3, `content moved up by ${before.y - after.y} px for a 120 px wheel step`);
  await page.mouse.wheel(0, -120);
  await settle(page);
  assert.ok(Math.abs((await waitForWidget(page, 'start')).y - before.y) <= 1, 'and back down');
  await context.close();
});

test('copy and paste go through the system clipboard; the cursor follows the widget', async () => {
  const { context, page } = await newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  await openApp(page, suite.server.url);
  await click(page, 'start');
  // Copy: select the name field's text and press Ctrl+C.
  await click(page, 'profile_name');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Assessment \d+ [A-Z][a-z]{2} \d{4}$/);
  // Paste: what the clipboard holds lands in the filter field.
  await page.evaluate(() => navigator.clipboard.writeText('no such skill'));
  await click(page, 'filter');
  await page.keyboard.press('Control+V');
  await settle(page);
  await waitForText(page, 'No skill matches the filter.');
  // The text cursor over a text field, the arrow elsewhere.
  const field = await waitForWidget(page, 'filter');
  await page.mouse.move(field.x + 20, field.y + field.h / 2);
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').style.cursor), 'text');
  await page.mouse.move(5, 5);
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').style.cursor), 'default');
  await context.close();
});

test('the web app manifest is installable: its PNG icons exist at their stated sizes', async () => {
  const { context, page } = await newPage();
  await openApp(page, suite.server.url);
  const icons = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const manifest = await (await fetch(href)).json();
    const out = [];
    for (const icon of manifest.icons) {
      const bytes = new Uint8Array(await (await fetch(new URL(icon.src, href))).arrayBuffer());
      const view = new DataView(bytes.buffer);
      out.push({ sizes: icon.sizes, type: icon.type, png: bytes[1] === 0x50 && bytes[2] === 0x4e, w: view.getUint32(16), h: view.getUint32(20) });
    }
    return { name: manifest.name, display: manifest.display, icons: out };
  });
  assert.equal(icons.display, 'standalone');
  const pngs = icons.icons.filter((i) => i.type === 'image/png');
  assert.deepEqual(pngs.map((i) => i.sizes).sort(), ['192x192', '512x512']);
  for (const i of pngs) {
    assert.ok(i.png, `${i.sizes} is a PNG`);
    assert.equal(`${i.w}x${i.h}`, i.sizes);
  }
  await context.close();
});
