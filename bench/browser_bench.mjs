// Browser figures for skillscope, measured in Debian's headless Chromium (SwiftShader
// WebGL) against the built bundle served by serve.py --no-build. One JSON object per
// line on stdout; progress on stderr. Figures are reported, never asserted: the exit
// status is non-zero only when a measurement could not be taken (page failed to load).
//
//   node bench/browser_bench.mjs [--loads N] [--move-ms MS] [--no-dpr2] [--no-team] [--team-only]
//
// The app itself is not changed: an init script (run before any page script) wraps
// requestAnimationFrame to time each callback, and notes when window.skillscope.ready
// resolves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { option, flag } from './lib/options.mjs';
import { profileJson } from '../tests/e2e/lib/people.mjs';

const LOADS = option('--loads', 5);
const MOVE_MS = option('--move-ms', 2000);
const IDLE_MS = 5000;
const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 30000;
// The team view's scale (issue 14): 50 people x 200 skills.
const TEAM_PEOPLE = 50;
const TEAM_SKILLS = 200;
const BUDGET_TEAM_IMPORT_MS = 1000;
const BUDGET_HEATMAP_FRAME_MS = 8;

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const emit = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const round = (x, digits = 2) => (x == null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Runs in the page before boot.js. Records:
//   __bench.readyAt      performance.now() when skillscope.ready resolves (0 = navigation start)
//   __bench.frames       [{start, dur}] for every rAF callback that drew an app frame
//                        (skillscope.frames went up during the callback)
//   __bench.recording    only callbacks while this is true are kept
function initScript() {
  const bench = (window.__bench = { readyAt: null, readyError: null, frames: [], recording: false, pickedAt: null });
  // When the person's file selection reaches the page (the chooser's change event).
  document.addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') bench.pickedAt = performance.now();
  }, true);

  // boot.js does `var hook = window.skillscope = {}; hook.ready = new Promise(...)`:
  // catch the hook object, then the promise, and attach the first `then`.
  let hook;
  Object.defineProperty(window, 'skillscope', {
    configurable: true,
    enumerable: true,
    get() { return hook; },
    set(value) {
      hook = value;
      if (!value || typeof value !== 'object') return;
      let ready = value.ready;
      const watch = (p) => {
        if (p && typeof p.then === 'function') {
          p.then(() => { if (bench.readyAt === null) bench.readyAt = performance.now(); },
                 (e) => { bench.readyError = String(e && e.message || e); });
        }
      };
      watch(ready);
      Object.defineProperty(value, 'ready', {
        configurable: true,
        enumerable: true,
        get() { return ready; },
        set(p) { ready = p; watch(p); },
      });
    },
  });

  const appFrames = () => {
    try { const n = hook && hook.frames; return typeof n === 'number' ? n : 0; } catch (e) { return 0; }
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (callback) {
    return raf(function (timestamp) {
      const before = appFrames();
      const start = performance.now();
      try {
        return callback(timestamp);
      } finally {
        const end = performance.now();
        if (bench.recording && appFrames() > before) bench.frames.push({ start, dur: end - start });
      }
    });
  };
}

async function openPage(browser, { dpr = 1 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(initScript);
  return { context, page, errors };
}

async function loadApp(page, url, errors) {
  const response = await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
  if (!response || !response.ok()) throw new Error(`GET ${url} -> HTTP ${response ? response.status() : 'no response'}`);
  const result = await page.evaluate(async (timeoutMs) => {
    const hook = window.skillscope;
    if (!hook || !hook.ready) return { error: 'window.skillscope.ready is missing (boot.js did not run)' };
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ error: `not ready after ${timeoutMs} ms` }), timeoutMs));
    const ready = hook.ready.then(() => ({ ok: true }), (e) => ({ error: String(e && e.message || e) }));
    const r = await Promise.race([ready, timeout]);
    if (r.error) {
      const failure = document.getElementById('failure-text');
      if (failure && failure.textContent) r.error += ` (page says: ${failure.textContent})`;
    }
    return { ...r, readyAt: window.__bench.readyAt };
  }, READY_TIMEOUT_MS);
  if (result.error) throw new Error(`the page failed to load: ${result.error}${errors.length ? '; page errors: ' + errors.join(' | ') : ''}`);
  if (result.readyAt === null) throw new Error('ready resolved but its time was not recorded');
  return result.readyAt;
}

