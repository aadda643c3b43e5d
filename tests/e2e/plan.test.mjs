// What next, driven like a person in a real browser: on the SFIA seed with a snapshot,
// the plan lists level 4's statements of ITOP word for word; ticking one in the plan
// shows on the skill page; the reminder is a real download that parses as iCalendar
// and holds the chosen date; the timeline draws the change. With the example-roles
// framework, the roles are listed by fit and one becomes the benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import {
  openApp, settle, click, findWidget, download, chooseFiles, reveal, revealText, waitForText, texts, state, countColours,
  assertNoPageErrors,
} from './lib/app.mjs';
import { profileJson } from './lib/people.mjs';
import { axTree, findOne, focusNode, activate, axeViolations } from './lib/a11y.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '..', '..');
const SFIA = JSON.parse(fs.readFileSync(path.join(ROOT, 'frameworks', 'sfia.json'), 'utf8'));
const ITOP = SFIA.skills.find((s) => s.code === 'ITOP');
const suite = appSuite();

async function newPage(viewport = { width: 1280, height: 1000 }) {
  const context = await suite.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return { context, page };
}

async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
  await settle(page);
}

// The content lines of an iCalendar text, unfolded (RFC 5545 3.1), with its components checked to nest.
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'CRLF line ends');
  const lines = text.split('\r\n').slice(0, -1).reduce((out, l) => {
    if (l.startsWith(' ')) out[out.length - 1] += l.slice(1);
    else out.push(l);
    return out;
  }, []);
  const open = [];
  const props = {};
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line) > 0);
    const [name, ...rest] = line.split(':');
    const value = rest.join(':');
    if (name === 'BEGIN') open.push(value);
    else if (name === 'END') assert.equal(open.pop(), value, `END:${value} closes what is open`);
    else props[`${open.at(-1)}/${name}`] = value;
  }
  assert.equal(open.length, 0, 'every component closed');
  return props;
}

function monthsLater(date, months) {
  const y = date.getUTCFullYear(), m = date.getUTCMonth() + months, d = date.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(Date.UTC(y, m, Math.min(d, last)));
  return out.toISOString().slice(0, 10).replaceAll('-', '');
}

