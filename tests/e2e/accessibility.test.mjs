// The accessibility mirror (README "The accessibility mirror"), read the way assistive
// technology reads it: Chromium's accessibility tree, DOM focus, keys, axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import {
  openApp, settle, click, chooseFiles, reveal, waitForText, waitForWidget, findWidget, widgets, state, center, pixelsAt, assertNoPageErrors,
} from './lib/app.mjs';
import { writeProfiles } from './lib/people.mjs';
import {
  axTree, findAll, findOne, isInside, ancestor, axNodeOf, focusNode, clickNode, activate, axeViolations, liveWords, textOf,
} from './lib/a11y.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE_PROFILE = path.join(HERE, '..', 'data', 'sample-profile.json');
const NOT_JSON = path.join(HERE, 'fixtures', 'not-json.json');
const SEEDS = path.join(HERE, '..', '..', '..', 'shared', 'seeds');
const TEAM = JSON.parse(fs.readFileSync(path.join(HERE, 'fixtures', 'team-12.json'), 'utf8'));
const suite = appSuite();

async function newPage(options = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return { context, page };
}

const choose = chooseFiles;

// What each kind of widget must be to assistive technology, said independently of the
// app's own registry: by its id.
const ROLE_BY_ID = [
  [/^level:\d+$/, 'radio'],
  [/^(mode|target|confidence|choose|overlay|group):/, 'radio'],
  [/^rate_(notyet|partly|consistently):/, 'radio'],
  [/^(all|skill|category):/, 'checkbox'],
  [/^(profile_name|person|filter|notes|snapshot_name|rename_text|paste_text)$/, 'textbox'],
  [/^(guidance|skill_list|preview_skill:.*)$/, 'button'],
  [/^(start|begin|next|finish|back|help|theme|results|home|import_new|import_cancel|dismiss_banner|copy:\d+|goto:.*|vertex:.*)$/, 'button'],
  [/^chart$/, 'figure'],
  [/^axis:/, 'rowheader'],
  [/^row:/, 'rowheader'],
  [/^sort:/, 'button'],
  [/^(cell|holders|median|coverage|single|gaps|role):/, 'cell'],
];
const INTERACTIVE = new Set(['button', 'checkbox', 'radio', 'textbox', 'figure', 'rowheader']);

