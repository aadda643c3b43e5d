// The questionnaire, driven like a person: real clicks, keys and reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import {
  openApp, settle, click, reveal, revealText, widgets, waitForWidget, findWidget, waitForText, state, texts,
  assertNoPageErrors,
} from './lib/app.mjs';

const suite = appSuite();

const ALL_SKILLS = [
  'infrastructure-proficiency/ISDS', 'infrastructure-proficiency/ISUP',
  'it-operations-matrix/AIML', 'it-operations-matrix/AUTO', 'it-operations-matrix/CLOUD',
  'it-operations-matrix/ENDPOINT', 'it-operations-matrix/IAG', 'it-operations-matrix/ITSM',
  'it-operations-matrix/SAAS', 'sfia/ITOP',
];

async function newAssessment(page, frameworks) {
  await click(page, 'start');
  for (const fw of frameworks) await click(page, `all:${fw}@1.0.0`);
  await click(page, 'begin');
  await waitForWidget(page, 'back');
}

test('every built-in skill assessed in quick mode, one in statement mode; a reload keeps it all', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await newAssessment(page, ['infrastructure-proficiency', 'it-operations-matrix', 'sfia']);
  let s = await state(page);
  assert.deepEqual(s.selection, ALL_SKILLS);
  assert.deepEqual(s.frameworks.map((f) => f.id).sort(), ['infrastructure-proficiency', 'it-operations-matrix', 'sfia']);
  assert.ok(s.frameworks.every((f) => /^sha256:[0-9a-f]{64}$/.test(f.hash)));

  // Quick mode for the first nine: level (k % 3) + 1 by a click on its card, a target
  // one above where the scale allows.
  const chosen = {};
  for (let k = 0; k < 9; k++) {
    const level = (k % 3) + 1;
    await click(page, `level:${level}`);
    await click(page, `target:${level + 1}`);
    chosen[ALL_SKILLS[k]] = level;
    await click(page, 'next');
  }

  // The last one, SFIA ITOP, statement by statement: levels 1 and 2 consistently,
  // level 3 partly; the suggestion is level 2, which is accepted.
  await waitForText(page, 'ITOP · Infrastructure operations');
  await click(page, 'mode:statements');
  for (const [level, count] of [[1, 2], [2, 3]]) {
    for (let i = 0; i < count; i++) await click(page, `rate_consistently:${level}:${i}`);
  }
  for (let i = 0; i < 6; i++) await click(page, `rate_partly:3:${i}`);
  await revealText(page, 'Suggested: Level 2 · Assist');
  await revealText(page, 'Level 2 met: 3 of 3 consistently');
  await revealText(page, 'Level 3 not met: 0 of 6 consistently (needs 4)');
  await click(page, 'accept_suggestion');
  // Then the person overrides it with level 3: kept and marked.
  await click(page, 'choose:3');
  await revealText(page, 'You chose Level 3 · Apply over the suggestion (Level 2 · Assist). Your choice is kept and marked as yours.');

  s = await state(page);
  for (const [key, level] of Object.entries(chosen)) {
    assert.equal(s.answers[key].status, 'level', key);
    assert.equal(s.answers[key].level, level, key);
    assert.equal(s.answers[key].mode, 'quick', key);
    assert.equal(s.answers[key].target, level + 1, key);
  }
  const itop = s.answers['sfia/ITOP'];
  assert.equal(itop.mode, 'statements');
  assert.equal(itop.level, 3);
  assert.equal(itop.overridden, true);
  assert.deepEqual(itop.ratings['1'], ['consistently', 'consistently']);
  assert.deepEqual(itop.ratings['3'], Array(6).fill('partly'));

  await click(page, 'finish');
  await waitForText(page, '10 of 10 skills answered');
  await revealText(page, 'Every chosen skill has an answer.');

  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  assert.deepEqual(await state(page), s, 'the reloaded state is the same');
  await revealText(page, 'Every chosen skill has an answer.');
  assertNoPageErrors(page);
  await context.close();
});

