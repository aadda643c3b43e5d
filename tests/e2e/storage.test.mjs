// Storage that lasts and scales, with the real IndexedDB and localStorage of Chromium:
// the move from a localStorage-only browser (as the build before the database left it),
// a 4 MB framework and a 1 MB profile kept together, the database deleted under the
// running app, a backup downloaded and restored in another browser, two tabs, and a
// linked backup file rewritten after each change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import { openApp, settle, click, download, chooseFiles, waitForWidget, findWidget, texts, waitForText, assertNoPageErrors, databaseItems, state } from './lib/app.mjs';
import { largeFramework, largeProfile, canonicalJson } from '../../bench/lib/large_data.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const suite = appSuite();
const ACME = 'skillscope.v1.framework.acme-platform-team@2026.1';
// Tall enough that the start screen's frameworks are all on screen (widgets() lists what is).
const TALL = { width: 1100, height: 2400 };
const offersAcme = async (page) => (await findWidget(page, 'remove:acme-platform-team@2026.1')) !== null;

async function newPage(context) {
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  return page;
}

const chooseFile = chooseFiles;

const localKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const shown = async (page) => (await texts(page)).map((t) => t.text);

test('a browser that kept everything in localStorage moves frameworks and people into the database, losing nothing', async () => {
  // What the build before the database left (tests/e2e/fixtures/storage-before-database.json,
  // written by that build): a loaded framework, a person's profile, one's own profile.
  const before = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'storage-before-database.json'), 'utf8'));
  const context = await suite.browser.newContext({ viewport: TALL });
  // Written before the app's first script runs, once: the reload below finds what the app left.
  await context.addInitScript((items) => {
    if (sessionStorage.getItem('e2e.seeded')) return;
    sessionStorage.setItem('e2e.seeded', '1');
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, before);
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await settle(page);
  // It opens where the person was, as the older build would have.
  assert.equal(await page.evaluate(() => location.hash.split('/').slice(3, 4)[0]), 'skill');
  await click(page, 'home');

  const moved = await databaseItems(page);
  const expectedMoved = Object.keys(before).filter((k) => k.startsWith('skillscope.v1.framework.') || k.startsWith('skillscope.v1.person.')).sort();
  assert.ok(expectedMoved.length >= 2, 'the fixture holds a framework and a person');
  assert.deepEqual(Object.keys(moved).sort(), expectedMoved);
  for (const k of expectedMoved) assert.equal(moved[k], before[k], `${k} moved unchanged`);
  const left = await localKeys(page);
  for (const k of expectedMoved) assert.ok(!left.includes(k), `${k} left localStorage`);
  for (const k of Object.keys(before).filter((k) => k.startsWith('skillscope.v1.profile.'))) assert.ok(left.includes(k), `${k} stays`);
  assert.ok(await offersAcme(page), 'the moved framework is offered');
  await click(page, 'open_people');
  await waitForText(page, 'Kim Lee');
  // A reload finds them where they are now, and moves nothing again.
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  assert.deepEqual(await databaseItems(page), moved);
  assertNoPageErrors(page);
  await context.close();
});

