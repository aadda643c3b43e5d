// Working offline after one visit: the browser context really offline (Chromium's own
// offline mode, not a stopped server or a mock), the real service worker and its cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './lib/suite.mjs';
import { settle, click, waitForWidget, assertNoPageErrors } from './lib/app.mjs';

const suite = appSuite();

// Reloads the page and, the moment its first frame is drawn, reads the widgets as a
// person clicking at once would make the app do: anything the app runs then may need
// the second wasm module before its fetch after the first frame has come back.
async function reloadAndTouchAtOnce(page) {
  await page.reload();
  const outcome = await page.evaluate(() => window.skillscope.ready.then(
    () => ({ ok: true, widgets: window.skillscope.widgets().length }),
    (e) => ({ ok: false, why: e.message })));
  assert.equal(outcome.ok, true, `the app did not start offline: ${outcome.why}`);
  assert.ok(outcome.widgets > 0, 'the first frame drew widgets');
  await settle(page);
}

// The one stored profile, as localStorage holds it.
async function storedProfile(page) {
  const all = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('skillscope.v1.profile.')).map((k) => JSON.parse(localStorage.getItem(k))));
  assert.equal(all.length, 1, 'one profile stored');
  return all[0];
}

test('after one visit online, the app loads, answers and saves offline: start screen, a skill, results', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.skillscopeErrors = [];
  // The first visit: a look at the start screen, nothing saved, the service worker installed.
  await page.goto(suite.server.url);
  await page.evaluate(() => window.skillscope.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 });
  await page.waitForFunction(() => window.skillscope.deferred.loaded !== '');
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');

  // At the start screen, nothing saved: a new assessment, answered and saved.
  await reloadAndTouchAtOnce(page);
  await click(page, 'start');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  let stored = await storedProfile(page);
  assert.equal(stored.answers['infrastructure-proficiency/ISDS'].level, 2);

  // At a deep link to the second skill.
  await click(page, 'next');
  const skillAddress = await page.evaluate(() => location.hash);
  assert.match(skillAddress, /^#\/p\/[^/]+\/skill\/infrastructure-proficiency\//);
  const secondSkill = decodeURIComponent(skillAddress.split('/').pop());
  await reloadAndTouchAtOnce(page);
  assert.equal(await page.evaluate(() => location.hash), skillAddress, 'the same skill after the reload');
  await click(page, 'level:3');
  stored = await storedProfile(page);
  assert.equal(stored.answers[`infrastructure-proficiency/${secondSkill}`].level, 3);
  assert.equal(stored.answers['infrastructure-proficiency/ISDS'].level, 2, 'the first answer kept');

  // At results: a snapshot saved.
  await page.evaluate((id) => { location.hash = `#/p/${id}/results`; }, stored.id);
  await waitForWidget(page, 'save_snapshot');
  await reloadAndTouchAtOnce(page);
  await click(page, 'snapshot_name');
  await page.keyboard.type('Offline');
  await click(page, 'save_snapshot');
  stored = await storedProfile(page);
  assert.deepEqual(stored.snapshots.map((s) => s.name), ['Offline']);
  assert.equal(stored.snapshots[0].answers[`infrastructure-proficiency/${secondSkill}`].level, 3);

  // And the saved work is there on the next offline start.
  await reloadAndTouchAtOnce(page);
  assert.equal(await page.evaluate(() => window.skillscope.state().snapshots.length), 1);
  assert.deepEqual(errors, []);
  assertNoPageErrors(page);
  await context.close();
});