// Same idea as tests/e2e/lib/app.mjs settle(): wait until skillscope.frames stops changing.
async function settle(page, { quietMs = 200, timeoutMs = 10000 } = {}) {
  await page.evaluate(async ({ quietMs, timeoutMs }) => {
    const start = performance.now();
    let last = window.skillscope.frames;
    let since = performance.now();
    while (performance.now() - start < timeoutMs) {
      await new Promise((r) => setTimeout(r, 20));
      const now = window.skillscope.frames;
      if (now !== last) { last = now; since = performance.now(); }
      else if (performance.now() - since >= quietMs) return;
    }
    throw new Error('the app kept drawing for ' + timeoutMs + ' ms');
  }, { quietMs, timeoutMs });
}

const frames = (page) => page.evaluate(() => window.skillscope.frames);

// The floor to compare with (issue 11): a bare WebGL 2 page (a context, a clear, one
// triangle), timed the same way, at the first animation frame after its draw. Served by
// the bench itself, never part of the app.
//
// A second floor, `withAppWasm`: the same page, served from the app's origin, that also
// compiles the bundle's app.wasm (streaming, while the context is made, as boot.js does)
// and asks whether its program linked before drawing (WebGL's useProgram asks that
// anyway, and the app's first frame must draw with a linked program). What any page that
// starts this app.wasm and draws with it waits for at least; the app's own work (its JS,
// main(), the font atlas, the first frame) is what it takes beyond this.
function bareWebGlPage(withAppWasm) {
  return `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}
canvas{display:block;width:100vw;height:100vh}</style><canvas id="c"></canvas><script>
const before = ${withAppWasm ? "WebAssembly.compileStreaming(fetch('app.wasm'))" : 'Promise.resolve()'};
const c = document.getElementById('c');
c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
const gl = c.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
const shader = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
const p = gl.createProgram();
gl.attachShader(p, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 a; void main() { gl_Position = vec4(a, 0.0, 1.0); }'));
gl.attachShader(p, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float; out vec4 o; void main() { o = vec4(0.1, 0.3, 0.7, 1.0); }'));
gl.linkProgram(p);
window.bareReady = before.then(() => {
  ${withAppWasm ? 'if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error("no link");' : ''}
  gl.useProgram(p);
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-0.5, -0.5, 0.5, -0.5, 0, 0.5]), gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0); gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  gl.clearColor(0.97, 0.96, 0.94, 1); gl.clear(gl.COLOR_BUFFER_BIT); gl.drawArrays(gl.TRIANGLES, 0, 3);
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
});
</script>`;
}