function cssString(s) {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

// Every interactive widget of the frame has its node, with the right role and name; no
// control is unnamed; the headings outline the page; axe finds nothing serious.
async function checkScreen(page, label) {
  // Under a dialog only the dialog's widgets count (the page behind it is inert).
  const dialogName = (await axTree(page)).all.find((n) => n.role === 'dialog')?.name;
  const windowTitle = (w) => w.window.split('/')[0].split('##')[0];
  const list = (await widgets(page)).filter((w) => INTERACTIVE.has(w.role) && (!dialogName || windowTitle(w) === dialogName));
  assert.ok(list.length > 0, `${label}: no widgets`);
  for (const w of list) {
    const ax = await axNodeOf(page, `#skillscope-mirror [data-id=${cssString(w.id)}]`);
    assert.ok(ax && !ax.ignored, `${label}: widget ${w.id} has no node in the accessibility tree`);
    assert.equal(ax.role, w.role, `${label}: role of ${w.id}`);
    assert.equal(ax.name, w.name, `${label}: name of ${w.id}`);
    assert.ok(w.name.includes(w.label), `${label}: the name of ${w.id} (${w.name}) contains its visible words (${w.label})`);
    const expected = ROLE_BY_ID.find(([re]) => re.test(w.id));
    if (expected) assert.equal(ax.role, expected[1], `${label}: ${w.id} is a ${expected[1]}`);
  }
  const tree = await axTree(page);
  for (const n of tree.all) {
    if (['button', 'checkbox', 'radio', 'textbox', 'radiogroup', 'dialog', 'progressbar', 'heading'].includes(n.role))
      assert.ok(n.name.trim(), `${label}: an unnamed ${n.role}`);
  }
  // The outline: one level-1 heading first (per dialog too), and no level skipped going down.
  const dialog = findAll(tree, 'dialog')[0] || null;
  const headings = tree.all.filter((n) => n.role === 'heading' && (dialog ? isInside(n, dialog) : !ancestor(n, 'dialog')));
  if (!dialog) {
    assert.equal(headings[0]?.props.level, 1, `${label}: the first heading is the title`);
    assert.equal(headings.filter((h) => h.props.level === 1).length, 1, `${label}: one title`);
  }
  let previous = dialog ? 1 : 0;
  for (const h of headings) {
    assert.ok(h.props.level <= previous + 1, `${label}: heading "${h.name}" (level ${h.props.level}) skips a level`);
    previous = h.props.level;
  }
  assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
}

test('every screen: each widget has its role and name, controls are named, headings outline the page, axe finds nothing serious', async () => {
  const { context, page } = await newPage();
  await checkScreen(page, 'start');
  await click(page, 'help');
  await checkScreen(page, 'help');
  await click(page, 'back');
  await click(page, 'paste_profile');
  await checkScreen(page, 'paste dialog');
  await click(page, 'paste_cancel');
  await click(page, 'preview:sfia@1.0.0');
  await click(page, 'preview_skill:ITOP');
  await checkScreen(page, 'framework preview');
  await click(page, 'preview_close');
  await choose(page, 'import_profile', SAMPLE_PROFILE);
  await waitForWidget(page, 'import_new');
  await checkScreen(page, 'import dialog');
  await click(page, 'import_new');
  await checkScreen(page, 'start with a profile and a notice');

  await click(page, 'start');
  await checkScreen(page, 'setup');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  await checkScreen(page, 'skill page, quick');
  await click(page, 'mode:statements');
  await checkScreen(page, 'skill page, statement by statement');
  await click(page, 'mode:quick');
  await click(page, 'next');
  await click(page, 'level:3');
  await click(page, 'next');
  await click(page, 'guidance');
  await checkScreen(page, 'skill page, guidance open');
  await click(page, 'level:4');
  await click(page, 'finish');
  await checkScreen(page, 'summary');
  await click(page, 'results');
  await waitForWidget(page, 'chart');
  await checkScreen(page, 'results');
  assertNoPageErrors(page);
  await context.close();
});

test('people, the team view and compare: each widget has its role and name, and the heatmap is a table', async () => {
  process.env.SKILLSCOPE_SETTLE_TIMEOUT_MS ||= '20000';  // twelve people in software GL
  const { context, page } = await newPage({ viewport: { width: 1400, height: 900 } });
  await click(page, 'open_people');
  await checkScreen(page, 'people, empty');
  await chooseFiles(page, 'import_people', writeProfiles(TEAM.people, TEAM.framework));
  await checkScreen(page, 'people, twelve');
  await click(page, 'open_team');
  await checkScreen(page, 'team view');
  // The heatmap reads as a table: a person's column heading, and a cell with its number.
  const tree = await axTree(page);
  const table = findAll(tree, 'table').find((t) => t.name.includes('Skills and people'));
  assert.ok(table, 'the heatmap is a table named by its heading');
  const first = TEAM.people[0];
  assert.ok(findAll(tree, 'columnheader').some((n) => isInside(n, table) && n.name.includes(first.person)),
            'a person is a column heading');
  assert.ok(findAll(tree, 'cell').some((n) => isInside(n, table) && /\d/.test(textOf(n))), 'cells say their level');
  await click(page, 'open_compare');
  for (const id of ['p-e2e-01', 'p-e2e-02', 'p-e2e-03']) await click(page, `pick:person:${id}`);
  await checkScreen(page, 'compare');
  assertNoPageErrors(page);
  await context.close();
});

test('a framework from a table: its choices are radio groups, a column\'s combo names what it holds', async () => {
  process.env.SKILLSCOPE_SETTLE_TIMEOUT_MS ||= '20000';  // a long screen, slow in software GL
  const { context, page } = await newPage();
  await click(page, 'framework_from_table');
  await checkScreen(page, 'table import, empty');
  const seed = path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith('000_')));
  await choose(page, 'choose_table_file', seed);
  await waitForText(page, 'The table: ' + path.basename(seed));
  await checkScreen(page, 'table import, read');
  const tree = await axTree(page);
  const format = findOne(tree, 'radiogroup', 'Format');
  assert.equal(findAll(tree, 'radio').filter((r) => isInside(r, format) && r.props.checked === 'true').length, 1);
  const combo = findAll(tree, 'button', /^What .* holds: /)[0];
  assert.ok(combo, 'a column\'s combo is a named button');
  assert.equal(combo.props.expanded, false);
  await focusNode(page, combo);
  await page.keyboard.press('Enter');
  await settle(page);
  const open = await axTree(page);
  const options = findOne(open, 'radiogroup', combo.name.replace(/: .*$/, ''));
  const choices = findAll(open, 'radio').filter((r) => isInside(r, options));
  assert.ok(choices.length >= 3, 'the combo\'s options are radios');
  assert.equal(choices.filter((r) => r.props.checked === 'true').length, 1);
  await context.close();
});