test('a 4 MB framework and a 1 MB profile are kept together, and both are there after a reload', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-large-'));
  const fw = largeFramework(1040);
  const fwFile = path.join(dir, 'large-framework.json');
  fs.writeFileSync(fwFile, JSON.stringify(fw));
  assert.ok(fs.statSync(fwFile).size > 4e6, 'the framework is over 4 MB');
  const hash = 'sha256:' + crypto.createHash('sha256').update(canonicalJson(fw)).digest('hex');
  const profFile = path.join(dir, 'large-profile.json');
  fs.writeFileSync(profFile, JSON.stringify(largeProfile(fw, hash), null, 1));
  assert.ok(fs.statSync(profFile).size > 1e6, 'the profile is over 1 MB');

  const context = await suite.browser.newContext({ viewport: TALL });
  const page = await newPage(context);
  await chooseFile(page, 'load_framework', fwFile);
  await waitForText(page, 'Loaded “Large bench framework” (version 1)', 30000);
  await chooseFile(page, 'import_profile', profFile);
  await click(page, 'import_new');
  await waitForText(page, 'Imported “Large profile”', 30000);
  const notice = await shown(page);
  assert.ok(!notice.some((t) => /storage is full|could not be saved/.test(t)), notice.join('\n'));
  assert.ok((await databaseItems(page, 'skillscope.v1.framework.bench-large'))['skillscope.v1.framework.bench-large@1']);
  const ownKey = (await localKeys(page)).find((k) => k.startsWith('skillscope.v1.profile.'));
  assert.ok(ownKey, 'the profile is stored');
  const id = (await state(page)).id;

  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await page.evaluate((id) => { location.hash = `#/p/${id}/skill/bench-large/S1039`; }, id);
  await page.waitForFunction(() => window.skillscope.texts().some((t) => t.text.includes('Skill 1040 of a large framework')),
    null, { timeout: 30000 }).catch(async (e) => {
    throw new Error(`${e.message}; on screen: ${(await shown(page)).slice(0, 8).join(' | ')}`);
  });
  assert.equal((await state(page)).answers['bench-large/S1039'].level, 1 + (1039 % 6));
  assertNoPageErrors(page);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the database deleted under the running app: told, nothing lost, and saved again on request', async () => {
  const context = await suite.browser.newContext({ viewport: TALL });
  const page = await newPage(context);
  await chooseFile(page, 'load_framework', path.join(FIXTURES, 'acme-platform.json'));
  assert.ok((await databaseItems(page))[ACME]);
  // Another page of the site deletes it, as clearing site data or a script would.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase('skillscope');
    del.onsuccess = resolve;
    del.onerror = () => reject(del.error);
  }));
  await waitForText(page, 'This browser’s saved data was cleared while skillscope was open');
  assert.ok(await offersAcme(page), 'the framework is still offered');
  await click(page, 'save_again');
  await page.waitForFunction(() => new Promise((resolve) => {
    const open = indexedDB.open('skillscope', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('items');
    open.onsuccess = () => {
      const keys = open.result.transaction('items').objectStore('items').getAllKeys();
      keys.onsuccess = () => { open.result.close(); resolve(keys.result.length > 0); };
    };
  }));
  assert.ok((await databaseItems(page))[ACME], 'written again');
  assertNoPageErrors(page);
  await context.close();
});

