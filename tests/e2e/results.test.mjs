// Results: the radar shows the filled profile, hovering explains a point, clicking an
// axis revisits the skill, and the SVG, PNG and report downloads are real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import fs from 'node:fs';
import zlib from 'node:zlib';
import {
  openApp, settle, click, download as downloadFrom, reveal, revealText, waitForText, findWidget, state, pixelsAt, assertNoPageErrors,
} from './lib/app.mjs';

const suite = appSuite();

// A known profile: every built-in skill; level (k % 3) + 1, target one more, and the
// fifth skill (CLOUD) not applicable.
async function fillKnownProfile(page) {
  await click(page, 'start');
  for (const fw of ['infrastructure-proficiency', 'it-operations-matrix', 'sfia']) await click(page, `all:${fw}@1.0.0`);
  await click(page, 'begin');
  for (let k = 0; k < 10; k++) {
    if (k === 4) {
      await click(page, 'not_applicable');
    } else {
      await click(page, `level:${(k % 3) + 1}`);
      await click(page, `target:${(k % 3) + 2}`);
    }
    if (k < 9) await click(page, 'next');
  }
  await page.keyboard.press('End');  // keep the notes field out of it
  await click(page, 'finish');
  await click(page, 'results');
}

function pngSize(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  return { w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
}

test('the radar, its tooltip and click-through, and the three downloads', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await fillKnownProfile(page);
  await waitForText(page, 'SFIA: Infrastructure operations (ITOP) — level 1 Follow, target 2 Assist');
  await waitForText(page, 'IT operations competency matrix — 6 of 7 skills at a level, average level 2.2, 6 targets above the current level');

  // The filled polygon: sample inside the wedge between the first two answered axes.
  // Bring the plot's centre to the middle of the window, so the whole plot is in view.
  let centre = await reveal(page, 'chart_centre');
  await page.mouse.wheel(0, centre.y - 450);
  await settle(page);
  centre = await findWidget(page, 'chart_centre');
  const a = await findWidget(page, 'vertex:infrastructure-proficiency/ISDS');
  const b = await findWidget(page, 'vertex:infrastructure-proficiency/ISUP');
  assert.ok(a && b, 'vertices of answered skills are on screen');
  const c = { x: centre.x + centre.w / 2, y: centre.y + centre.h / 2 };
  const mid = { x: (a.x + a.w / 2 + b.x + b.w / 2) / 2, y: (a.y + a.h / 2 + b.y + b.h / 2) / 2 };
  const pixels = await pixelsAt(page, [0.3, 0.4, 0.5].map((t) => ({ x: c.x + (mid.x - c.x) * t, y: c.y + (mid.y - c.y) * t })));
  // #0072B2 at 28% over the light background #F7F6F2 is about (178, 209, 224).
  const filled = pixels.filter(([r, g, bl]) => Math.abs(r - 178) < 14 && Math.abs(g - 209) < 14 && Math.abs(bl - 224) < 14);
  assert.ok(filled.length >= 2, `polygon fill colour inside the shape, got ${JSON.stringify(pixels)}`);

  // Hovering a vertex explains it.
  await page.mouse.move(a.x + a.w / 2, a.y + a.h / 2);
  await settle(page);
  await waitForText(page, 'ISDS · Infrastructure Strategy, Development and Support');
  await waitForText(page, 'Target: Level 2 · Assist');
  await waitForText(page, '“Follows procedures for basic infrastructure support tasks (e.g., password resets) and simple deployment steps (e.g., installing approved software).”');

  // Downloads, with sensible names.
  const download = (id) => downloadFrom(page, id);
  const today = new Date().toISOString().slice(0, 10);
  const svg = await download('export_svg');
  assert.match(svg.name, new RegExp(`^Assessment-\\d+-[A-Z][a-z]{2}-\\d{4}-${today}\\.svg$`));
  const svgText = svg.bytes.toString('utf8');
  assert.ok(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  for (const code of ['ISDS', 'ISUP', 'AIML', 'CLOUD', 'ITOP']) assert.ok(svgText.includes(code), code);
  const parsed = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null, svgText);
  assert.ok(parsed, 'the SVG parses as XML');

  const png = await download('export_png');
  assert.ok(png.name.endsWith('.png'));
  const size = pngSize(png.bytes);
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svgText);
  assert.equal(size.w, Math.round(Number(viewBox[1]) * 2), 'PNG at 2x');
  assert.equal(size.h, Math.round(Number(viewBox[2]) * 2));

  const report = await download('export_report');
  assert.ok(report.name.endsWith('.html'));
  const html = report.bytes.toString('utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(!/<script/i.test(html), 'no scripts');
  assert.ok(html.includes('SFIA content © SFIA Foundation'));
  assert.ok(html.includes('Follows procedures for basic infrastructure support tasks'));
  // Open the report itself: it renders with no request to anywhere.
  const reportPage = await context.newPage();
  const requests = [];
  reportPage.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
  await reportPage.setContent(html);
  assert.equal(await reportPage.locator('h1').innerText(), (await state(page)).name);
  assert.equal(await reportPage.locator('svg').count(), 1);
  assert.deepEqual(requests, []);
  await reportPage.close();

  // Clicking an axis label opens that skill's page.
  const label = await reveal(page, 'axis:sfia/ITOP');
  await page.mouse.click(label.x + label.w / 2, label.y + label.h / 2);
  await settle(page);
  await waitForText(page, 'ITOP · Infrastructure operations');
  assertNoPageErrors(page);
  await context.close();
});

test('a results table heading sorts the rows by its column, then the other way', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await fillKnownProfile(page);
  await reveal(page, 'heading:Level');
  await page.mouse.move(640, 450);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 600);  // the table is last: every row in view
  await settle(page);
  // A column's cells from the top row down: the texts under its heading, at its left edge.
  const column = async (name) => {
    const heading = await findWidget(page, `heading:${name}`);
    const all = await page.evaluate(() => window.skillscope.texts());
    return all.filter((t) => t.y > heading.y + heading.h && Math.abs(t.x - heading.x) < 40)
      .sort((a, b) => a.y - b.y).map((t) => t.text);
  };
  const levels = async () => (await column('Level')).map((t) => (/^Level (\d)/.exec(t) || [0, -1])[1] * 1);
  const codes = async () => (await column('Skill')).map((t) => t.split(' · ')[0]);
  const byCode = [...(await codes())].sort();
  assert.equal(byCode.length, 10, `ten rows: ${byCode}`);
  assert.deepEqual(await codes(), byCode, 'by skill code at first');
  await click(page, 'heading:Level');
  const up = await levels();
  assert.deepEqual(up, [...up].sort((a, b) => a - b), `lowest level first: ${up}`);
  assert.equal(up[0], -1, 'the skill not applicable first');
  await click(page, 'heading:Level');
  const down = await levels();
  assert.deepEqual(down, [...down].sort((a, b) => b - a), `highest level first: ${down}`);
  assertNoPageErrors(page);
  await context.close();
});

test('with fewer than three answered skills the chart is a bar chart', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:3');
  await click(page, 'next');
  await click(page, 'level:2');
  await click(page, 'finish');
  await click(page, 'results');
  await revealText(page, 'With fewer than three answered skills, bars show each skill on its own scale. Hover or focus a point for details; click an axis to revisit that skill.');
  assert.equal(await findWidget(page, 'vertex:infrastructure-proficiency/ISDS'), null, 'no radar vertices');
  await context.close();
});
