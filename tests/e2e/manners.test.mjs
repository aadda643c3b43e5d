// A web page's manners: Back and Forward through the app's screens (the browser's
// buttons, Alt+Left/Right, the mouse's side buttons), addresses that say where the
// person is (reload and deep links), stale links, Help from every screen, copying a
// level's descriptors, and defects found by a new user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import {
  openApp, settle, click, chooseFiles, reveal, revealText, waitForText, waitForWidget, findWidget, widgets, texts, state, assertNoPageErrors,
} from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const suite = appSuite();

async function newPage(options = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return { context, page };
}

const hash = (page) => page.evaluate(() => location.hash);

async function profileTitle(page, prefix) {
  return `${prefix} “${(await state(page)).name}”`;
}

async function heading(page) {
  await settle(page);
  const t = await texts(page);
  return t.map((x) => x.text);
}

// Five screens: start, setup, two skill pages, summary, results.
async function walkFiveScreens(page) {
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  await click(page, 'next');
  await click(page, 'level:3');
  await click(page, 'finish');
  await click(page, 'results');
  await settle(page);
  return (await state(page)).id;
}

test('Back and Forward move between the app\'s screens: browser buttons, Alt+arrows, mouse buttons', async () => {
  const { context, page } = await newPage();
  assert.equal(await hash(page), '#/');
  const id = await walkFiveScreens(page);
  const p = `#/p/${id}`;
  assert.equal(await hash(page), `${p}/results`);
  await waitForText(page, await profileTitle(page, 'Your profile:'));

  await page.goBack();
  await waitForText(page, await profileTitle(page, 'Summary of'));
  assert.equal(await hash(page), `${p}/summary`);
  await page.goBack();
  await waitForText(page, 'ISUP · Infrastructure Support');
  assert.equal(await hash(page), `${p}/skill/infrastructure-proficiency/ISUP`);
  // The keyboard: Alt+Left and Alt+Right.
  await page.keyboard.press('Alt+ArrowLeft');
  await settle(page);
  assert.equal(await hash(page), `${p}/skill/infrastructure-proficiency/ISDS`);
  await waitForText(page, 'ISDS · Infrastructure Strategy, Development and Support');
  await page.keyboard.press('Alt+ArrowLeft');
  await waitForText(page, 'New assessment');
  assert.equal(await hash(page), '#/new');
  await page.keyboard.press('Alt+ArrowRight');
  await waitForText(page, 'ISDS · Infrastructure Strategy, Development and Support');
  // The browser's Forward button, then the mouse's back button.
  await page.goForward();
  await settle(page);
  assert.equal(await hash(page), `${p}/skill/infrastructure-proficiency/ISUP`);
  const cdp = await context.newCDPSession(page);
  for (const type of ['mousePressed', 'mouseReleased'])
    await cdp.send('Input.dispatchMouseEvent', { type, x: 640, y: 450, button: 'back', clickCount: 1 });
  await settle(page);
  await page.waitForTimeout(200);
  await settle(page);
  assert.equal(await hash(page), `${p}/skill/infrastructure-proficiency/ISDS`, 'one step back, not two');
  // Back to the start, still inside the app.
  await page.goBack();
  await page.goBack();
  await waitForText(page, 'See where your skills stand — and where you want them to go.');
  assert.equal(await hash(page), '#/');
  // Answers were kept all along.
  assert.equal(Object.keys((await state(page)).answers).length, 2);
  assertNoPageErrors(page);
  await context.close();
});

