// Every character kept and drawn: text typed, input through the text proxy and pasted
// survives state, exports, share links, the report and the SVG; frameworks in other
// scripts get their glyphs from font pieces fetched on demand (only those needed), and
// a character no font has is drawn as a box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import { startServer } from './lib/server.mjs';
import {
  openApp, settle, click, download, chooseFiles, reveal, revealText, waitForText, waitForWidget, texts, state, regionPixels, assertNoPageErrors,
} from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, 'fixtures');
const DIST = path.resolve(HERE, '..', '..', 'build', 'web', 'dist');
const MIXED = 'Zoë — ☕ 🚀 日本語 Ελληνικά Кириллица עברית';
const suite = appSuite();

// fonts/pieces.json as {file, covers(cp)}: the same run encoding the app reads.
function pieceList() {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'fonts', 'pieces.json'), 'utf8'));
  return manifest.pieces.map((p) => {
    const ranges = [];
    let next = 0;
    for (let i = 0; i < p.codePoints.length; i += 2) {
      const first = next + p.codePoints[i];
      const last = first + p.codePoints[i + 1] - 1;
      ranges.push([first, last]);
      next = last + 1;
    }
    return { file: p.file, covers: (cp) => ranges.some(([a, b]) => cp >= a && cp <= b) };
  });
}

function codePointsOf(value, out = new Set()) {
  if (typeof value === 'string') for (const ch of value) out.add(ch.codePointAt(0));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) codePointsOf(v, out);
  return out;
}

async function fonts(page) {
  return page.evaluate(() => window.skillscope.fonts());
}

// Waits until no piece is on its way and the frames drawn with it have settled.
async function glyphsSettled(page) {
  await page.waitForFunction(() => window.skillscope.fonts().pending === 0);
  await settle(page);
}

const downloadText = async (page, id) => (await download(page, id)).bytes.toString('utf8');
const chooseFile = (page, widgetId, file) => chooseFiles(page, widgetId, path.join(FIXTURES, file));

// A new assessment of every built-in infrastructure skill, open at its first skill page.
async function firstSkillPage() {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  return { context, page };
}

// The ink of the notes field's first character cell: dark(x, y), the dark pixels in each
// column and row, and the extent of the ink.
async function firstCharacterInk(page) {
  const field = await waitForWidget(page, 'notes');
  const cell = await regionPixels(page, { x: field.x + 2, y: field.y + 2, width: 24, height: 26 });
  const dark = (x, y) => {
    const i = (y * cell.w + x) * 4;
    return cell.data[i] + cell.data[i + 1] + cell.data[i + 2] < 3 * 110;
  };
  const cols = [];
  const rows = [];
  for (let x = 0; x < cell.w; x++) { let n = 0; for (let y = 0; y < cell.h; y++) n += dark(x, y); cols.push(n); }
  for (let y = 0; y < cell.h; y++) { let n = 0; for (let x = 0; x < cell.w; x++) n += dark(x, y); rows.push(n); }
  const left = cols.findIndex((n) => n > 0);
  const right = cols.length - 1 - [...cols].reverse().findIndex((n) => n > 0);
  const top = rows.findIndex((n) => n > 0);
  const bottom = rows.length - 1 - [...rows].reverse().findIndex((n) => n > 0);
  return { dark, cols, rows, left, right, top, bottom };
}

function differingPixels(a, b) {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 60) n++;
  }
  return n;
}