test('on a phone: the folded skill list and the result cards have their roles too', async () => {
  const { context, page } = await newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'skill_list');
  await checkScreen(page, 'phone skill page');
  await click(page, 'level:1');
  await click(page, 'next');
  await click(page, 'level:2');
  await click(page, 'finish');
  await click(page, 'results');
  await checkScreen(page, 'phone results');
  await context.close();
});

test('the level choice is a radio group with the chosen level checked, quick and statement by statement', async () => {
  const { context, page } = await newPage();
  await click(page, 'start');
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'begin');
  const levels = async (groupName) => {
    const tree = await axTree(page);
    const group = findOne(tree, 'radiogroup', groupName);
    return findAll(tree, 'radio').filter((r) => isInside(r, group)).map((r) => [r.name, r.props.checked]);
  };
  const QUICK = 'Which level describes the work you do consistently?';
  assert.deepEqual(await levels(QUICK), [
    ['Level 1 · Follow', 'false'], ['Level 2 · Assist', 'false'], ['Level 3 · Apply', 'false'],
    ['Level 4 · Enable', 'false'], ['Level 5 · Ensure, advise', 'false'],
  ]);
  await click(page, 'level:3');
  assert.deepEqual((await levels(QUICK)).filter(([, checked]) => checked === 'true'), [['Level 3 · Apply', 'true']]);
  // The card's statements are its description: heard with the radio.
  const radio = findOne(await axTree(page), 'radio', 'Level 3 · Apply');
  assert.match(radio.description, /Your level/);
  assert.ok(radio.description.length > 80, radio.description);

  await click(page, 'mode:statements');
  assert.deepEqual((await levels('Your level')).filter(([, checked]) => checked === 'true'), [['Level 3 · Apply', 'true']]);
  await click(page, 'choose:2');
  assert.deepEqual((await levels('Your level')).filter(([, checked]) => checked === 'true'), [['Level 2 · Assist', 'true']]);
  // Each statement's rating is a radio group named by the statement.
  await click(page, 'rate_partly:1:0');
  const tree = await axTree(page);
  const ratings = findAll(tree, 'radiogroup').filter((g) => findAll(tree, 'radio', 'Partly').some((r) => isInside(r, g)));
  assert.ok(ratings.length >= 2, 'a radio group per statement');
  const first = ratings[0];
  assert.ok(first.name.length > 20, `named by its statement: ${first.name}`);
  assert.deepEqual(findAll(tree, 'radio').filter((r) => isInside(r, first)).map((r) => [r.name, r.props.checked]),
    [['Not yet', 'false'], ['Partly', 'true'], ['Consistently', 'false']]);
  await context.close();
});

test('notices are announced in live regions: an import refused with its reason, an import done, a stale address, a copy', async () => {
  const { context, page } = await newPage();
  await choose(page, 'import_profile', NOT_JSON);
  const refused = await liveWords(page);
  assert.match(refused.assertive, /not-json\.json/, JSON.stringify(refused));
  assert.match(refused.assertive, /not imported|could not be read/);

  await choose(page, 'import_profile', SAMPLE_PROFILE);
  await click(page, 'import_new');
  assert.match((await liveWords(page)).polite, /Imported “Q4 review”/);

  await page.evaluate(() => { location.hash = '#/p/no-such-profile/summary'; });
  await settle(page);
  assert.match((await liveWords(page)).assertive, /not here any more|no page at that address/);

  await click(page, 'dismiss_banner');
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'copy:2');
  assert.match((await liveWords(page)).polite, /copied/i);
  await context.close();
});

