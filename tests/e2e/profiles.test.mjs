// Keeping and sharing profiles with the real localStorage, real downloads, the real file
// chooser, a real service worker and two real tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  openApp, settle, click, download, chooseFiles, reveal, revealText, waitForText, waitForWidget, findWidget, texts, state, assertNoPageErrors,
} from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BAD = path.join(HERE, '..', 'data', 'bad-profiles');
const suite = appSuite();

async function storage(page) {
  return page.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage).sort()) if (k.startsWith('skillscope.v1.profile') || k.startsWith('skillscope.v1.backup')) out[k] = localStorage.getItem(k);
    return out;
  });
}

// A small profile: the two infrastructure skills, ISDS at level 2 with a note.
async function smallProfile(page) {
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  await click(page, 'target:4');
  await click(page, 'notes');
  await page.keyboard.type('Ran the “storage” migration – see wiki');
  await page.keyboard.press('Escape');
  await settle(page);
  return state(page);
}

const choose = chooseFiles;

function withoutVolatile(s) {
  const { updated, app, ...rest } = s;
  return rest;
}

test('an exported profile, re-imported through the file chooser, equals the original', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await smallProfile(page);
  await click(page, 'next');
  await click(page, 'finish');
  await click(page, 'results');
  await click(page, 'snapshot_name');
  await page.keyboard.type('Before the course');
  await click(page, 'save_snapshot');
  const original = await state(page);
  assert.equal(original.snapshots.length, 1);
  assert.equal(original.snapshots[0].name, 'Before the course');
  const exported = await download(page, 'export_profile');
  assert.match(exported.name, /\.json$/);
  const fileJson = JSON.parse(fs.readFileSync(exported.file, 'utf8'));
  assert.equal(fileJson.format, 'skillscope-profile');
  assert.equal(fileJson.answers['infrastructure-proficiency/ISDS'].notes, 'Ran the “storage” migration – see wiki');

  // Delete it here, then bring it back from the file.
  await click(page, 'home');
  await click(page, `delete:${original.id}`);
  await waitForText(page, `Deleted “${original.name}”`);
  assert.equal(await findWidget(page, `open:${original.id}`), null);
  await choose(page, 'import_profile', exported.file);
  await waitForText(page, `“${original.name}” from ${path.basename(exported.file)}`);
  await click(page, 'import_new');
  await waitForText(page, `Imported “${original.name}”`);
  const imported = await state(page);
  assert.deepEqual(withoutVolatile(imported), withoutVolatile(original));
  assertNoPageErrors(page);
  await context.close();
});

test('importing the same profile again asks; replacing keeps the replaced answers as a snapshot', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  const first = await smallProfile(page);
  await click(page, 'home');
  const exported = await download(page, `export:${first.id}`);
  // Change the profile after exporting it.
  await click(page, 'continue');
  await click(page, 'level:1');
  await click(page, 'home');
  await choose(page, 'import_profile', exported.file);
  await waitForWidget(page, 'import_replace');
  await click(page, 'import_replace');
  const s = await state(page);
  assert.equal(s.id, first.id);
  assert.equal(s.answers['infrastructure-proficiency/ISDS'].level, 2, 'the imported answer');
  const kept = s.snapshots.find((x) => x.name.startsWith('Before the import'));
  assert.equal(kept.answers['infrastructure-proficiency/ISDS'].level, 1, 'the replaced answer is kept');
  await context.close();
});

test('a bad profile file changes nothing and says exactly what is wrong', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await smallProfile(page);
  await click(page, 'home');
  const before = await storage(page);
  const expected = Object.fromEntries(fs.readFileSync(path.join(BAD, 'expected.txt'), 'utf8').trim().split('\n').map((l) => l.split('\t')));
  for (const file of ['level-above-highest.json', 'truncated.json', 'binary-garbage-png-header.bin', 'unknown-framework.json']) {
    await choose(page, 'import_profile', path.join(BAD, file));
    await waitForText(page, `The profile from ${file} was not imported; nothing was changed`);
    await waitForText(page, expected[file]);
    assert.deepEqual(await storage(page), before, `${file} left storage as it was`);
  }
  assertNoPageErrors(page);
  await context.close();
});