test('a reload or a deep link opens the page the address names', async () => {
  const { context, page } = await newPage();
  const id = await walkFiveScreens(page);
  await page.goBack();
  await page.goBack();
  await settle(page);
  const address = page.url();
  assert.match(address, /#\/p\/.*\/skill\/infrastructure-proficiency\/ISUP$/);
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await waitForText(page, 'Skill 2 of 2');
  // The same address in a new tab of the same browser: a bookmark.
  const tab = await context.newPage();
  await tab.goto(suite.server.url + `#/p/${id}/summary`);
  await tab.evaluate(() => window.skillscope.ready);
  await waitForText(tab, await profileTitle(tab, 'Summary of'));
  assert.equal(await hash(tab), `#/p/${id}/summary`);
  await context.close();
});

test('a stale or unknown address lands on the start screen with a short notice', async () => {
  const { context, page } = await newPage();
  await page.goto(suite.server.url + '#/p/p-19990101000000-dead00/results');
  await page.evaluate(() => window.skillscope.ready);
  await waitForText(page, 'That page is not here any more');
  await waitForText(page, 'See where your skills stand — and where you want them to go.');
  assert.equal(await hash(page), '#/');
  await page.goto(suite.server.url + '#/somewhere/else');
  await waitForText(page, 'skillscope has no page at that address');
  assert.equal(await hash(page), '#/');
  assertNoPageErrors(page);
  await context.close();
});

test('Help is reachable from every screen, and with the ? key', async () => {
  const { context, page } = await newPage();
  const openHelpAndReturn = async (where) => {
    await click(page, 'help');
    await waitForText(page, 'What skillscope is');
    assert.equal(await hash(page), '#/help', where);
    await click(page, 'back');
    await settle(page);
    assert.notEqual(await hash(page), '#/help', where);
  };
  await openHelpAndReturn('start');
  await click(page, 'start');
  await openHelpAndReturn('setup');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  await openHelpAndReturn('skill page');
  await click(page, 'finish');
  await openHelpAndReturn('summary');
  await click(page, 'results');
  await openHelpAndReturn('results');
  await waitForText(page, await profileTitle(page, 'Your profile:'));
  // '?' on the keyboard, and Esc to leave.
  await page.keyboard.press('Shift+Slash');
  await waitForText(page, 'What skillscope is');
  assert.equal(await hash(page), '#/help');
  await revealText(page, 'Alt+Left and Alt+Right');
  await revealText(page, 'Credits and licences');
  await page.keyboard.press('Escape');
  await waitForText(page, await profileTitle(page, 'Your profile:'));
  // The theme switch is on every screen too (here: start and summary).
  await click(page, 'home');
  await waitForWidget(page, 'theme');
  assertNoPageErrors(page);
  await context.close();
});

test('a level\'s descriptors can be copied, by button or Ctrl+C on the focused card', async () => {
  const { context, page } = await newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  await click(page, 'start');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  await click(page, 'copy:2');
  await settle(page);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.trim().split('\n');
  assert.equal(lines[0], 'ITOP · Infrastructure operations — Level 2 · Assist');
  const statements = (await state(page));  // nothing was answered by copying
  assert.deepEqual(statements.answers, {});
  assert.ok(lines.length >= 2);
  for (const line of lines.slice(1)) assert.ok((await texts(page)).some((t) => line.endsWith(t.text)), line);
  assert.equal((await widgets(page)).find((w) => w.id === 'copy:2').label, 'Copied', 'the button says it was copied');
  // Keyboard: focus the level 3 card with Tab, then Ctrl+C.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    await settle(page);
    if ((await widgets(page)).some((w) => w.id === 'level:3' && w.focused)) break;
  }
  assert.ok((await widgets(page)).some((w) => w.id === 'level:3' && w.focused), 'the level 3 card has the focus');
  await page.keyboard.press('Control+C');
  await settle(page);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^ITOP · Infrastructure operations — Level 3 · Apply\n/);
  await context.close();
});

test('targets: only levels the skill defines, and none for a skill that is not applicable', async () => {
  const { context, page } = await newPage();
  await click(page, 'start');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  const ids = (await widgets(page)).map((w) => w.id);
  await reveal(page, 'target:5');
  const targets = (await widgets(page)).map((w) => w.id).filter((id) => id.startsWith('target:'));
  assert.deepEqual(targets.sort(), ['target:0', 'target:1', 'target:2', 'target:3', 'target:4', 'target:5']);
  assert.ok(!ids.includes('target:6') && !ids.includes('target:7'));
  await click(page, 'not_applicable');
  await settle(page);
  assert.ok(!(await widgets(page)).some((w) => w.id.startsWith('target:')), 'no target for a skill not applicable');
  await context.close();
});