test('a whole assessment through the accessibility tree alone: nodes by role and name, DOM focus and Enter or Space', async () => {
  const { context, page } = await newPage();
  await page.evaluate(() => {
    window.mouseEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'wheel']) {
      window.addEventListener(type, (e) => { if (e.isTrusted) window.mouseEvents++; }, true);
    }
  });
  const LEVEL = 'Which level describes the work you do consistently?';
  const TARGET = { role: 'radiogroup', name: 'Where do you want to be?' };
  const SURE = { role: 'radiogroup', name: 'How sure are you?' };

  await activate(page, 'button', 'Start');
  await activate(page, 'checkbox', 'All skills (2)', { key: 'Space' });
  await activate(page, 'button', 'Begin assessment');
  await waitForText(page, 'ISDS · Infrastructure Strategy, Development and Support');

  // Skill 1: level 2 (Space), target level 4 (Enter), confidence High, a note.
  await activate(page, 'radio', 'Level 2 · Assist', { key: 'Space', within: { role: 'radiogroup', name: LEVEL } });
  await activate(page, 'radio', 'Level 4 · Ensure', { key: 'Enter', within: TARGET });
  await activate(page, 'radio', 'High', { key: 'Space', within: SURE });
  const notes = findOne(await axTree(page), 'textbox', 'Evidence and notes');
  await focusNode(page, notes);
  await page.keyboard.type('Led the rack migration');
  await page.keyboard.press('Escape');
  await settle(page);
  await activate(page, 'button', 'Next');
  await waitForText(page, 'ISUP · Infrastructure Support');

  // Skill 2: statement by statement, then the suggested level; confidence by a screen
  // reader's click (no key at all).
  await activate(page, 'radio', 'Statement by statement', { key: 'Space' });
  // Every statement of level 1 "Consistently": its rating groups come after the level's
  // heading and before the next level's.
  let tree = await axTree(page);
  const from = tree.all.indexOf(findOne(tree, 'heading', 'Level 1 · Follow'));
  const to = tree.all.indexOf(findOne(tree, 'heading', 'Level 2 · Assist'));
  const level1 = tree.all.slice(from, to).filter((n) => n.role === 'radiogroup').map((g) => g.name);
  assert.ok(level1.length >= 2, `level 1 has statements to rate: ${level1}`);
  for (const statement of level1) {
    await activate(page, 'radio', 'Consistently', { key: 'Space', within: { role: 'radiogroup', name: statement } });
  }
  tree = await axTree(page);
  const accept = findAll(tree, 'button', /^Use Level 1/)[0];
  assert.ok(accept, 'the suggestion can be accepted');
  await focusNode(page, accept);
  await page.keyboard.press('Enter');
  await settle(page);
  tree = await axTree(page);
  await clickNode(page, findOne(tree, 'radio', 'Low', findOne(tree, SURE.role, SURE.name)));
  await activate(page, 'button', 'Finish');
  await activate(page, 'button', 'See your results');
  await waitForWidget(page, 'chart');

  const s = await state(page);
  const isds = s.answers['infrastructure-proficiency/ISDS'];
  assert.equal(isds.level, 2);
  assert.equal(isds.target, 4);
  assert.equal(isds.confidence, 'high');
  assert.equal(isds.notes, 'Led the rack migration');
  const isup = s.answers['infrastructure-proficiency/ISUP'];
  assert.equal(isup.mode, 'statements');
  assert.equal(isup.level, 1);
  assert.equal(isup.confidence, 'low');
  assert.ok(isup.ratings['1'].every((r) => r === 'consistently'), JSON.stringify(isup.ratings));

  // The chart's text alternative: a row per skill with its level and target.
  tree = await axTree(page);
  const table = findOne(tree, 'table', 'Profile chart as a table');
  const rows = findAll(tree, 'row').filter((r) => isInside(r, table)).map((r) =>
    r.children.filter((c) => ['cell', 'rowheader', 'columnheader'].includes(c.role)).map((c) => textOf(c).trim()));
  assert.deepEqual(rows.slice(0, 3), [
    ['Skill', 'Your level', 'Your target'],
    [rows[1][0], 'Level 2 · Assist', 'Level 4 · Ensure'],
    [rows[2][0], 'Level 1 · Follow', 'No target'],
  ]);
  assert.match(rows[1][0], /ISDS/);
  assert.equal(await page.evaluate(() => window.mouseEvents), 0, 'no mouse or pointer event was used');
  assertNoPageErrors(page);
  await context.close();
});

