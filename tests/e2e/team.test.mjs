// People, compare and the team view in the browser: twelve profiles in one chooser
// selection, the heatmap's cells and its coverage and single-point-of-failure figures
// against a fixture worked out by hand (fixtures/team-12.json), a three-profile overlay
// checked by its pixels, the CSV and team report downloads parsed, bad input with its
// messages, drops and pasted links, and the addresses of the new screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import { profileJson, writeProfiles } from './lib/people.mjs';
import {
  openApp, settle, click, download, chooseFiles as chooseFilesWith, reveal, revealText, waitForText, waitForWidget, findWidget, texts, widgets, countColours, assertNoPageErrors,
} from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, 'fixtures');
const TEAM = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'team-12.json'), 'utf8'));
const MATRIX = TEAM.framework;
const key = (code) => `${MATRIX.id}/${code}`;
const suite = appSuite();
// Scrolling the page with the pointer in its margin, off the boxes that scroll on their own.
const AT_MARGIN = { at: { x: 6, y: 400 } };

async function newPage(viewport = { width: 1600, height: 1000 }) {
  const context = await suite.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return { context, page };
}

async function chooseFiles(page, id, files) {
  const c = await chooseFilesWith(page, id, files);
  assert.equal(c.isMultiple(), id === 'import_people', `the chooser of ${id} takes several files or one`);
}

async function importTwelve(page) {
  await click(page, 'open_people');
  await chooseFiles(page, 'import_people', writeProfiles(TEAM.people, MATRIX));
  await waitForText(page, '12 people imported');
}

// The label a widget shows (cells and figures are widgets with their text as label).
async function label(page, id) {
  const w = await findWidget(page, id);
  assert.ok(w, `widget ${id} is on screen`);
  return w.label;
}

function expectedCell(value) {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `${value[0]} › ${value[1]}`;
  if (value === 'skip') return 'skipped';
  return String(value);
}

