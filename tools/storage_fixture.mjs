// Writes tests/e2e/fixtures/storage-before-database.json: what a build from before the
// database (commit d001c93) keeps in localStorage after a framework was loaded, a
// person's profile imported and one's own profile answered. Run it against that build:
//
//   git worktree add /tmp/before d001c93   (build it: cmake --preset web, cmake --build --preset web)
//   cd /tmp/before && python3 serve.py --no-build --port 8123 &
//   SKILLSCOPE_URL=http://127.0.0.1:8123/ node tools/storage_fixture.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { openApp, click, settle } from '../tests/e2e/lib/app.mjs';
import { profileJson } from '../tests/e2e/lib/people.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const url = process.env.SKILLSCOPE_URL;
if (!url) throw new Error('set SKILLSCOPE_URL to the older build');

async function choose(page, id, files) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, id);
  await (await chooser).setFiles(files);
  await settle(page);
}

const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1100, height: 1200 } })).newPage();
await openApp(page, url);
await choose(page, 'load_framework', path.join(FIXTURES, 'acme-platform.json'));
await click(page, 'start');
await click(page, 'all:it-operations-matrix@1.0.0');
await click(page, 'begin');
await click(page, 'level:2');
const person = path.join(os.tmpdir(), 'kim-lee.json');
fs.writeFileSync(person, profileJson({ id: 'p-kim', person: 'Kim Lee', framework: { id: 'it-operations-matrix', version: '1.0.0' }, levels: { AIML: 3, AUTO: 2 } }));
await page.evaluate(() => { location.hash = '#/people'; });
await settle(page);
await choose(page, 'import_people', [person]);
const items = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
fs.writeFileSync(path.join(FIXTURES, 'storage-before-database.json'), JSON.stringify(items, null, 1) + '\n');
console.log(Object.keys(items).join('\n'));
await browser.close();