async function bareWebGlFirstFrame(browser, url, withAppWasm = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const body = bareWebGlPage(withAppWasm);
    await page.route('**/__bare_webgl.html', (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(new URL('__bare_webgl.html', url).href, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    return await page.evaluate(() => window.bareReady);
  } finally {
    await context.close();
  }
}

// First visits (a fresh profile each time), each after a bare WebGL 2 page's, so both
// see the same machine; then the app's repeat visit, served by its service worker.
async function timeToFirstFrame(browser, url) {
  const runs = [];
  const bare = [];
  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    bare.push(await bareWebGlFirstFrame(browser, url));
    floor.push(await bareWebGlFirstFrame(browser, url, true));
    const { context, page, errors } = await openPage(browser);
    try {
      runs.push(await loadApp(page, url, errors));
    } finally {
      await context.close();
    }
    log(`load ${i + 1}/${LOADS}: first frame at ${runs[i].toFixed(1)} ms (bare WebGL 2 page ${bare[i].toFixed(1)} ms, ` +
        `with app.wasm compiled ${floor[i].toFixed(1)} ms)`);
  }
  emit({ figure: 'time_to_first_frame_ms', runs: runs.map((x) => round(x, 1)), median: round(median(runs), 1) });
  emit({ figure: 'bare_webgl2_first_frame_ms', runs: bare.map((x) => round(x, 1)), median: round(median(bare), 1) });
  emit({ figure: 'first_frame_ratio_to_bare_webgl2', ratio: round(median(runs) / median(bare), 2), target: 1.5 });
  emit({ figure: 'bare_webgl2_with_app_wasm_first_frame_ms', runs: floor.map((x) => round(x, 1)), median: round(median(floor), 1),
         app_ratio: round(median(runs) / median(floor), 2) });
  // A repeat visit in one profile: the service worker has the bundle.
  const { context, page, errors } = await openPage(browser);
  try {
    await loadApp(page, url, errors);
    await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
    const repeat = [];
    for (let i = 0; i < LOADS; i++) repeat.push(await loadApp(page, url, errors));
    emit({ figure: 'time_to_first_frame_ms_repeat_visit', runs: repeat.map((x) => round(x, 1)), median: round(median(repeat), 1),
           ratio_to_bare_webgl2: round(median(repeat) / median(bare), 2) });
  } finally {
    await context.close();
  }
}

async function idleFrames(browser, url) {
  const { context, page, errors } = await openPage(browser);
  try {
    await loadApp(page, url, errors);
    await settle(page);
    const before = await frames(page);
    log(`idle: ${before} frames after settling; waiting ${IDLE_MS} ms with no input`);
    await page.waitForTimeout(IDLE_MS);
    const drawn = (await frames(page)) - before;
    emit({ figure: 'idle_frames_5s', frames: drawn, budget: 0, within_budget: drawn <= 0 });
  } finally {
    await context.close();
  }
}

function costStats(durs) {
  const mean = durs.reduce((a, b) => a + b, 0) / durs.length;
  const sorted = [...durs].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return { frames: durs.length, mean: round(mean, 3), median: round(median(durs), 3), p95: round(p95, 3), max: round(sorted[sorted.length - 1], 3) };
}

// Wheel steps down the start screen and back up for MOVE_MS: every frame moves what is
// on screen, so the accessibility mirror's tree changes each time (its costliest case:
// encoding the tree and updating the elements' places).
async function scrolling(browser, url) {
  const { context, page, errors } = await openPage(browser);
  try {
    await loadApp(page, url, errors);
    await settle(page);
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    await settle(page);
    await page.evaluate(() => { window.__bench.frames = []; window.__bench.recording = true; });
    const t0 = Date.now();
    let steps = 0;
    while (Date.now() - t0 < MOVE_MS) {
      await page.mouse.wheel(0, (Math.floor(steps / 12) % 2 ? -1 : 1) * 120);
      await page.waitForTimeout(40);
      steps++;
    }
    const durs = await page.evaluate(() => { window.__bench.recording = false; return window.__bench.frames.map((f) => f.dur); });
    await settle(page);
    if (durs.length === 0) throw new Error('no app frames were drawn while scrolling');
    log(`scrolling: ${steps} wheel steps, ${durs.length} frames`);
    emit({ figure: 'frame_cost_ms_scrolling', dpr: 1, ...costStats(durs), wheel_steps: steps });
  } finally {
    await context.close();
  }
}

async function pointerMoving(browser, url, dpr) {
  const { context, page, errors } = await openPage(browser, { dpr });
  try {
    await loadApp(page, url, errors);
    await settle(page);
    const rect = await page.evaluate(() => {
      const r = document.getElementById('canvas').getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    // A zigzag over the canvas, away from its edges, until MOVE_MS have passed.
    const points = [];
    for (let i = 0; i <= 8; i++) {
      points.push({ x: rect.x + rect.w * (0.05 + 0.9 * (i / 8)), y: rect.y + rect.h * (i % 2 ? 0.9 : 0.1) });
    }
    await page.mouse.move(points[0].x, points[0].y);
    await settle(page);
    const framesBefore = await frames(page);
    await page.evaluate(() => { window.__bench.frames = []; window.__bench.recording = true; window.__bench.moveStart = performance.now(); });
    const t0 = Date.now();
    let k = 1, moves = 0;
    while (Date.now() - t0 < MOVE_MS) {
      const p = points[k % points.length];
      await page.mouse.move(p.x, p.y, { steps: 10 });
      moves += 10;
      k++;
    }
    const stats = await page.evaluate(() => {
      const b = window.__bench;
      b.recording = false;
      return { moveStart: b.moveStart, moveEnd: performance.now(), frames: b.frames };
    });
    await settle(page);
    const framesTotal = (await frames(page)) - framesBefore;
    const durs = stats.frames.map((f) => f.dur);
    if (durs.length === 0) throw new Error(`no app frames were drawn while the pointer moved (dpr ${dpr})`);
    const seconds = (stats.moveEnd - stats.moveStart) / 1000;
    log(`pointer moving (dpr ${dpr}): ${moves} mouse events, ${durs.length} frames in ${seconds.toFixed(2)} s (${framesTotal} incl. settle frames)`);
    emit({ figure: 'frame_cost_ms_pointer_moving', dpr, ...costStats(durs) });
    emit({ figure: 'frames_per_second_pointer_moving', dpr, fps: round(durs.length / seconds, 1), seconds: round(seconds, 2), mouse_events: moves });
  } finally {
    await context.close();
  }
}

// A framework of TEAM_SKILLS skills (10 categories, levels 1-5, two statements each)
// and TEAM_PEOPLE profiles answering all of it, as their browsers export them: the
// framework is not built in, so it travels inside every file.
function teamFiles() {
  const framework = {
    format: 'skillscope-framework', formatVersion: 1, id: 'bench-team', version: '1', title: 'Bench team skills',
    source: 'Generated by bench/browser_bench.mjs', attribution: 'Generated for measuring; no content.',
    scale: { levels: [1, 2, 3, 4, 5].map((level) => ({ level })) },
    skills: Array.from({ length: TEAM_SKILLS }, (_, i) => ({
      code: `S${String(i + 1).padStart(3, '0')}`,
      name: `Skill number ${i + 1}`,
      category: [`Area ${(i % 10) + 1}`],
      levels: Object.fromEntries([1, 2, 3, 4, 5].map((l) => [String(l), [
        `Does the level ${l} work of skill ${i + 1}, first of two statements.`,
        `Does the level ${l} work of skill ${i + 1}, second of two statements.`]])),
    })),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-bench-team-'));
  const files = [];
  for (let p = 0; p < TEAM_PEOPLE; p++) {
    const levels = {};
    framework.skills.forEach((s, i) => {
      const r = (p * 31 + i * 17) % 23;
      levels[s.code] = r === 0 ? 'n/a' : r === 1 ? '?' : (r % 5) + 1;
    });
    const file = path.join(dir, `person-${p + 1}.json`);
    fs.writeFileSync(file, profileJson({ id: `p-bench-${p + 1}`, person: `Person ${p + 1}`, framework, levels, embedded: framework }));
    files.push(file);
  }
  return files;
}

async function teamScale(browser, url) {
  const files = teamFiles();
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const { context, page, errors } = await openPage(browser, { dpr: 1 });
  try {
    await loadApp(page, url, errors);
    await settle(page);
    const click = async (id) => {
      const w = await page.evaluate((id) => window.skillscope.widgets().find((x) => x.id === id), id);
      if (!w) throw new Error(`no widget ${id} on screen`);
      await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
      await settle(page);
    };
    await click('open_people');
    const chooser = page.waitForEvent('filechooser');
    await click('import_people');
    await (await chooser).setFiles(files);
    // From the selection reaching the page to the outcome on screen.
    const done = `${TEAM_PEOPLE} people imported`;
    const importMs = await page.evaluate(async (done) => {
      for (;;) {
        if (window.skillscope.texts().some((t) => t.text === done)) return performance.now() - window.__bench.pickedAt;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }, done);
    log(`team: ${TEAM_PEOPLE} profiles of ${TEAM_SKILLS} skills (${(bytes / 1e6).toFixed(1)} MB) imported in ${importMs.toFixed(0)} ms`);
    emit({ figure: 'team_import_ms', people: TEAM_PEOPLE, skills: TEAM_SKILLS, bytes, ms: round(importMs, 1),
           budget: BUDGET_TEAM_IMPORT_MS, within_budget: importMs <= BUDGET_TEAM_IMPORT_MS });

    await settle(page);
    await click('open_team');
    const cells = await page.evaluate(() => window.skillscope.widgets().filter((w) => w.id.startsWith('cell:')));
    if (cells.length === 0) throw new Error('the team view drew no heatmap cells');
    const box = {
      x0: Math.min(...cells.map((c) => c.x)), y0: Math.min(...cells.map((c) => c.y)),
      x1: Math.max(...cells.map((c) => c.x + c.w)), y1: Math.max(...cells.map((c) => c.y + c.h)),
    };
    await page.mouse.move(box.x0 + 5, box.y0 + 5);
    await settle(page);
    await page.evaluate(() => { window.__bench.frames = []; window.__bench.recording = true; });
    // Hover across the cells (tooltips) and scroll down and sideways through the grid.
    const t0 = Date.now();
    for (let k = 0; Date.now() - t0 < MOVE_MS; k++) {
      const x = box.x0 + ((k * 97) % Math.max(1, box.x1 - box.x0 - 10)) + 5;
      const y = box.y0 + ((k * 53) % Math.max(1, box.y1 - box.y0 - 10)) + 5;
      await page.mouse.move(x, y, { steps: 4 });
      if (k % 3 === 0) await page.mouse.wheel(k % 6 === 0 ? 120 : 0, k % 6 === 0 ? 0 : 200);
    }
    const durs = await page.evaluate(() => { window.__bench.recording = false; return window.__bench.frames.map((f) => f.dur); });
    if (durs.length === 0) throw new Error('no frames were drawn over the heatmap');
    const sorted = [...durs].sort((a, b) => a - b);
    const med = median(durs);
    log(`team: ${durs.length} heatmap frames, median ${med.toFixed(2)} ms`);
    emit({ figure: 'team_heatmap_frame_cost_ms', people: TEAM_PEOPLE, skills: TEAM_SKILLS, frames: durs.length,
           median: round(med, 3), p95: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], 3),
           max: round(sorted[sorted.length - 1], 3), budget: BUDGET_HEATMAP_FRAME_MS, within_budget: med <= BUDGET_HEATMAP_FRAME_MS });
    if (errors.length) throw new Error('page errors: ' + errors.join(' | '));
  } finally {
    await context.close();
    fs.rmSync(path.dirname(files[0]), { recursive: true, force: true });
  }
}

// A framework in Japanese, Greek, Russian and Hebrew (tests/e2e/fixtures), dropped on the
// start screen: how long until its text is drawn with real glyphs (the font pieces it
// needs fetched and the atlas rebuilt), how long the rebuild stalled the frame, and what
// was fetched.
const CJK_FIXTURE = new URL('../tests/e2e/fixtures/multilingual.json', import.meta.url);

async function cjkFirstDraw(browser, url, dpr) {
  const { context, page, errors } = await openPage(browser, { dpr });
  try {
    await loadApp(page, url, errors);
    await settle(page);
    const text = fs.readFileSync(CJK_FIXTURE, 'utf8');
    const result = await page.evaluate(async (content) => {
      const before = window.skillscope.fonts().rebuilds;
      const data = new DataTransfer();
      data.items.add(new File([content], 'multilingual.json', { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      const t0 = performance.now();
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const f = window.skillscope.fonts();
        if (f.rebuilds > before && f.pending === 0) {
          const pieces = performance.getEntriesByType('resource').filter((e) => e.name.includes('/fonts/pieces'));
          return { ms: performance.now() - t0, fonts: f, requests: pieces.length,
                   bytes: pieces.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0) };
        }
        if (performance.now() - t0 > 20000) throw new Error('the framework was not drawn with its glyphs in 20 s');
      }
    }, text);
    emit({ figure: 'cjk_framework_first_draw_ms', dpr, ms: round(result.ms, 1), atlas_rebuild_ms: round(result.fonts.lastRebuildMs, 1),
           pieces_fetched: result.requests, piece_bytes_fetched: result.bytes,
           atlas: `${result.fonts.atlasWidth}x${result.fonts.atlasHeight}` });
  } finally {
    await context.close();
  }
}

async function main() {
  log('starting serve.py --no-build and Chromium');
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
    log(`serving ${server.url} — Chromium ${browser.version()}`);
    if (!flag('--team-only')) {
      await timeToFirstFrame(browser, server.url);
      if (flag('--start-only')) return;
      await idleFrames(browser, server.url);
      await pointerMoving(browser, server.url, 1);
      if (!flag('--no-dpr2')) await pointerMoving(browser, server.url, 2);
      await cjkFirstDraw(browser, server.url, 1);
      if (!flag('--no-dpr2')) await cjkFirstDraw(browser, server.url, 2);
      await scrolling(browser, server.url);
    }
    if (!flag('--no-team')) await teamScale(browser, server.url);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`[bench] FAILED: ${e && e.message || e}\n`);
    process.exit(1);
  },
);