// RFC 4180 as the app writes it: quotes, doubled quotes, CRLF.
function parseCsv(text) {
  const rows = [[]];
  let cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

test('twelve profiles in one chooser selection: the heatmap cells and the figures worked out by hand', async () => {
  const { context, page } = await newPage();
  await importTwelve(page);
  // Kept apart from one's own: the start screen's list of assessments is still empty.
  await click(page, 'home');
  await waitForText(page, '12 profiles shared with you, kept apart from your own.');
  await waitForText(page, 'None yet. Start one, or import a profile someone shared.');
  await click(page, 'open_team');
  await waitForText(page, '12 people · 7 skills shown');

  for (const person of TEAM.people) {
    for (const code of TEAM.skills) {
      assert.equal(await label(page, `cell:person:${person.id}:${key(code)}`), expectedCell(person.levels[code]),
                   `${person.person}, ${code}`);
    }
  }
  const check = async (expected) => {
    for (const code of TEAM.skills) {
      assert.equal(await label(page, `coverage:${key(code)}`), expected.coverage[code], `coverage of ${code}`);
      assert.equal(await label(page, `single:${key(code)}`), expected.single[code], `single point of ${code}`);
      if (expected.median) assert.equal(await label(page, `median:${key(code)}`), expected.median[code], `median of ${code}`);
    }
    for (const [code, text] of Object.entries(expected.holders || {}))
      assert.equal(await label(page, `holders:${key(code)}`), text, `people per level in ${code}`);
  };
  await check(TEAM.expected['level 3']);
  await waitForText(page, 'AIML · AI/ML Systems Operations: only Ada Byrne at level 3 or above');
  await waitForText(page, 'IAG · Identity & Access Governance: only Lee Moss at level 3 or above');
  await waitForText(page, 'SAAS · SaaS Platform Administration: nobody at level 3 or above');
  await waitForText(page, 'Ben Cole: 6 of 7 skills at a level (median 2), 1 not answered.');

  await click(page, 'threshold:2');
  await check(TEAM.expected['level 2']);
  await waitForText(page, 'None: every skill shown is held at level 2 or above by two people or more.');

  // Sorted by coverage, highest first; ties keep the framework's order.
  await click(page, 'sort:coverage');
  const order = (await widgets(page)).filter((w) => w.id.startsWith('row:')).sort((a, b) => a.y - b.y)
    .map((w) => w.id.slice(`row:${MATRIX.id}/`.length));
  assert.deepEqual(order, ['CLOUD', 'ITSM', 'AUTO', 'ENDPOINT', 'IAG', 'AIML', 'SAAS']);
  // Sorted by one person's level.
  await click(page, 'sort:member:person:p-e2e-12');
  const lee = (await widgets(page)).filter((w) => w.id.startsWith('row:')).sort((a, b) => a.y - b.y)[0];
  assert.equal(lee.id, `row:${key('IAG')}`, 'Lee Moss is highest in IAG');
  assertNoPageErrors(page);
  await context.close();
});

test('the heatmap as CSV and the team report, with initials when asked', async () => {
  const { context, page } = await newPage();
  await importTwelve(page);
  await click(page, 'open_team');
  const csv = await download(page, 'export_csv');
  assert.match(csv.name, /^skillscope-team-heatmap-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte order mark for spreadsheets');
  const rows = parseCsv(text.slice(1));
  assert.equal(rows.length, 1 + TEAM.skills.length);
  const head = rows[0];
  assert.deepEqual(head.slice(0, 5), ['Code', 'Skill', 'Framework', 'Version', 'Category']);
  const byCode = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
  for (const person of TEAM.people) {
    const at = head.indexOf(person.person);
    assert.equal(head[at + 1], `${person.person} target`);
    for (const code of TEAM.skills) {
      const v = person.levels[code];
      const level = v === undefined ? '' : v === 'n/a' ? 'not applicable' : v === '?' ? 'not answered'
        : v === 'skip' ? 'skipped' : String(Array.isArray(v) ? v[0] : v);
      assert.equal(byCode[code][at], level, `${person.person}, ${code}`);
      assert.equal(byCode[code][at + 1], Array.isArray(v) ? String(v[1]) : '');
    }
  }
  const coverage = head.indexOf('Coverage at level 3 or above');
  const single = head.indexOf('Single point of failure');
  for (const code of TEAM.skills) {
    assert.equal(byCode[code][coverage], TEAM.expected['level 3'].coverage[code]);
    const holder = TEAM.expected['level 3'].single[code];
    assert.equal(byCode[code][single], holder && holder !== 'nobody' ? `yes (${holder})` : 'no');
  }

  const report = await download(page, 'export_report');
  assert.match(report.name, /\.html$/);
  const html = report.bytes.toString('utf8');
  assert.ok(!/<script/i.test(html), 'no scripts');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  const reportPage = await context.newPage();
  const requests = [];
  reportPage.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
  await reportPage.setContent(html);
  assert.equal(await reportPage.locator('tbody tr').count(), TEAM.skills.length);
  assert.equal(await reportPage.locator('thead th').count(), 1 + TEAM.people.length + 4);
  const risks = await reportPage.locator('#risk + ul li').allInnerTexts();
  assert.deepEqual(risks, [
    'AIML · AI/ML Systems Operations: only Ada Byrne at level 3 or above',
    'AUTO · Automation & Workflow Orchestration: nobody at level 3 or above',
    'IAG · Identity & Access Governance: only Lee Moss at level 3 or above',
    'SAAS · SaaS Platform Administration: nobody at level 3 or above',
  ]);
  assert.equal(await reportPage.locator('td[title="Cai Duarte, CLOUD"]').innerText(), '3 › 4');
  assert.deepEqual(requests, []);
  await reportPage.close();

  // Initials instead of names.
  await click(page, 'initials');
  const hidden = (await download(page, 'export_csv')).bytes.toString('utf8');
  assert.ok(hidden.includes('A.B.,A.B. target'), 'initials in the heading');
  for (const person of TEAM.people) assert.ok(!hidden.includes(person.person), `${person.person} is not named`);
  assert.ok(hidden.includes('yes (L.M.)'));
  assertNoPageErrors(page);
  await context.close();
});

test('compare: three profiles overlaid, each series drawn in its own colour, and the chart exports', async () => {
  const { context, page } = await newPage({ width: 1280, height: 1000 });
  await importTwelve(page);
  await click(page, 'open_compare');
  await waitForText(page, 'Choose two to five to compare: your assessments, people’s profiles, or snapshots of either.');
  for (const id of ['p-e2e-01', 'p-e2e-02', 'p-e2e-03']) await click(page, `pick:person:${id}`);
  for (const name of ['Ada Byrne', 'Ben Cole', 'Cai Duarte']) await revealText(page, name);  // the legend
  // The whole plot in view.
  let centre = await reveal(page, 'chart_centre', AT_MARGIN);
  await page.mouse.wheel(0, centre.y - 480);
  await settle(page);
  await page.mouse.move(5, 5);  // no tooltip over the chart
  await settle(page);
  const chart = await findWidget(page, 'chart');
  const rect = { x: chart.x, y: Math.max(0, chart.y), width: chart.w, height: Math.min(chart.h, 1000 - Math.max(0, chart.y)) };
  // The light theme's series colours (core/chart/style.h): blue, vermillion, reddish purple.
  const colours = [[0x00, 0x72, 0xB2], [0xD5, 0x5E, 0x00], [0xCC, 0x79, 0xA7]];
  const three = await countColours(page, rect, colours);
  for (const [k, n] of three.entries()) assert.ok(n > 150, `series ${k} drawn: ${JSON.stringify(three)}`);
  // Every series has its points where it has a level: Ada 4 in AIML, Ben 4 in CLOUD, Cai 3 in ENDPOINT.
  for (const id of ['point:0:' + key('AIML'), 'point:1:' + key('CLOUD'), 'point:2:' + key('ENDPOINT')])
    assert.ok(await findWidget(page, id), id);

  // One fewer: the third colour is gone.
  await click(page, 'pick:person:p-e2e-03');
  centre = await reveal(page, 'chart_centre', AT_MARGIN);
  await page.mouse.wheel(0, centre.y - 480);
  await page.mouse.move(5, 5);
  await settle(page);
  const after = await findWidget(page, 'chart');
  const two = await countColours(page, { x: after.x, y: Math.max(0, after.y), width: after.w,
    height: Math.min(after.h, 1000 - Math.max(0, after.y)) }, colours);
  assert.ok(two[0] > 150 && two[1] > 150, `two series left: ${JSON.stringify(two)}`);
  assert.ok(two[2] < 20, `the third series is gone: ${JSON.stringify(two)}`);

  await click(page, 'pick:person:p-e2e-03');
  const svg = await download(page, 'compare_svg');
  assert.match(svg.name, /\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  assert.deepEqual([...svgText.matchAll(/<g class="series" data-series="([^"]*)"/g)].map((m) => m[1]),
                   ['Ada Byrne', 'Ben Cole', 'Cai Duarte']);
  const png = await download(page, 'compare_png');
  assert.deepEqual([...png.bytes.subarray(0, 4)], [137, 80, 78, 71], 'a PNG');
  assertNoPageErrors(page);
  await context.close();
});

test('bad input: each with a clear message; the rest arrives; a missing framework can be loaded from the notice', async () => {
  const { context, page } = await newPage({ width: 1280, height: 1000 });
  await click(page, 'open_people');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-bad-people-'));
  const kim = profileJson({ id: 'p-kim', person: 'Kim Lee', framework: MATRIX, levels: { AIML: 2 } });
  const write = (name, text) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };
  const member = (id, person, levels) => JSON.parse(profileJson({ id, person, framework: MATRIX, levels }));
  const team = {
    format: 'skillscope-team', formatVersion: 1, frameworks: [],
    members: [member('p-ann', 'Ann Ito', { AUTO: 3 }), member('p-bo', 'Bo Ray', { AIML: 9 }), member('p-cy', 'Cy Ode', { IAG: 1 })],
  };
  const files = [
    write('kim.json', kim),
    path.join(FIXTURES, 'not-json.json'),
    write('kim copy.json', kim),
    write('acme.json', profileJson({ id: 'p-acme', person: 'Al Acme', framework: { id: 'acme-platform-team', version: '2026.1' }, levels: { OBS: 2 } })),
    write('team.json', JSON.stringify(team)),
  ];
  await chooseFiles(page, 'import_people', files);
  await waitForText(page, '3 people imported; 4 were not');
  assert.ok((await texts(page)).some((t) => t.text.startsWith('not-json.json: not valid JSON')), 'not a profile');
  await waitForText(page, 'kim copy.json: the same profile as kim.json (“Kim Lee\'s review”), so it was taken once');
  await waitForText(page, 'acme.json: uses the framework "acme-platform-team" version 2026.1, which is not loaded in this browser. Load that framework, then import again.');
  await waitForText(page, 'team.json, member 2 (“Bo Ray\'s review”): answers["it-operations-matrix/AIML"].level: 9 is above the highest level 4');
  for (const id of ['p-kim', 'p-ann', 'p-cy']) await reveal(page, `remove_person:${id}`);
  assert.equal(await findWidget(page, 'remove_person:p-bo'), null, 'the broken member is not imported');

  // The same file again, in another selection.
  await chooseFiles(page, 'import_people', [files[0]]);
  await waitForText(page, 'Nothing new to import');
  await waitForText(page, 'kim.json: “Kim Lee\'s review” is already here, unchanged.');

  // The framework this browser lacked, loaded from the notice; then the profile imports.
  await chooseFiles(page, 'import_people', [files[3]]);
  await chooseFiles(page, 'banner_load_framework', [path.join(FIXTURES, 'acme-platform.json')]);
  await waitForText(page, 'Loaded “ACME platform team skills” (version 2026.1)');
  await click(page, 'open_people');
  await chooseFiles(page, 'import_people', [files[3]]);
  await waitForText(page, '1 person imported');
  assertNoPageErrors(page);
  await context.close();
});

test('several files dropped at once, and share links pasted one a line, go to People', async () => {
  const { context, page } = await newPage({ width: 1280, height: 900 });
  const [ada, ben, cai] = TEAM.people.slice(0, 3).map((p) => profileJson({ ...p, framework: MATRIX }));
  await page.evaluate(({ ada, ben }) => {
    const data = new DataTransfer();
    data.items.add(new File([ada], 'ada.json', { type: 'application/json' }));
    data.items.add(new File([ben], 'ben.json', { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { ada, ben });
  await waitForText(page, '2 people imported');
  assert.equal(await page.evaluate(() => location.hash), '#/people');

  const link = (json) => suite.server.url + '#p=' + zlib.deflateRawSync(Buffer.from(json)).toString('base64url');
  const other = profileJson({ id: 'p-dee', person: 'Dee Nash', framework: MATRIX, levels: { SAAS: 3 } });
  await click(page, 'paste_people');
  await click(page, 'paste_people_text');
  // Pasted as a person does (the clipboard keeps the line breaks that typing would not).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${link(cai)}\n${link(other)}\n`);
  await page.keyboard.press('Control+V');
  await settle(page);
  await click(page, 'paste_people_ok');
  await waitForText(page, '2 people imported');
  await reveal(page, 'remove_person:p-e2e-03');
  await reveal(page, 'remove_person:p-dee');
  assertNoPageErrors(page);
  await context.close();
});

test('the new screens are addresses: reload, Back and Forward return there', async () => {
  const { context, page } = await newPage({ width: 1280, height: 900 });
  await importTwelve(page);
  await click(page, 'open_team');
  assert.equal(await page.evaluate(() => location.hash), '#/team');
  await click(page, 'threshold:2');
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  await waitForText(page, 'Team view');
  assert.equal(await label(page, `coverage:${key('AIML')}`), TEAM.expected['level 2'].coverage.AIML, 'the chosen level is kept');
  await page.goBack();
  await settle(page);
  await waitForWidget(page, 'import_people');
  await page.goForward();
  await settle(page);
  await waitForText(page, 'Team view');
  await click(page, 'open_compare');
  assert.equal(await page.evaluate(() => location.hash), '#/compare');
  await click(page, 'help');
  await click(page, 'back');
  await waitForWidget(page, 'pick:person:p-e2e-01');
  assert.equal(await page.evaluate(() => location.hash), '#/compare');
  await context.close();
});