test('keyboard only: two skills assessed without a mouse event', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await page.evaluate(() => {
    window.mouseEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'wheel']) {
      window.addEventListener(type, () => { window.mouseEvents++; }, true);
    }
  });
  const key = async (k) => { await page.keyboard.press(k); await settle(page); };
  const focused = async () => (await widgets(page)).find((w) => w.focused)?.id;
  // Tab until the widget has the focus (at most `limit` presses).
  const tabTo = async (id, limit = 20) => {
    for (let i = 0; i < limit && (await focused()) !== id; i++) await key('Tab');
    assert.equal(await focused(), id);
  };

  await tabTo('start');
  await key('Enter');
  await waitForWidget(page, 'profile_name');
  await tabTo('person');  // Tab into a text field starts editing it
  await page.keyboard.type('Kim');
  await key('Tab');  // on to the filter
  await page.keyboard.type('support');
  await settle(page);
  await tabTo('all:infrastructure-proficiency@1.0.0');
  await key('Space');
  await tabTo('begin');
  await key('Enter');
  await waitForWidget(page, 'next');
  let s = await state(page);
  assert.equal(s.person, 'Kim');
  assert.deepEqual(s.selection, ['infrastructure-proficiency/ISDS', 'infrastructure-proficiency/ISUP']);

  // Skill 1: the digit 2 chooses level 2; the Right arrow moves on.
  await key('2');
  await key('ArrowRight');
  await waitForText(page, 'ISUP · Infrastructure Support');
  // Skill 2: Tab to a level card and press Enter on it; then notes, left with Esc.
  await tabTo('level:3', 40);
  await key('Enter');
  await tabTo('notes', 60);
  await page.keyboard.type('Led the storage migration — see wiki.');
  await key('Escape');
  s = await state(page);
  assert.equal(s.answers['infrastructure-proficiency/ISDS'].level, 2);
  assert.equal(s.answers['infrastructure-proficiency/ISUP'].level, 3);
  assert.equal(s.answers['infrastructure-proficiency/ISUP'].notes, 'Led the storage migration — see wiki.');
  assert.equal(await focused(), 'notes', 'Esc leaves the field but keeps the focus there');
  await tabTo('finish', 20);
  await key('Enter');
  await waitForText(page, '2 of 2 skills answered');
  assert.equal(await page.evaluate(() => window.mouseEvents), 0, 'no mouse event was used');
  assertNoPageErrors(page);
  await context.close();
});

test('levels where a skill is not defined are shown as such, and cannot be chosen', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await newAssessment(page, ['sfia']);
  await revealText(page, 'Levels 6–7 are on this framework’s scale but not defined for this skill.');
  assert.equal(await findWidget(page, 'level:7'), null, 'level 7 is not a card to choose');
  await page.keyboard.press('7');
  await settle(page);
  assert.equal((await state(page)).answers['sfia/ITOP'], undefined, 'pressing 7 chose nothing');
  await click(page, 'level:5');
  assert.equal((await state(page)).answers['sfia/ITOP'].level, 5);
  await context.close();
});

test('choosing skills: a filter narrows the list, "all" and a category choose what they show, the counts follow', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'start');
  const checked = (id) => page.evaluate((id) => {
    const el = document.querySelector(`[data-id="${CSS.escape(id)}"]`);
    return el ? (el.indeterminate ? 'mixed' : el.checked) : null;
  }, id);
  const chosenLine = async () => (await texts(page)).map((t) => t.text).find((t) => /chosen/.test(t));
  await waitForText(page, 'No skills chosen yet');

  // One skill: its framework's box shows a dash.
  await click(page, 'skill:it-operations-matrix/AUTO');
  assert.match(await chosenLine(), /^1 skill chosen · about \d+ minutes$/);
  assert.equal(await checked('all:it-operations-matrix@1.0.0'), 'mixed');

  // "infra" matches names and categories: one skill of the matrix, both of
  // infrastructure-proficiency, and SFIA's ITOP.
  await click(page, 'filter');
  await page.keyboard.type('infra');
  await settle(page);
  const label = async (id) => (await reveal(page, id)).label;
  assert.equal(await label('all:it-operations-matrix@1.0.0'), 'All matching skills (1)');
  assert.equal(await label('all:infrastructure-proficiency@1.0.0'), 'All matching skills (2)');
  assert.equal(await findWidget(page, 'skill:it-operations-matrix/AIML'), null, 'AIML does not match');
  await reveal(page, 'category:Delivery and operation › Technology management');
  await click(page, 'category:Delivery and operation › Technology management');
  assert.match(await chosenLine(), /^2 skills chosen/);
  assert.equal(await checked('category:Delivery and operation › Technology management'), true);
  // "All" chooses only the matching skill, and a second click takes back only it.
  await reveal(page, 'all:it-operations-matrix@1.0.0');
  await click(page, 'all:it-operations-matrix@1.0.0');
  assert.match(await chosenLine(), /^3 skills chosen/);
  assert.equal(await checked('all:it-operations-matrix@1.0.0'), true, 'all the matching skills are chosen');
  await click(page, 'all:it-operations-matrix@1.0.0');
  assert.match(await chosenLine(), /^2 skills chosen/);
  await click(page, 'all:it-operations-matrix@1.0.0');

  await click(page, 'filter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('zzz');
  await settle(page);
  await waitForText(page, 'No skill matches the filter.');
  assert.match(await chosenLine(), /^3 skills chosen/, 'the choices stay while they are filtered out');
  // Without a filter the matrix is chosen in part again.
  await click(page, 'filter');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await settle(page);
  assert.equal(await label('all:it-operations-matrix@1.0.0'), 'All skills (7)');
  assert.equal(await checked('all:it-operations-matrix@1.0.0'), 'mixed');
  await click(page, 'begin');
  await waitForWidget(page, 'back');
  assert.deepEqual((await state(page)).selection, ['it-operations-matrix/AUTO', 'it-operations-matrix/CLOUD', 'sfia/ITOP']);
  assertNoPageErrors(page);
  await context.close();
});
