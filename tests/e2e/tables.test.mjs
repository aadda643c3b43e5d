// Frameworks from spreadsheets and tables, through the real UI: seed 000's Markdown
// table by paste (the system clipboard, Ctrl+V) and by the file chooser; the statements
// of the framework it makes match frameworks/it-operations-matrix.json one for one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from './lib/suite.mjs';
import { openApp, settle, click, download, chooseFiles, reveal, revealText, waitForText, waitForWidget, texts, assertNoPageErrors } from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.join(HERE, '..', '..', '..', 'shared', 'seeds');
const SEED = path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith('000_')));
const SHIPPED = JSON.parse(fs.readFileSync(path.join(HERE, '..', '..', 'frameworks', 'it-operations-matrix.json'), 'utf8'));
const suite = appSuite();
// This screen is long (the preview of the first skills): frames take a while in software GL.
process.env.SKILLSCOPE_SETTLE_TIMEOUT_MS ||= '20000';

async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
  await settle(page);
}

// Details, then the framework file as a download: its statements against the shipped file.
async function fillAndCheck(page, title) {
  await typeInto(page, 'fw_title', title);
  await typeInto(page, 'fw_version', '1');
  await typeInto(page, 'fw_source', 'Seed 000');
  await typeInto(page, 'fw_attribution', 'Origin and licence not stated in the source.');
  const made = JSON.parse((await download(page, 'export_table')).bytes.toString('utf8'));
  assert.equal(made.skills.length, SHIPPED.skills.length);
  for (const [i, skill] of SHIPPED.skills.entries()) {
    assert.equal(made.skills[i].name, skill.name);
    assert.deepEqual(made.skills[i].levels, skill.levels, `${skill.code}: statement for statement`);
  }
  // Saved like a loaded framework: offered on the start screen.
  await click(page, 'save_table');
  await waitForText(page, `Loaded “${title}” (version 1)`);
  await revealText(page, title);
}

test('seed 000 pasted from the clipboard becomes the IT operations framework', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'framework_from_table');
  await waitForText(page, 'A framework from a table');
  await page.evaluate((text) => navigator.clipboard.writeText(text), fs.readFileSync(SEED, 'utf8'));
  await click(page, 'table_paste');
  await page.keyboard.press('Control+V');
  await settle(page);
  await page.keyboard.press('Escape');
  await click(page, 'use_pasted');
  await waitForText(page, 'The table: pasted table');
  await revealText(page, '7 skills; the first 5:');
  await fillAndCheck(page, 'IT operations from a pasted table');
  assertNoPageErrors(page);
  await context.close();
});

test('seed 000 chosen as a file becomes the same framework; a binary file is refused', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, suite.server.url);
  await click(page, 'framework_from_table');
  const choose = (file) => chooseFiles(page, 'choose_table_file', file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-table-'));
  const png = path.join(dir, 'picture.csv');
  fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  await choose(png);
  const refused = (await texts(page)).find((t) => t.text.startsWith('picture.csv cannot be used: '));
  assert.ok(refused, 'the binary file is refused with a reason');
  const copy = path.join(dir, 'it-operations.md');
  fs.copyFileSync(SEED, copy);
  await choose(copy);
  await waitForText(page, 'The table: it-operations.md');
  await fillAndCheck(page, 'IT operations from a file');
  fs.rmSync(dir, { recursive: true, force: true });
  await context.close();
});
