// The interface in four languages: the browser's language (the context's locale, which
// sets navigator.languages) on every screen, read through the accessibility tree as a
// screen reader would; the picker's choice kept across a reload; a refused file's
// message in the chosen language; and what is stored the same in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import { openApp, settle, click, chooseFiles, waitForWidget, widgets, texts, assertNoPageErrors } from './lib/app.mjs';
import { axTree } from './lib/a11y.mjs';

const suite = appSuite();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANG_DIR = path.join(ROOT, 'assets/lang');

// A language's messages as the app has them: its catalogue, and any messages still in
// assets/lang/wip/ (tools/messages.py merges them the same way).
function catalogue(code) {
  const messages = JSON.parse(fs.readFileSync(path.join(LANG_DIR, `${code}.json`), 'utf8'));
  const wip = path.join(LANG_DIR, 'wip');
  if (fs.existsSync(wip)) {
    for (const f of fs.readdirSync(wip).filter((n) => n.endsWith('.json')).sort()) {
      for (const [key, byLanguage] of Object.entries(JSON.parse(fs.readFileSync(path.join(wip, f), 'utf8')))) {
        if (!(key in messages) && code in byLanguage) messages[key] = byLanguage[code];
      }
    }
  }
  return messages;
}
const CATALOGUES = Object.fromEntries(['en', 'fr', 'de', 'es'].map((c) => [c, catalogue(c)]));
const LOCALES = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

// A message as a pattern: its placeholders stand for anything.
function pattern(message) {
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\d\\\}/g, '.+');
  return new RegExp(`^${escaped}$`, 's');
}

// Everything a person hears or reads on the screen now: the accessibility tree's names
// and the drawn texts and widget labels.
async function wordsOnScreen(page) {
  await settle(page);
  const tree = await axTree(page);
  const words = new Set(tree.all.map((n) => n.name).filter(Boolean));
  for (const t of await texts(page)) words.add(t.text);
  for (const w of await widgets(page)) if (w.label) words.add(w.label);
  return [...words];
}

// Whole messages of plain text (no placeholders, not a plural), long enough to be
// sentences or labels rather than words a framework may also use.
function plainMessages(code) {
  return Object.entries(CATALOGUES[code])
    .filter(([key, m]) => typeof m === 'string' && !/\{\d\}/.test(m) && m.length >= 12 && /\s/.test(m) &&
      !key.startsWith('boot.') && !key.startsWith('date.') && !key.startsWith('number.'));
}

// The screen speaks `code`: some of its messages are there, and no English message that
// `code` words otherwise is.
async function assertScreenIn(page, code, screen) {
  const words = await wordsOnScreen(page);
  const shown = new Set(words);
  const own = plainMessages(code).filter(([, m]) => shown.has(m));
  assert.ok(own.length >= 1, `${screen} in ${code}: none of its messages on screen; it shows:\n${words.join('\n')}`);
  if (code === 'en') return;
  const other = CATALOGUES[code];
  const english = plainMessages('en').filter(([key, m]) => typeof other[key] === 'string' && other[key] !== m &&
    shown.has(m));
  assert.deepEqual(english.map(([key, m]) => `${key}: ${m}`), [], `${screen} in ${code}: English left on screen`);
}

// What localStorage holds, with what differs between any two runs (ids, times) made equal.
async function storedData(page) {
  const items = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('skillscope.') && k !== 'skillscope.v1.language' && k !== 'skillscope.v1.seen-build')
    .map((k) => [k, localStorage.getItem(k)])));
  const same = (s) => s.replace(/p-\d{14}-[0-9a-f]+/g, 'p-id').replace(/s-[0-9a-f]{8}/g, 's-id')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, 'T');
  return Object.fromEntries(Object.entries(items).map(([k, v]) => [same(k), same(v)]));
}

async function profileId(page) {
  return (await page.evaluate(() => window.skillscope.state())).id;
}

async function visit(page, fragment) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await settle(page);
}

const stored = {};
for (const code of Object.keys(LOCALES)) {
  test(`in a ${LOCALES[code]} browser every screen speaks ${code}, and the refused file's message too`, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: LOCALES[code] });
    const page = await openApp(await context.newPage(), suite.server.url);
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    await assertScreenIn(page, code, 'start screen');

    // A refused profile, in the language in use.
    await chooseFiles(page, 'import_profile', path.join(ROOT, 'tests/e2e/fixtures/not-json.json'));
    const said = await wordsOnScreen(page);
    const refused = Object.entries(CATALOGUES[code]).filter(([key]) => /^(json|profile|session)\./.test(key))
      .map(([, m]) => (typeof m === 'string' ? pattern(m) : null)).filter(Boolean);
    assert.ok(said.some((w) => refused.some((re) => re.test(w))),
      `no refusal in ${code} on screen after a file that is not JSON:\n${said.join('\n')}`);
    await click(page, 'dismiss_banner');

    await click(page, 'start');
    await assertScreenIn(page, code, 'setup');
    // The suggested name is in the language the person reads, and what they keep is theirs,
    // as typed: the same name in every run, so the rest is what the app stores.
    await click(page, 'profile_name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Q4');
    await click(page, 'all:infrastructure-proficiency@1.0.0');
    await click(page, 'begin');
    await assertScreenIn(page, code, 'skill page');
    await click(page, 'level:2');
    const id = await profileId(page);
    for (const screen of ['summary', 'results', 'plan', 'timeline']) {
      await visit(page, `#/p/${id}/${screen}`);
      await assertScreenIn(page, code, screen);
    }
    for (const screen of ['help', 'people', 'compare', 'team', 'new-framework']) {
      await visit(page, `#/${screen}`);
      await assertScreenIn(page, code, screen);
    }
    stored[code] = await storedData(page);
    assertNoPageErrors(page);
    await context.close();
  });
}

test('what is stored is the same whatever the language', () => {
  assert.deepEqual(Object.keys(stored).sort(), ['de', 'en', 'es', 'fr']);
  for (const code of ['fr', 'de', 'es']) assert.deepEqual(stored[code], stored.en, `${code} stored otherwise`);
});

test('the picker overrides the browser, and the choice survives a reload until the browser is followed again', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const page = await openApp(await context.newPage(), suite.server.url);
  await click(page, 'language:de');
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await assertScreenIn(page, 'de', 'start screen after choosing Deutsch');
  assert.equal(await page.evaluate(() => localStorage.getItem('skillscope.v1.language')), 'de');

  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await assertScreenIn(page, 'de', 'start screen after a reload');
  // Help has the picker too: back to the browser's language from there.
  await visit(page, '#/help');
  await click(page, 'language:browser');
  await assertScreenIn(page, 'en', 'help after following the browser');
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => localStorage.getItem('skillscope.v1.language')), null);
  assertNoPageErrors(page);
  await context.close();
});
