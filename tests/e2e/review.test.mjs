// A review's round trip between two browsers with real files: the person exports their
// profile, the reviewer takes it into People, reviews it and exports the review, the
// person imports it and takes one proposed level. Real downloads, the real file chooser,
// the real localStorage and IndexedDB; the radar's third series checked by its pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import {
  openApp, settle, click, download, chooseFiles, reveal, revealText, waitForWidget, findWidget, texts, state, databaseItems, countColours,
  assertNoPageErrors,
} from './lib/app.mjs';
import { profileJson } from './lib/people.mjs';
import { axTree, findOne, focusNode, activate, axeViolations } from './lib/a11y.mjs';

const suite = appSuite();
const MATRIX = { id: 'it-operations-matrix', version: '1.0.0' };
const key = (code) => `${MATRIX.id}/${code}`;

const choose = chooseFiles;

async function textsJoined(page) {
  return (await texts(page)).map((t) => t.text ?? t).join('\n');
}

test('review round trip: person exports, reviewer reviews and exports, person imports and takes a level', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-review-'));
  const own = path.join(dir, 'kim.json');
  fs.writeFileSync(own, profileJson({
    id: 'p-e2e-kim', person: 'Kim Ångström', framework: MATRIX, levels: { AIML: 2, AUTO: 3, CLOUD: 1, ENDPOINT: 2 },
  }));

  // The person's browser: the profile is theirs, and they export it from results.
  const personContext = await suite.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const person = await personContext.newPage();
  await openApp(person, suite.server.url);
  await choose(person, 'import_profile', own);
  await click(person, 'import_new');
  await person.evaluate(() => { location.hash = '#/p/p-e2e-kim/results'; });
  await settle(person);
  const exported = await download(person, 'export_profile');

  // The reviewer's browser.
  const reviewerContext = await suite.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const reviewer = await reviewerContext.newPage();
  await openApp(reviewer, suite.server.url + '#/people');
  await choose(reviewer, 'import_people', exported.file);
  await click(reviewer, 'review_person:p-e2e-kim');
  await click(reviewer, 'reviewer_name');
  await reviewer.keyboard.type('Sam Okafor');
  await click(reviewer, 'begin_review');
  assert.equal(await reviewer.evaluate(() => location.hash), '#/review/p-e2e-kim/it-operations-matrix/AIML');
  await click(reviewer, 'verdict:propose');
  await click(reviewer, 'propose:4');
  await click(reviewer, 'review_comment');
  const comment = 'You trained the team’s first model — level 4.\nLet’s talk.';
  for (const line of comment.split('\n')) {
    await reviewer.keyboard.type(line);
    if (line !== comment.split('\n').at(-1)) await reviewer.keyboard.press('Enter');
  }
  await reviewer.mouse.click(5, 5);
  await settle(reviewer);
  await click(reviewer, 'review_next');
  assert.equal(await reviewer.evaluate(() => location.hash), '#/review/p-e2e-kim/it-operations-matrix/AUTO');
  await click(reviewer, 'verdict:discuss');
  // Back and Forward walk the skills.
  await reviewer.goBack();
  await settle(reviewer);
  assert.equal(await reviewer.evaluate(() => location.hash), '#/review/p-e2e-kim/it-operations-matrix/AIML');
  await reviewer.goForward();
  await settle(reviewer);
  const stored = await databaseItems(reviewer, 'skillscope.v1.my-review.');
  assert.equal(Object.keys(stored).length, 1, 'the reviewer’s review is kept in the database');
  const reviewFile = await download(reviewer, 'export_review');
  assert.match(reviewFile.name, /review.*\.json$/);
  const review = JSON.parse(fs.readFileSync(reviewFile.file, 'utf8'));
  assert.equal(review.format, 'skillscope-review');
  assert.equal(review.reviewer, 'Sam Okafor');
  assert.equal(review.skills[key('AIML')].verdict, 'propose');
  assert.equal(review.skills[key('AIML')].level, 4);
  assert.equal(review.skills[key('AIML')].comment, comment);
  assert.equal(review.skills[key('AUTO')].verdict, 'discuss');

  // The person imports it through the same chooser as a profile.
  await person.evaluate(() => { location.hash = '#/'; });
  await settle(person);
  await choose(person, 'import_profile', reviewFile.file);
  assert.match(await textsJoined(person), /The review by “Sam Okafor” of “Kim Ångström's review” was imported/);
  const kept = await person.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skillscope.v1.review.')));
  assert.equal(kept.length, 1);
  assert.equal(JSON.parse(await person.evaluate((k) => localStorage.getItem(k), kept[0])).skills[key('AIML')].comment, comment);

  // "Show the review" opens the results with the Reviews section in view.
  await click(person, 'show_review');
  assert.match(await person.evaluate(() => location.hash), /^#\/p\/p-e2e-kim\/results$/);
  const heading = (await texts(person)).find((t) => t.text === 'Review');
  assert.ok(heading && heading.y >= 0 && heading.y < person.viewportSize().height, 'the Review heading is in view');
  await revealText(person, 'You: Level 2 \u00B7 Sam Okafor: Proposes Level 4');
  // The skills table's Reviewed column: the proposal in AIML's row.
  await revealText(person, (t) => t.startsWith('Sam Okafor: Level 4'));
  await revealText(person, `\u201C${comment}\u201D`);

  // The radar's third series: the reviewer's levels, in the third series colour.
  const purple = [[0xCC, 0x79, 0xA7]];
  const chartRect = async () => {
    await reveal(person, 'chart_centre');
    await person.mouse.move(5, 5);
    await settle(person);
    const chart = await findWidget(person, 'chart');
    return { x: chart.x, y: Math.max(0, chart.y), width: chart.w, height: Math.min(chart.h, 1000 - Math.max(0, chart.y)) };
  };
  const before = await countColours(person, await chartRect(), purple);
  await click(person, 'overlay:0');
  const after = await countColours(person, await chartRect(), purple);
  assert.ok(before[0] < 20, `no third series before: ${before}`);
  assert.ok(after[0] > 150, `the review drawn as a third series: ${after}`);

  // Take the proposed level: the profile's own answer changes, in storage too.
  await click(person, `accept_review:${review.id}/${key('AIML')}`);
  assert.equal((await state(person)).answers[key('AIML')].level, 4);
  const saved = await person.evaluate(() => JSON.parse(localStorage.getItem('skillscope.v1.profile.p-e2e-kim')));
  assert.equal(saved.answers[key('AIML')].level, 4);
  await click(person, `save_agreed:${review.id}`);
  assert.match((await state(person)).snapshots.at(-1).name, /^Agreed with Sam Okafor, /);

  // The report: the reviewer's level beside the person's, and the comment, kept exactly.
  const report = fs.readFileSync((await download(person, 'export_report')).file, 'utf8');
  assert.match(report, /<h2 id="reviews">Review<\/h2>/);
  assert.match(report, /Review by Sam Okafor/);
  assert.ok(report.includes('<td>Level 4</td><td>Proposes Level 4</td>'), 'the taken level, beside the proposal');
  assert.ok(report.includes('<em>You took this level</em>'), 'the person\'s answer to it');
  assert.ok(report.includes('You trained the team’s first model — level 4.\nLet’s talk.'), 'the comment, exactly');

  assertNoPageErrors(person);
  assertNoPageErrors(reviewer);
  await personContext.close();
  await reviewerContext.close();
});

test('the reviewer’s page by the accessibility tree and the keyboard alone, in the dark theme', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillscope-review-'));
  const file = path.join(dir, 'ana.json');
  fs.writeFileSync(file, profileJson({ id: 'p-e2e-ana', person: 'Ana Ruiz', framework: MATRIX, levels: { AIML: 2, AUTO: 3 } }));
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page, suite.server.url + '#/people');
  const chooser = page.waitForEvent('filechooser');
  await activate(page, 'button', 'Import profiles…');
  await (await chooser).setFiles(file);
  await settle(page);
  await activate(page, 'button', 'Review this assessment');
  let tree = await axTree(page);
  await focusNode(page, findOne(tree, 'textbox', 'Your name'));
  await page.keyboard.type('Sam Okafor');
  await activate(page, 'button', 'Begin the review');
  await activate(page, 'radio', 'Propose another level', { within: { role: 'radiogroup', name: 'Your verdict' } });
  await activate(page, 'radio', 'Level 4', { within: { role: 'radiogroup', name: 'The level you propose' } });
  tree = await axTree(page);
  await focusNode(page, findOne(tree, 'textbox', 'Comment'));
  await page.keyboard.type('Four, by the model you shipped.');
  await page.keyboard.press('Escape');
  await settle(page);
  tree = await axTree(page);
  assert.equal(findOne(tree, 'radio', 'Level 4').props.checked, 'true');
  const stored = Object.values(await databaseItems(page, 'skillscope.v1.my-review.'));
  assert.equal(stored.length, 1);
  const review = JSON.parse(stored[0]);
  assert.equal(review.reviewer, 'Sam Okafor');
  assert.deepEqual(review.skills[key('AIML')], {
    verdict: 'propose', level: 4, comment: 'Four, by the model you shipped.', seen: { status: 'level', level: 2 },
  });
  assert.deepEqual(await axeViolations(page), []);
  assertNoPageErrors(page);
  await context.close();
});