test('typed, input-method and pasted notes keep every character: state, export, share link, report, SVG', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'start');
  // The profile name: typed (characters beyond the keyboard arrive through the text
  // proxy as input events, as from an input method or an emoji picker).
  await click(page, 'profile_name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(MIXED);
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  // The notes: typed, a new line, then the same text pasted from the clipboard.
  await click(page, 'notes');
  await page.keyboard.type(MIXED);
  await page.keyboard.press('Enter');
  await page.evaluate((t) => navigator.clipboard.writeText(t), MIXED);
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Escape');
  await settle(page);
  const notes = `${MIXED}\n${MIXED}`;
  const s = await state(page);
  assert.equal(s.name, MIXED);
  assert.equal(s.answers['infrastructure-proficiency/ISDS'].notes, notes);
  // Every character got its glyph: none is left as a box.
  await glyphsSettled(page);
  assert.deepEqual((await fonts(page)).uncovered, []);

  await click(page, 'next');
  await click(page, 'finish');
  await click(page, 'results');
  const exported = JSON.parse(await downloadText(page, 'export_profile'));
  assert.equal(exported.name, MIXED);
  assert.equal(exported.answers['infrastructure-proficiency/ISDS'].notes, notes);
  const svg = await downloadText(page, 'export_svg');
  assert.ok(svg.includes(`<title id="chart-title">Skills profile: ${MIXED}</title>`), "the SVG title holds the name");
  const report = await downloadText(page, 'export_report');
  assert.ok(report.includes(`>${MIXED}</h1>`), 'the report heading holds the name');
  assert.ok(report.includes(`>${notes}</p>`), 'the report holds the notes');

  await click(page, 'share_link');
  await page.waitForFunction(() => window.skillscope.texts().some((t) => t.text.startsWith('Link copied')));
  const message = (await texts(page)).find((t) => t.text.startsWith('Link copied')).text;
  const link = /(http:\/\/\S+#p=[A-Za-z0-9_-]+)/.exec(message)[1];
  const other = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page2 = await other.newPage();
  await page2.goto(link);
  await page2.evaluate(() => window.skillscope.ready);
  await settle(page2);
  await waitForText(page2, `“${MIXED}” from a shared link`);
  await click(page2, 'import_new');
  const imported = await state(page2);
  assert.equal(imported.name, MIXED);
  assert.equal(imported.answers['infrastructure-proficiency/ISDS'].notes, notes);
  await other.close();
  assertNoPageErrors(page);
  await context.close();
});

