// Driving skillscope like a person: find a widget through window.skillscope.widgets()
// and act on it with real mouse, keyboard and touch events at its rectangle.
// state() is only ever read.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function openApp(page, url) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(new Error(m.text())); });
  page.skillscopeErrors = errors;
  await page.goto(url);
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  return page;
}

// Wait until the app has stopped drawing (it renders on demand and goes quiet a
// few frames after the last input), so widgets() describes what is on screen.
// SKILLSCOPE_SETTLE_TIMEOUT_MS: longer waits for slow runs (4K at 2x in software GL).
export async function settle(page, { quietMs = 120, timeoutMs = Number(process.env.SKILLSCOPE_SETTLE_TIMEOUT_MS) || 5000 } = {}) {
  await page.evaluate(async ({ quietMs, timeoutMs }) => {
    const start = performance.now();
    let last = window.skillscope.frames;
    let since = performance.now();
    while (performance.now() - start < timeoutMs) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 16)));
      const now = window.skillscope.frames;
      if (now !== last) { last = now; since = performance.now(); }
      else if (performance.now() - since >= quietMs) return;
    }
    throw new Error('the app kept drawing for ' + timeoutMs + ' ms');
  }, { quietMs, timeoutMs });
}

export async function widgets(page) {
  return page.evaluate(() => window.skillscope.widgets());
}

export async function findWidget(page, id) {
  const list = await widgets(page);
  return list.find((w) => w.id === id) || null;
}

export async function waitForWidget(page, id, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const w = await findWidget(page, id);
    if (w) return w;
    if (Date.now() > deadline) {
      const ids = (await widgets(page)).map((x) => x.id).join(', ');
      throw new Error(`widget "${id}" not on screen; visible: ${ids}`);
    }
    await page.waitForTimeout(50);
  }
}

export function center(w) {
  return { x: w.x + w.w / 2, y: w.y + w.h / 2 };
}

// Scrolls with the mouse wheel, as a person would, until found(page) returns something.
// Scrolls down first, and back up once the page stops moving.
async function scrollUntil(page, found, { maxSteps = 60, at = null } = {}) {
  const vp = page.viewportSize();
  const point = at || { x: vp.width / 2, y: vp.height / 2 };
  let direction = 1;
  let previous = '';
  for (let i = 0; i < maxSteps; i++) {
    const hit = await found(page);
    if (hit) return hit;
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, direction * Math.round(vp.height * 0.6));
    await settle(page);
    const now = JSON.stringify(await page.evaluate(() => window.skillscope.texts()));
    if (now === previous) direction = -direction;  // reached an end
    previous = now;
  }
  return null;
}

// Scrolls until the widget is on screen (at least 8 px of it).
export async function reveal(page, id, options = {}) {
  const w = await scrollUntil(page, async (p) => {
    const hit = await findWidget(p, id);
    return hit && hit.h >= 8 ? hit : null;
  }, options);
  return w || waitForWidget(page, id, 0);
}

// Scrolls until a text block reading exactly `text` is on screen (or, when `text` is a
// function, one it accepts).
export async function revealText(page, text, options = {}) {
  const matches = typeof text === 'function' ? text : (x) => x === text;
  const t = await scrollUntil(page, async (p) => (await texts(p)).find((x) => matches(x.text)) || null, options);
  if (t) return t;
  if (typeof text === 'function') throw new Error(`no text on screen such that ${text}`);
  return waitForText(page, text, 0);
}

export async function click(page, id) {
  const w = await reveal(page, id);
  const c = center(w);
  await page.mouse.click(c.x, c.y);
  await settle(page);
}

// Playwright moves the pointer and clicks at once. When that move is the input that
// lets a just-changed layout settle (a table's columns, a scrolled list take a frame or
// two), the button can move from under the click, and the click lands beside it. A
// person would click again; so do these helpers, once, at the widget's settled place,
// when the event the click should have caused has not come.
async function clickExpecting(page, id, event) {
  for (let attempt = 0; ; attempt++) {
    const wait = page.waitForEvent(event, { timeout: attempt === 0 ? 8000 : 30000 });
    await click(page, id);
    const got = await wait.catch((e) => { if (attempt > 0) throw e; return null; });
    if (got) return got;
  }
}