test('a corrupted stored profile is kept aside, reported, and can be downloaded', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  const good = await smallProfile(page);
  const broken = '{"format": "skillscope-profile", "schemaVersion": 2, "id": "p-broken", "name": "Hand-edited", ';
  await page.evaluate((text) => localStorage.setItem('skillscope.v1.profile.p-broken', text), broken);
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  await waitForText(page, 'Some saved data could not be read');
  await waitForText(page, 'saved profile: not valid JSON: the file ends too early, at line 1, column 95 (was it cut off?)');
  const stored = await storage(page);
  assert.equal(stored['skillscope.v1.backup.skillscope.v1.profile.p-broken'], broken, 'kept, byte for byte');
  assert.equal(stored['skillscope.v1.profile.p-broken'], undefined);
  assert.ok(stored[`skillscope.v1.profile.${good.id}`], 'the good profile is untouched');
  const saved = await download(page, 'download_unreadable');
  assert.equal(fs.readFileSync(saved.file, 'utf8'), broken);
  await context.close();
});

test('two tabs on one profile: an edit in one shows in the other, and neither is lost', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await context.newPage();
  await openApp(a, suite.server.url);
  const s = await smallProfile(a);
  const b = await context.newPage();
  await openApp(b, suite.server.url);
  await waitForWidget(b, 'next');  // opens on the same skill page
  // Tab A answers the second skill; tab B sees it without reloading.
  await click(a, 'next');
  await click(a, 'level:3');
  await b.waitForFunction(() => window.skillscope.state().answers['infrastructure-proficiency/ISUP']?.level === 3);
  // Tab B then changes the first skill; both edits are in storage and in tab A.
  await click(b, 'level:4');
  await a.waitForFunction(() => window.skillscope.state().answers['infrastructure-proficiency/ISDS']?.level === 4);
  const stored = JSON.parse(await a.evaluate((id) => localStorage.getItem('skillscope.v1.profile.' + id), s.id));
  assert.equal(stored.answers['infrastructure-proficiency/ISUP'].level, 3);
  assert.equal(stored.answers['infrastructure-proficiency/ISDS'].level, 4);
  await context.close();
});

test('a share link carries the profile; opening it offers the import', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  const original = await smallProfile(page);
  await click(page, 'next');
  await click(page, 'finish');
  await click(page, 'results');
  await click(page, 'share_link');
  await page.waitForFunction(() => window.skillscope.texts().some((t) => t.text.startsWith('Link copied')));
  const message = (await texts(page)).find((t) => t.text.startsWith('Link copied')).text;
  const link = /(http:\/\/\S+#p=[A-Za-z0-9_-]+)/.exec(message)[1];
  assert.ok(link.startsWith(suite.server.url));
  // Someone else opens the link in a fresh browser profile.
  const other = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page2 = await other.newPage();
  await page2.goto(link);
  await page2.evaluate(() => window.skillscope.ready);
  await settle(page2);
  await waitForText(page2, `“${original.name}” from a shared link`);
  // The profile left the address bar; the address says where the person is instead.
  assert.equal(await page2.evaluate(() => location.hash), '#/', 'the profile left the address bar');
  await click(page2, 'import_new');
  const imported = await state(page2);
  assert.deepEqual(imported.answers, original.answers);
  await other.close();
  await context.close();
});

test('when storage is full, the answers stay in the page and the app says so', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await smallProfile(page);
  // Fill the origin's quota with someone else's data.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem('filler.' + i, chunk); } catch (e) { break; }
    }
    const small = 'y'.repeat(1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem('filler.small.' + i, small); } catch (e) { break; }
    }
  });
  await click(page, 'level:3');
  await click(page, 'notes');
  await page.keyboard.insertText(' and more' + ' (details)'.repeat(300));  // the profile grows past the quota
  await page.keyboard.press('Escape');
  await settle(page);
  const s = await state(page);
  assert.equal(s.answers['infrastructure-proficiency/ISDS'].level, 3, 'kept in memory');
  assert.match(s.answers['infrastructure-proficiency/ISDS'].notes, /and more \(details\)/);
  await revealText(page, 'Your latest answers could not be saved: this browser\'s storage is full. They are kept while this page stays open; export the profile (results screen) to keep them.');
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
  await context.close();
});

test('after one visit the app opens with the server stopped, profiles intact', async () => {
  const own = await startServer({ own: true });
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, own.url);
  const s = await smallProfile(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller || caches.keys().then((k) => k.length > 0));
  await own.stop();
  await page.reload();
  await page.evaluate(() => window.skillscope.ready);
  await settle(page);
  const after = await state(page);
  assert.equal(after.id, s.id);
  assert.deepEqual(after.answers, s.answers);
  assertNoPageErrors(page);
  await context.close();
});