test('the plan on the SFIA seed: next-level statements, a tick seen on the skill page, the reminder, the timeline', async () => {
  const { context, page } = await newPage();
  await click(page, 'start');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  await click(page, 'finish');
  await click(page, 'results');
  await click(page, 'snapshot_name');
  await page.keyboard.type('Before the course');
  await click(page, 'save_snapshot');
  // Since then: level 3, aiming for 5.
  await page.evaluate((id) => { location.hash = `#/p/${id}/skill/sfia/ITOP`; }, (await state(page)).id);
  await settle(page);
  await click(page, 'level:3');
  await click(page, 'target:5');
  await click(page, 'finish');
  await click(page, 'results');

  await click(page, 'open_plan');
  assert.match(await page.evaluate(() => location.hash), /^#\/p\/[^/]+\/plan$/);
  // Level 4's statements, each a checkbox labelled with it word for word.
  for (const [i, statement] of ITOP.levels['4'].entries())
    assert.equal((await reveal(page, `plan_done:sfia/ITOP@4#${i}`)).label, statement);
  const id = 'sfia/ITOP@4#0';
  await click(page, `plan_done:${id}`);
  assert.equal((await state(page)).answers['sfia/ITOP'].ratings['4'][0], 'consistently');
  await click(page, `plan_edit:${id}`);
  await typeInto(page, 'plan_note', 'Shadow the on-call lead — “patch night”');
  await typeInto(page, 'plan_due', '2027-03');
  await revealText(page, 'Due 2027-03 \u00B7 Shadow the on-call lead — “patch night”');

  // The reminder: a real download that parses, on the date six months from today.
  const ics = await download(page, 'reminder:6');
  assert.match(ics.name, /\.ics$/);
  const props = parseIcs(ics.bytes.toString('utf8'));
  assert.equal(props['VEVENT/DTSTART;VALUE=DATE'], monthsLater(new Date(), 6));
  assert.match(props['VEVENT/SUMMARY'], /^Reassess “/);
  assert.equal(props['VCALENDAR/VERSION'], '2.0');
  const md = await download(page, 'export_plan_md');
  assert.ok(md.bytes.toString('utf8').includes(`- [x] ${ITOP.levels['4'][0]}`), 'the tick in the checklist');

  // The tick on the skill page (quick mode shows the statement as done).
  await page.evaluate((pid) => { location.hash = `#/p/${pid}/skill/sfia/ITOP`; }, (await state(page)).id);
  await settle(page);
  await revealText(page, 'Done: you do this consistently');

  // The timeline: the change, in words and drawn in the first series' blue.
  await page.evaluate((pid) => { location.hash = `#/p/${pid}/timeline`; }, (await state(page)).id);
  await settle(page);
  await waitForText(page, 'ITOP Infrastructure operations: up from 2 to 3');
  const words = await revealText(page, (t) => t.startsWith('Before the course 2 \u00B7 Now 3'));
  const chart = { x: Math.max(0, words.x), y: Math.max(0, words.y - 100), width: 260, height: 96 };
  const [blue] = await countColours(page, chart, [[0x00, 0x72, 0xB2]]);
  assert.ok(blue > 40, `the line and its markers drawn: ${blue} px`);
  const svg = await download(page, 'export_timeline_svg');
  assert.ok(svg.bytes.toString('utf8').includes('Before the course'), 'the SVG names the points');
  assertNoPageErrors(page);
  await context.close();
});

test('roles are listed by fit, each with why; the chosen one is the benchmark on the results chart', async () => {
  const { context, page } = await newPage();
  await chooseFiles(page, 'load_framework', path.join(ROOT, 'docs', 'examples', 'it-operations-matrix-example-roles.json'));
  await click(page, 'dismiss_banner');
  await click(page, 'start');
  await click(page, 'all:it-operations-matrix@1.0.0-example-roles');
  await click(page, 'begin');
  for (let k = 0; k < 7; k++) {
    await click(page, 'level:2');
    await click(page, k < 6 ? 'next' : 'finish');
  }
  await click(page, 'results');
  await click(page, 'open_plan');
  const all = await texts(page);
  const y = (prefix) => all.find((t) => t.text.startsWith(prefix))?.y;
  // Every skill at 2: the service desk's four are met, the cloud engineer's two of four, the lead's none of six.
  assert.ok(y('Service desk analyst (example)') < y('Cloud platform engineer (example)'));
  assert.ok(y('Cloud platform engineer (example)') < y('IT operations lead (example)'));
  assert.ok(all.some((t) => t.text === '4 of 4 skills at or above the role’s level'));
  assert.ok(all.some((t) => t.text === '0 of 6 skills at or above the role’s level'));
  await revealText(page, 'CLOUD Cloud Infrastructure Architecture: Level 2, the role expects 3');
  await click(page, 'choose_role:it-operations-matrix@1.0.0-example-roles/Cloud platform engineer (example)');
  // Its levels are goals now: CLOUD and AUTO join the plan at level 3.
  await revealText(page, (t) => t.startsWith('Level 2 now \u00B7 goal level 3 (the role’s)'));
  await click(page, 'back');
  await revealText(page, (t) => t.startsWith('Benchmark: Cloud platform engineer (example)'));
  assertNoPageErrors(page);
  await context.close();
});

test('the plan and the timeline by the accessibility tree and the keyboard alone, in the dark theme, with any script', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-plan-'));
  const file = path.join(dir, 'ana.json');
  fs.writeFileSync(file, profileJson({ id: 'p-e2e-ana', person: 'Ana Ruiz', framework: { id: 'sfia', version: '1.0.0' },
                                       levels: { ITOP: [2, 4] } }));
  await chooseFiles(page, 'import_profile', file);
  await click(page, 'import_new');
  await page.evaluate(() => { location.hash = '#/p/p-e2e-ana/plan'; });
  await settle(page);
  const statement = ITOP.levels['3'][0];
  let tree = await axTree(page);
  const box = findOne(tree, 'checkbox', statement);
  assert.equal(box.props.checked, 'false');
  await activate(page, 'checkbox', statement, { key: 'Space' });
  assert.equal((await state(page)).answers['sfia/ITOP'].ratings['3'][0], 'consistently');
  tree = await axTree(page);
  assert.equal(findOne(tree, 'checkbox', statement).props.checked, 'true');
  await activate(page, 'button', `Note and due month for: ${statement}`);
  tree = await axTree(page);
  await focusNode(page, findOne(tree, 'textbox', `Your note on: ${statement}`));
  const note = '研修に参加 — Ελληνικά, עברית, Русский 🙂';
  await page.keyboard.insertText(note);
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal((await state(page)).plan?.notes?.['sfia/ITOP@3#0']?.note ?? JSON.parse(
    await page.evaluate(() => localStorage.getItem('skillscope.v1.profile.p-e2e-ana'))).plan.notes['sfia/ITOP@3#0'].note, note);
  assert.deepEqual(await axeViolations(page), []);
  await activate(page, 'button', 'Progress over time…');
  assert.equal(await page.evaluate(() => location.hash), '#/p/p-e2e-ana/timeline');
  tree = await axTree(page);
  findOne(tree, 'heading', 'Progress over time: “Ana Ruiz\'s review”');
  assert.deepEqual(await axeViolations(page), []);
  assertNoPageErrors(page);
  await context.close();
});