// Clicks the widget and keeps the real download it starts in the temporary folder:
// { name: the name the app gave it, file: where it was saved, bytes: what it holds }.
export async function download(page, id) {
  const d = await clickExpecting(page, id, 'download');
  const file = path.join(os.tmpdir(), `skillscope-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file, bytes: fs.readFileSync(file) };
}

// Clicks the widget, which must open the browser's real file chooser, and chooses the
// file or files there. Returns the chooser (isMultiple() says whether it took several).
export async function chooseFiles(page, id, files) {
  const chooser = await clickExpecting(page, id, 'filechooser');
  await chooser.setFiles(files);
  await settle(page);
  return chooser;
}

export async function tap(page, id) {
  const w = await reveal(page, id);
  const c = center(w);
  await page.touchscreen.tap(c.x, c.y);
  await settle(page);
}

export async function state(page) {
  return page.evaluate(() => window.skillscope.state());
}

// What the app's database (IndexedDB "skillscope") holds: { key: text }, for keys with
// the prefix. Read with the page's own IndexedDB, as the app wrote it.
export async function databaseItems(page, prefix = '') {
  return page.evaluate((prefix) => new Promise((resolve, reject) => {
    const open = indexedDB.open('skillscope', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('items');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const items = db.transaction('items', 'readonly').objectStore('items');
      const keys = items.getAllKeys(), values = items.getAll();
      values.onsuccess = () => {
        const out = {};
        keys.result.forEach((k, i) => { if (k.startsWith(prefix)) out[k] = new TextDecoder().decode(values.result[i]); });
        db.close();
        resolve(out);
      };
      values.onerror = () => reject(values.error);
    };
  }), prefix);
}

export function assertNoPageErrors(page) {
  assert.deepEqual(page.skillscopeErrors.map(String), []);
}

// The pixels of a region of the page (CSS px), from a real screenshot decoded by the
// page's own image decoder: { w, h, scale, data }, data being RGBA bytes, row by row, and
// scale the screenshot's pixels per CSS pixel.
export async function regionPixels(page, clip) {
  const png = await page.screenshot({ clip });
  const { w, h, rgba } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const cv = document.createElement('canvas');
    cv.width = img.width;
    cv.height = img.height;
    const ctx = cv.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const bytes = ctx.getImageData(0, 0, img.width, img.height).data;
    let text = '';  // base64 of the bytes: a fraction of what a list of numbers costs
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { w: img.width, h: img.height, rgba: btoa(text) };
  }, png.toString('base64'));
  return { w, h, scale: w / clip.width, data: Buffer.from(rgba, 'base64') };
}

// The colours [r, g, b] of a screenshot of the page at these points (CSS px).
export async function pixelsAt(page, points) {
  const x = Math.floor(Math.min(...points.map((p) => p.x)));
  const y = Math.floor(Math.min(...points.map((p) => p.y)));
  const clip = {
    x, y,
    width: Math.ceil(Math.max(...points.map((p) => p.x))) - x + 1,
    height: Math.ceil(Math.max(...points.map((p) => p.y))) - y + 1,
  };
  const region = await regionPixels(page, clip);
  return points.map((p) => {
    const i = (Math.round((p.y - y) * region.scale) * region.w + Math.round((p.x - x) * region.scale)) * 4;
    return Array.from(region.data.subarray(i, i + 3));
  });
}

// How many pixels of a region are close to each colour (Euclidean distance in RGB; tight,
// so that anti-aliased blends of two other colours are not taken for a third).
export async function countColours(page, clip, colours, tolerance = 24) {
  const { data } = await regionPixels(page, clip);
  const counts = colours.map(() => 0);
  for (let i = 0; i < data.length; i += 4) {
    colours.forEach(([r, g, b], k) => {
      if (Math.hypot(data[i] - r, data[i + 1] - g, data[i + 2] - b) < tolerance) counts[k]++;
    });
  }
  return counts;
}

export async function texts(page) {
  return page.evaluate(() => window.skillscope.texts());
}

// Waits until a text block reading exactly `text` is drawn.
export async function waitForText(page, text, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await texts(page);
    const hit = all.find((t) => t.text === text);
    if (hit) return hit;
    if (Date.now() > deadline) {
      throw new Error(`text not on screen: ${JSON.stringify(text)}\nvisible:\n${all.map((t) => t.text).join('\n')}`);
    }
    await page.waitForTimeout(50);
  }
}