test('one focus: Tab and Shift+Tab move ImGui\'s focus and the DOM\'s together; DOM focus moves ImGui\'s', async () => {
  const { context, page } = await newPage();
  const focusedWidget = async () => (await widgets(page)).find((w) => w.focused)?.id || null;
  // A text field being edited has the text proxy focused, which names the field.
  const focusedElement = () => page.evaluate(() => {
    const el = document.activeElement;
    const field = el.id === 'skillscope-text-input' ? document.getElementById(el.getAttribute('aria-describedby')) : el;
    return field && field.getAttribute('data-id');
  });
  await click(page, 'start');
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    await settle(page);
    const id = await focusedWidget();
    assert.ok(id, 'Tab shows a focus');
    assert.equal(await focusedElement(), id, 'the DOM focus is on the same widget');
    seen.push(id);
  }
  assert.deepEqual(seen.slice(0, 5), ['back', 'help', 'theme', 'profile_name', 'person']);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    await settle(page);
    assert.equal(await focusedElement(), await focusedWidget());
  }
  assert.equal(await focusedWidget(), seen[4]);
  // A screen reader moves to a checkbox: ImGui's focus follows; Space ticks it.
  const box = findOne(await axTree(page), 'checkbox', 'ISUP · Infrastructure Support');
  await focusNode(page, box);
  assert.equal(await focusedWidget(), 'skill:infrastructure-proficiency/ISUP');
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal((await axNodeOf(page, '[data-id="skill:infrastructure-proficiency/ISUP"]')).props.checked, 'true');
  // Tab on the last widget leaves the page, as it would any page.
  await focusNode(page, findOne(await axTree(page), 'button', 'Begin assessment'));
  await page.keyboard.press('Tab');
  await settle(page);
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('#skillscope-mirror')), false);
  await context.close();
});

test('a text field being edited is the labelled text proxy, which says what the field holds', async () => {
  const { context, page } = await newPage();
  await click(page, 'start');
  await focusNode(page, findOne(await axTree(page), 'textbox', 'Your name (optional)'));
  await page.keyboard.type('Kim');
  await settle(page);
  const focused = (await axTree(page)).all.find((n) => n.props.focused && n.role === 'textbox');
  assert.ok(focused, 'a text box has the focus');
  assert.equal(focused.name, 'Your name (optional)');
  assert.equal(focused.description, 'Kim');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skillscope-text-input');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-id')), 'person');
  assert.equal((await axNodeOf(page, '[data-id="person"]')).name, 'Your name (optional)');
  await context.close();
});

// Screenshots of the page with the mirror shown and hidden are the same: it draws
// nothing, and the focus ring is the canvas's own.
async function mirrorDrawsNothing(page, label) {
  const shown = await page.screenshot();
  await page.evaluate(() => { document.getElementById('skillscope-mirror').style.visibility = 'hidden'; });
  const hidden = await page.screenshot();
  await page.evaluate(() => { document.getElementById('skillscope-mirror').style.visibility = ''; });
  return shown.equals(hidden);
}

test('the mirror draws nothing over the canvas and leaves the pointer to it; focus rings are the canvas\'s unless colours are forced', async () => {
  const { context, page } = await newPage();
  assert.ok(await mirrorDrawsNothing(page), 'start screen');
  await click(page, 'start');
  // Keyboard focus on a checkbox: the ring is drawn by the app, not by the browser.
  await focusNode(page, findOne(await axTree(page), 'checkbox', 'All skills (2)'));
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-id')), 'all:infrastructure-proficiency@1.0.0');
  assert.ok(await mirrorDrawsNothing(page), 'setup screen with a focused checkbox');
  await click(page, 'begin');
  assert.ok(await mirrorDrawsNothing(page), 'skill page');
  // The pointer reaches the canvas through the mirror.
  const c = center(await reveal(page, 'level:2'));
  assert.equal(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).id, c), 'canvas');
  await page.mouse.click(c.x, c.y);
  await settle(page);
  assert.equal((await state(page)).answers['infrastructure-proficiency/ISDS'].level, 2, 'a click on the card still chooses it');

  // With forced colours the focused element is outlined in the system's colour.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await settle(page);
  await focusNode(page, findOne(await axTree(page), 'radio', 'Level 3 · Apply'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
  assert.equal(await mirrorDrawsNothing(page), false, 'the outline shows');
  await context.close();
});