test('at 1366×768 the results table shows every column heading whole', async () => {
  const { context, page } = await newPage({ viewport: { width: 1366, height: 768 } });
  await walkFiveScreens(page);
  await reveal(page, 'heading:Evidence');
  const t = await texts(page);
  const w = await widgets(page);
  for (const name of ['Skill', 'Framework', 'Level', 'Target', 'Gap', 'Confidence', 'Evidence']) {
    const text = t.find((x) => x.text === name);
    const cell = w.find((x) => x.id === `heading:${name}`);
    assert.ok(text && cell, name);
    assert.ok(text.x + text.w <= cell.x + cell.w + 0.5, `${name}: ${text.w} px of text in a ${cell.w} px cell`);
  }
  await context.close();
});

test('a framework card previews its skills and levels', async () => {
  const { context, page } = await newPage();
  await click(page, 'preview:infrastructure-proficiency@1.0.0');
  await waitForText(page, 'Infrastructure proficiency');
  await click(page, 'preview_skill:ISUP');
  await waitForText(page, 'Level 1 · Follow');
  await click(page, 'preview_close');
  await settle(page);
  assert.ok(!(await widgets(page)).some((w) => w.id === 'preview_close'));
  await context.close();
});

test('after Load framework the outcome is in view', async () => {
  const { context, page } = await newPage({ viewport: { width: 1280, height: 700 } });
  await chooseFiles(page, 'load_framework', path.join(HERE, 'fixtures', 'acme-platform.json'));
  await waitForText(page, 'Loaded “ACME platform team skills” (version 2026.1)');
  await settle(page);
  const banner = (await texts(page)).find((x) => x.text.startsWith('Loaded “ACME'));
  assert.ok(banner.y >= 0 && banner.y + banner.h <= 700, `banner at y=${banner.y}`);
  await context.close();
});

test('the charts say which level is which, and the legend sits right under the radar', async () => {
  const { context, page } = await newPage({ viewport: { width: 2560, height: 1440 } });
  // Two answered skills: bars, each track numbered by level.
  await walkFiveScreens(page);
  await reveal(page, 'axis:infrastructure-proficiency/ISUP');
  const numbers = (await texts(page)).filter((t) => /^[1-5]$/.test(t.text)).map((t) => t.text);
  for (const n of ['1', '2', '3', '4', '5']) assert.equal(numbers.filter((x) => x === n).length, 2, `level ${n} on both bars`);
  // Seven answered skills: a radar, its rings numbered along the first axis.
  await click(page, 'home');
  await click(page, 'start');
  await click(page, 'all:it-operations-matrix@1.0.0');
  await click(page, 'begin');
  // Levels 4, 1, 2, 3, 4, 1, 2: the first axis sits at its top, its rings free to be numbered.
  for (let k = 0; k < 7; k++) {
    await click(page, `level:${((k + 3) % 4) + 1}`);
    await click(page, k < 6 ? 'next' : 'finish');
  }
  await click(page, 'results');
  await reveal(page, 'chart_centre');
  const t = await texts(page);
  for (const n of ['1', '2', '3']) assert.ok(t.some((x) => x.text === n), `ring ${n} is numbered`);
  // Every axis names its highest level, except where a marker sits on it (two axes at 4).
  assert.equal(t.filter((x) => x.text === '4').length, 5);
  const w = await widgets(page);
  const labelsBottom = Math.max(...w.filter((x) => x.id.startsWith('axis:')).map((x) => x.y + x.h));
  const legend = t.find((x) => x.text === 'Your level');
  assert.ok(legend.y - labelsBottom < 40, `${Math.round(legend.y - labelsBottom)} px between the radar and its legend`);
  await context.close();
});

test('at 2560×1440 a list tooltip goes away on click and comes back on the next hover', async () => {
  const { context, page } = await newPage({ viewport: { width: 2560, height: 1440 }, deviceScaleFactor: 2 });
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  const row = (await widgets(page)).find((w) => w.id === 'goto:ISUP');
  await page.mouse.move(row.x + row.w / 2, row.y + row.h / 2);
  await waitForText(page, 'ISUP: not answered yet');
  await page.mouse.down();
  await page.mouse.up();
  await waitForText(page, 'Skill 2 of 2');
  assert.ok(!(await texts(page)).some((x) => x.text.startsWith('ISUP:')), 'no tooltip after the click');
  await page.mouse.move(5, 5);
  await settle(page);
  await page.mouse.move(row.x + row.w / 2, row.y + row.h / 2);
  await waitForText(page, 'ISUP: not answered yet');
  await context.close();
});