test('a framework in Japanese, Greek, Russian and Hebrew: its glyphs are drawn, from only the pieces it needs', async () => {
  // No service worker here: every piece request is seen (and can be held) by the test.
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => {
    const m = /\/(fonts\/(?:pieces\/.*|pieces\.json|[^/]+\.ttf))$/.exec(new URL(r.url()).pathname);
    if (m) fetched.push(m[1]);
  });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/fonts/pieces/*', async (route) => { await held; await route.continue(); });
  await openApp(page, suite.server.url);
  assert.deepEqual(fetched.filter((f) => f.includes('pieces')), [], 'a Latin page fetches no piece');

  await chooseFile(page, 'load_framework', 'multilingual.json');
  const title = 'Loaded “運用スキル 🚀 Πολύγλωσσο” (version 1.0)';
  const drawn = await waitForText(page, title);
  const clip = { x: drawn.x, y: drawn.y, width: Math.max(drawn.w, 420), height: drawn.h };
  // While the pieces are held back, the text is drawn with the missing-glyph box...
  await page.waitForFunction(() => window.skillscope.fonts().pending > 0);
  const boxes = await regionPixels(page, clip);
  release();
  await glyphsSettled(page);
  // ...and with the glyphs once they are here: the pixels must differ.
  const glyphs = await regionPixels(page, clip);
  const changed = differingPixels(boxes, glyphs);
  assert.ok(changed > 150, `glyphs replaced the boxes (${changed} pixels changed)`);
  await waitForText(page, title);  // texts() reports the text itself all along

  // Every screen of the framework, each skill page in turn.
  await click(page, 'dismiss_banner');
  await click(page, 'start');
  await click(page, 'all:multilingual-ops@1.0');
  await click(page, 'begin');
  for (const heading of ['JP1 · クラウド運用', 'GR1 · Ασφάλεια δικτύων', 'RU1 · Мониторинг систем', 'HE1 · ניהול תשתיות']) {
    await waitForText(page, heading);
    await glyphsSettled(page);
    if (!heading.startsWith('HE1')) await click(page, 'next');
  }
  // The Hebrew statement is reported in logical order, as written.
  await revealText(page, 'מנהל שרתי Linux בגרסה 12 באופן עצמאי 🚀');
  await glyphsSettled(page);
  const status = await fonts(page);
  assert.deepEqual(status.uncovered, [], 'every character has a glyph');

  // The pieces fetched are exactly pieces the framework's text needs, each once.
  const pieces = pieceList();
  const needed = codePointsOf(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'multilingual.json'), 'utf8')));
  const got = fetched.filter((f) => f.startsWith('fonts/pieces/'));
  assert.equal(new Set(got).size, got.length, `no piece fetched twice: ${got.join(', ')}`);
  assert.deepEqual([...got].sort(), [...status.pieces].sort());
  for (const file of got) {
    const piece = pieces.find((p) => p.file === file);
    assert.ok([...needed].some((cp) => piece.covers(cp)), `${file} covers a character of the framework`);
  }
  for (const script of ['hebrew', 'greek', 'cyrillic', 'katakana', 'cjk-unified', 'transport-and-map']) {
    assert.ok(got.some((f) => f.includes(script)), `a ${script} piece was fetched: ${got.join(', ')}`);
  }
  assert.ok(!got.some((f) => /arabic|hangul|devanagari|thai/.test(f)), 'no piece of a script it does not use');
  assert.deepEqual(fetched.filter((f) => f.endsWith('.ttf') && !f.includes('pieces/')).length, 3, 'the three Latin fonts, once');
  assert.ok(status.lastRebuildMs < 100, `atlas rebuilt in ${status.lastRebuildMs} ms`);
  assertNoPageErrors(page);
  await context.close();
});

test('a character no font has is drawn as a box, and reported as itself', async () => {
  const { context, page } = await firstSkillPage();
  // U+13000 EGYPTIAN HIEROGLYPH A001 (a left-to-right letter): in no bundled font.
  assert.ok(!pieceList().some((p) => p.covers(0x13000)), 'no piece covers it');
  await click(page, 'notes');
  await page.keyboard.insertText('\u{13000}');
  await page.keyboard.press('Escape');
  await settle(page);
  await page.waitForFunction(() => window.skillscope.fonts().uncovered.includes(0x13000));
  await settle(page);
  assert.equal((await state(page)).answers['infrastructure-proficiency/ISDS'].notes, '\u{13000}');
  // The field's first character cell: an outlined box (dark edges, light inside).
  const { dark, cols, rows, left, right, top, bottom } = await firstCharacterInk(page);
  assert.ok(left >= 0 && right - left >= 4 && bottom - top >= 6, `a glyph is drawn: ${JSON.stringify({ left, right, top, bottom })}`);
  const height = bottom - top + 1;
  const width = right - left + 1;
  assert.ok(cols[left] >= height * 0.8 && cols[right] >= height * 0.8, 'both sides are solid lines');
  assert.ok(rows[top] >= width * 0.8 && rows[bottom] >= width * 0.8, 'top and bottom are solid lines');
  assert.ok(!dark(Math.round((left + right) / 2), Math.round((top + bottom) / 2)), 'and it is hollow: not a "?"');
  assertNoPageErrors(page);
  await context.close();
});

test('a Latin Extended-A letter is added from the bundled fonts when first typed: drawn, not a box, no piece fetched', async () => {
  const { context, page } = await firstSkillPage();
  const before = await fonts(page);
  // U+0141 LATIN CAPITAL LETTER L WITH STROKE: in the bundled Open Sans, not in the first atlas.
  await click(page, 'notes');
  await page.keyboard.insertText('\u0141');
  await page.keyboard.press('Escape');
  await page.waitForFunction((n) => window.skillscope.fonts().rebuilds > n, before.rebuilds);
  await settle(page);
  const after = await fonts(page);
  assert.deepEqual(after.pieces, [], 'no font piece was fetched for it');
  assert.ok(!after.uncovered.includes(0x141), 'it is not left as a box');
  assert.equal((await state(page)).answers['infrastructure-proficiency/ISDS'].notes, '\u0141');
  // The field's first character cell holds an L with a stroke: a solid left stem and a
  // solid foot, and no right side (a box would have one).
  const { cols, left, right } = await firstCharacterInk(page);
  const stem = Math.max(...cols);
  assert.ok(left >= 0 && stem >= 8, `a glyph with a stem is drawn: ${JSON.stringify(cols)}`);
  assert.ok(cols[right] < stem * 0.5, `its right edge is not a solid side: ${JSON.stringify(cols)}`);
  assertNoPageErrors(page);
  await context.close();
});

test('font pieces fetched once are there offline: the framework is drawn with the server stopped', async () => {
  const own = await startServer({ own: true });
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await openApp(page, own.url);
  // The service worker controls the page before any piece is fetched, so it keeps them.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await chooseFile(page, 'load_framework', 'multilingual.json');
  await waitForText(page, 'Loaded “運用スキル 🚀 Πολύγλωσσο” (version 1.0)');
  await glyphsSettled(page);
  const online = await fonts(page);
  assert.ok(online.pieces.length > 0);
  await own.stop();
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  await revealText(page, '運用スキル 🚀 Πολύγλωσσο');
  await glyphsSettled(page);
  const offline = await fonts(page);
  assert.deepEqual(offline.uncovered, [], 'every character has its glyph offline');
  assert.deepEqual([...offline.pieces].sort(), [...online.pieces].sort());
  await context.close();
});