test('a backup of everything, downloaded, restores into another browser after it shows what would change', async () => {
  const a = await suite.browser.newContext({ viewport: TALL });
  const pa = await newPage(a);
  await chooseFile(pa, 'load_framework', path.join(FIXTURES, 'acme-platform.json'));
  await click(pa, 'start');
  await click(pa, 'all:acme-platform-team@2026.1');
  await click(pa, 'begin');
  await click(pa, 'level:2');
  const mine = await state(pa);
  await click(pa, 'help');
  const backup = await download(pa, 'backup_all');
  assert.match(backup.name, /^skillscope-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const held = JSON.parse(fs.readFileSync(backup.file, 'utf8'));
  assert.equal(held.format, 'skillscope-backup');
  assert.equal(held.profiles.length, 1);
  assert.equal(held.frameworks.length, 1);
  await a.close();

  const b = await suite.browser.newContext({ viewport: TALL });
  const pb = await newPage(b);
  await click(pb, 'help');
  await chooseFile(pb, 'restore', backup.file);
  await waitForWidget(pb, 'restore_confirm');
  const asked = await shown(pb);
  assert.ok(asked.includes(`Adds your profile “${mine.name}”.`), asked.join('\n'));
  assert.ok(asked.includes('Adds the framework “ACME platform team skills” (version 2026.1).'), asked.join('\n'));
  assert.deepEqual(await databaseItems(pb), {}, 'nothing changed before the restore is confirmed');
  await click(pb, 'restore_confirm');
  await waitForText(pb, `Restored from “${path.basename(backup.file)}”`);
  assert.ok((await databaseItems(pb))[ACME], 'the framework is stored');
  const restored = await state(pb);
  assert.equal(restored.id, mine.id);
  assert.deepEqual(restored.answers, mine.answers);
  assertNoPageErrors(pb);
  await b.close();
  fs.rmSync(backup.file, { force: true });
});

test('two tabs: a framework loaded in one is offered in the other, and removed from both', async () => {
  const context = await suite.browser.newContext({ viewport: TALL });
  const one = await newPage(context);
  const two = await newPage(context);
  await chooseFile(one, 'load_framework', path.join(FIXTURES, 'acme-platform.json'));
  await two.waitForFunction(() => window.skillscope.widgets().some((w) => w.id === 'remove:acme-platform-team@2026.1'), null, { timeout: 5000 });
  await click(one, 'remove:acme-platform-team@2026.1');
  await two.waitForFunction(() => !window.skillscope.widgets().some((w) => w.id === 'remove:acme-platform-team@2026.1'), null, { timeout: 5000 });
  assert.equal(await findWidget(two, 'remove:acme-platform-team@2026.1'), null);
  assertNoPageErrors(one);
  assertNoPageErrors(two);
  await context.close();
});

// The linked file's handle, as the save dialog would leave it, is a real file handle of
// the origin's private file system: headless Chromium cannot drive showSaveFilePicker,
// but everything after it (the handle kept across visits, the permission, createWritable)
// is the browser's own.
test('a linked backup file is found after a reload and rewritten after each change, until unlinked', async () => {
  const context = await suite.browser.newContext({ viewport: TALL });
  const page = await newPage(context);
  await click(page, 'help');
  assert.ok(await findWidget(page, 'link_backup'), 'Chromium offers a linked file');
  await page.evaluate(async () => {
    const dir = await navigator.storage.getDirectory();
    const handle = await dir.getFileHandle('linked-backup.json', { create: true });
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('skillscope-links', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('handles');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('handles', 'readwrite');
      tx.objectStore('handles').put(handle, 'backup');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await openApp(page, suite.server.url);  // a later visit
  await click(page, 'help');
  await waitForText(page, 'Linked backup file: “linked-backup.json”, rewritten after each change to your profiles, people or frameworks.');
  assert.ok(await findWidget(page, 'unlink_backup'));
  await click(page, 'back');

  // The file as one read sees it, once it parses and holds an answer at `level`. A write
  // may be under way when the test reads: it waits for a whole file.
  const holds = async (level) => {
    const deadline = Date.now() + 5000;
    let text = '';
    for (;;) {
      // A read while the file is being replaced may fail (NotReadableError): read again.
      text = await page.evaluate(async () => {
        const dir = await navigator.storage.getDirectory();
        return (await dir.getFileHandle('linked-backup.json')).getFile().then((f) => f.text()).catch(() => '');
      });
      try {
        const backup = JSON.parse(text);
        if (Object.values(backup.profiles[0].answers).some((a) => a.level === level)) return backup;
      } catch { /* not whole yet */ }
      assert.ok(Date.now() < deadline, `the linked file never held level ${level}: ${text.slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  const first = await holds(2);
  assert.equal(first.format, 'skillscope-backup');
  assert.equal(first.profiles[0].id, (await state(page)).id);
  await click(page, 'level:3');
  await holds(3);

  await click(page, 'help');
  await click(page, 'unlink_backup');
  await waitForWidget(page, 'link_backup');
  await click(page, 'back');
  await click(page, 'level:4');
  await settle(page, { quietMs: 1200 });  // longer than the writes' quiet time
  assert.equal(Object.values((await state(page)).answers)[0].level, 4);
  await holds(3);  // still the last write before the link was undone
  assertNoPageErrors(page);
  await context.close();
});