test('the mirror\'s DOM changes only when the widgets do: nothing while idle or while the pointer moves', async (t) => {
  const { context, page } = await newPage();
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await page.evaluate(() => {
    window.mirrorMutations = 0;
    window.mirrorNodesChanged = 0;  // elements added or removed
    new MutationObserver((records) => {
      window.mirrorMutations += records.length;
      for (const r of records) window.mirrorNodesChanged += r.addedNodes.length + r.removedNodes.length;
    })
      .observe(document.getElementById('skillscope-mirror'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const measure = async (what) => {
    const read = () => page.evaluate(() => [window.mirrorMutations, window.mirrorNodesChanged, window.skillscope.frames]);
    const before = await read();
    await what();
    await settle(page);
    const after = await read();
    return { mutations: after[0] - before[0], elements: after[1] - before[1], frames: after[2] - before[2] };
  };
  const idle = await measure(() => page.waitForTimeout(2000));
  const hover = await measure(async () => {
    for (let i = 0; i < 20; i++) await page.mouse.move(200 + i * 40, 300 + (i % 2) * 200);
  });
  const tab = await measure(async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); });
  const elements = await page.evaluate(() => document.querySelectorAll('#skillscope-mirror *').length);
  const choose = await measure(() => click(page, 'level:3'));
  const scroll = await measure(async () => {
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 300);
  });
  const figures = { idle, hover, tab, choose, scroll };
  t.diagnostic(`mirror DOM mutations (${elements} elements): ${JSON.stringify(figures)}`);
  assert.deepEqual(idle, { mutations: 0, elements: 0, frames: 0 });
  assert.ok(hover.frames > 0, 'the pointer moving draws frames');
  assert.equal(hover.mutations, 0, 'hovering changes nothing in the mirror');
  assert.equal(tab.mutations, 0, 'moving the focus changes nothing in the mirror');
  // Choosing adds the card's "Your level" and a Clear button, and moves what is below:
  // elements are kept and updated, not made anew.
  assert.ok(choose.mutations > 0, 'choosing a level shows in the mirror');
  assert.ok(choose.elements <= 6, `elements added or removed: ${choose.elements}`);
  assert.ok(choose.mutations < elements, `fewer changes than elements: ${choose.mutations} of ${elements}`);
  assert.ok(scroll.mutations > 0, 'scrolling moves elements');
  assert.equal(scroll.elements, 0, 'scrolling only moves elements');
  await context.close();
});

test('more contrast and forced colours switch to the high-contrast palette; nothing moves with reduced motion either', async () => {
  const { context, page } = await newPage({ reducedMotion: 'reduce' });
  const corner = async () => (await pixelsAt(page, [{ x: 4, y: 780 }]))[0];
  assert.deepEqual(await corner(), [0xF7, 0xF6, 0xF2], 'the light theme\'s page colour');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'more' }] });
  await settle(page);
  assert.deepEqual(await corner(), [0xFF, 0xFF, 0xFF], 'high contrast: white page');
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-contrast', value: 'no-preference' }] });
  await settle(page);
  assert.deepEqual(await corner(), [0xF7, 0xF6, 0xF2], 'back to the ordinary palette');
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] });
  await settle(page);
  assert.deepEqual(await corner(), [0, 0, 0], 'forced colours, dark: black page');
  // Reduced motion: the loading spinner, the one animation, stands still even when loading
  // is slow (it is hidden now; its style is what it would show); the app itself never
  // animates (no frames while idle).
  assert.equal(await page.evaluate(() => {
    document.getElementById('status').classList.add('slow');
    return getComputedStyle(document.querySelector('.spinner')).animationName;
  }), 'none');
  const frames = await page.evaluate(() => window.skillscope.frames);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.skillscope.frames), frames);
  await context.close();
});
