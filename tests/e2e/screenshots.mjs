// Screenshots of every screen at phone, laptop and 4K sizes, light and dark, for a
// person to look at (not a test: nothing is compared); then frameworks in other scripts
// (Japanese, Greek, Russian, Hebrew, emoji; Arabic) at ratio 1 and 2, to check glyphs,
// right-to-left order and Arabic joining by eye.
//
//   node tests/e2e/screenshots.mjs [out-dir] [size-name ...] [--scripts-only | --reviews-only | --plan-only]
//                                  [--lang=de] [--light-only]
//     (default out-dir: tests/e2e/artifacts/screens; default sizes: all; --lang: the
//     browser's language, as a locale, for the interface in that language; its code
//     starts each file's name)
//
// Uses the built bundle (python3 serve.py --no-build under the hood).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openApp, settle, click, chooseFiles, download, reveal, revealText } from './lib/app.mjs';
import { profileJson, writeProfiles } from './lib/people.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARGS = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const SCRIPTS_ONLY = process.argv.includes('--scripts-only');
const REVIEWS_ONLY = process.argv.includes('--reviews-only');
const PLAN_ONLY = process.argv.includes('--plan-only');
const LIGHT_ONLY = process.argv.includes('--light-only');
const LANG = (process.argv.find((a) => a.startsWith('--lang=')) || '').slice('--lang='.length);
const LOCALE = LANG ? { locale: LANG } : {};
const OUT = path.resolve(ARGS[0] || path.join(HERE, 'artifacts', 'screens'));
// The sizes people use: a phone at its own ratio, a common laptop, a 4K monitor at 2x.
const SIZES = [
  { name: 'phone', width: 390, height: 844, dprs: [3] },
  { name: 'laptop', width: 1366, height: 768, dprs: [1] },
  { name: '4k', width: 2560, height: 1440, dprs: [2] },
];
const WANTED = ARGS.slice(1);
// Frames at 4K and 2x take long in software GL: wait longer for the app to settle.
process.env.SKILLSCOPE_SETTLE_TIMEOUT_MS ||= '60000';

async function shoot(page, name) {
  await settle(page);
  const file = path.join(OUT, `${LANG ? LANG + '-' : ''}${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

// Walks through the app and takes one picture per screen state.
async function tour(page, prefix) {
  await shoot(page, `${prefix}-01-start-empty`);
  await click(page, 'preview:sfia@1.0.0');
  await click(page, 'preview_skill:ITOP');
  await shoot(page, `${prefix}-01b-framework-preview`);
  await click(page, 'preview_close');
  await click(page, 'help');
  await shoot(page, `${prefix}-01c-help`);
  await reveal(page, 'back');
  await page.mouse.wheel(0, 1200);
  await shoot(page, `${prefix}-01d-help-shortcuts`);
  await click(page, 'back');
  await click(page, 'start');
  await shoot(page, `${prefix}-02-setup`);
  for (const fw of ['infrastructure-proficiency', 'it-operations-matrix', 'sfia']) await click(page, `all:${fw}@1.0.0`);
  await click(page, 'begin');
  await click(page, 'level:2');
  await click(page, 'target:3');
  await shoot(page, `${prefix}-03-skill-quick`);
  await click(page, 'copy:2');
  await reveal(page, 'not_applicable');
  await shoot(page, `${prefix}-03b-skill-copied`);
  await click(page, 'mode:statements');
  await click(page, 'rate_consistently:1:0');
  await click(page, 'rate_consistently:1:1');
  await click(page, 'rate_partly:1:2');
  await shoot(page, `${prefix}-04-skill-statements`);
  await reveal(page, 'accept_suggestion').catch(() => {});
  await shoot(page, `${prefix}-05-suggestion`);
  for (let k = 1; k < 10; k++) {
    await click(page, 'next');
    if (k === 4) await click(page, 'not_applicable');
    else if (k !== 9) {
      await click(page, `level:${(k % 3) + 1}`);
      await click(page, `target:${(k % 3) + 2}`);
    } else {
      await click(page, 'level:3');
      await shoot(page, `${prefix}-06-sfia-levels`);
    }
  }
  await click(page, 'finish');
  await shoot(page, `${prefix}-07-summary`);
  await click(page, 'results');
  await shoot(page, `${prefix}-08-results-top`);
  await reveal(page, 'chart_centre');
  await shoot(page, `${prefix}-09-results-chart`);
  await reveal(page, 'save_snapshot');
  await shoot(page, `${prefix}-10-results-more`);
  await click(page, 'home');
  await shoot(page, `${prefix}-11-start-with-profile`);
}

// People, compare and the team view, with the twelve people of the team tests.
async function teamTour(page, prefix) {
  const team = JSON.parse(fs.readFileSync(path.join(HERE, 'fixtures', 'team-12.json'), 'utf8'));
  await click(page, 'open_people');
  await shoot(page, `${prefix}-12-people-empty`);
  await chooseFiles(page, 'import_people', writeProfiles(team.people, team.framework));
  await shoot(page, `${prefix}-13-people`);
  await click(page, 'open_team');
  await shoot(page, `${prefix}-14-team`);
  await reveal(page, 'sort:median');
  await click(page, 'sort:median');
  await reveal(page, 'export_csv');
  await shoot(page, `${prefix}-15-team-below`);
  await click(page, 'open_compare');
  for (const id of ['p-e2e-01', 'p-e2e-02', 'p-e2e-03']) await click(page, `pick:person:${id}`);
  // The pointer in the page's margin: the list of choices scrolls on its own.
  const margin = { at: { x: 4, y: 300 } };
  await reveal(page, 'chart_centre', margin);
  await shoot(page, `${prefix}-16-compare-chart`);
  await reveal(page, 'compare_svg', margin);
  await shoot(page, `${prefix}-17-compare-table`);
}

// A framework from tests/e2e/fixtures, loaded through the file chooser, then its
// skill pages and its summary.
async function scriptsTour(page, prefix, file, id, skills) {
  await chooseFiles(page, 'load_framework', path.join(HERE, 'fixtures', file));
  await shoot(page, `${prefix}-01-loaded`);
  await click(page, 'dismiss_banner');
  await click(page, 'start');
  await click(page, `all:${id}`);
  await shoot(page, `${prefix}-02-setup`);
  await click(page, 'begin');
  for (let k = 0; k < skills; k++) {
    await click(page, 'level:2');
    await shoot(page, `${prefix}-03-skill-${k + 1}`);
    await click(page, 'mode:statements');
    await shoot(page, `${prefix}-04-skill-${k + 1}-statements`);
    await click(page, 'mode:quick');
    await click(page, skills === k + 1 ? 'finish' : 'next');
  }
  await shoot(page, `${prefix}-05-summary`);
  await click(page, 'results');
  await shoot(page, `${prefix}-06-results`);
}

// A review round: the reviewer reviews two people (the review page, then the team view
// with the reviewed levels), and the first person takes the review in (the notice, the
// Reviews section, the skills table's Reviewed column).
async function reviewTour(options, prefix) {
  const matrix = JSON.parse(fs.readFileSync(path.join(HERE, '..', '..', 'frameworks', 'it-operations-matrix.json'), 'utf8'));
  const people = [
    { id: 'p-shot-kim', person: 'Kim Ångström', framework: matrix, levels: { AIML: 2, AUTO: 3, CLOUD: 1, ENDPOINT: 2 } },
    { id: 'p-shot-lee', person: 'Lee Chen', framework: matrix, levels: { AIML: 3, AUTO: 1, CLOUD: 2, ENDPOINT: 4 } },
  ];
  const files = writeProfiles(people, matrix, 'skillscope-shots-');
  const reviewerContext = await browser.newContext({ ...options, ...LOCALE, acceptDownloads: true });
  const reviewer = await reviewerContext.newPage();
  await openApp(reviewer, server.url + '#/people');
  await chooseFiles(reviewer, 'import_people', files);
  let reviewFile = null;
  for (const [i, p] of people.entries()) {
    await click(reviewer, `review_person:${p.id}`);
    if (i === 0) {
      await shoot(reviewer, `${prefix}-20-review-name`);
      await click(reviewer, 'reviewer_name');
      await reviewer.keyboard.type('Sam Okafor');
      await click(reviewer, 'begin_review');
    }
    await click(reviewer, 'verdict:propose');
    await click(reviewer, 'propose:4');
    await click(reviewer, 'review_comment');
    await reviewer.keyboard.type('You trained the team’s first model: level 4.');
    await reviewer.mouse.click(5, 5);
    if (i === 0) await shoot(reviewer, `${prefix}-21-review-page`);
    if (i === 0) reviewFile = await download(reviewer, 'export_review');
    await reviewer.evaluate(() => { location.hash = '#/people'; });
    await settle(reviewer);
  }
  await shoot(reviewer, `${prefix}-22-people-reviewed`);
  await click(reviewer, 'open_team');
  await shoot(reviewer, `${prefix}-23-team-reviewed`);
  await reviewerContext.close();

  const personContext = await browser.newContext({ ...options, ...LOCALE, acceptDownloads: true });
  const person = await personContext.newPage();
  await openApp(person, server.url);
  await chooseFiles(person, 'import_profile', files[0]);
  await click(person, 'import_new');
  await chooseFiles(person, 'import_profile', reviewFile.file);
  await shoot(person, `${prefix}-24-review-arrived`);
  await click(person, 'show_review');
  await shoot(person, `${prefix}-25-results-review`);
  // The column's heading in English; in another language, wherever the page stands.
  if (!LANG || LANG.startsWith('en')) await revealText(person, (t) => t === 'Reviewed' || t.startsWith('Reviewed: '));
  await shoot(person, `${prefix}-26-results-table-reviewed`);
  await personContext.close();
}

// What next: the roles by fit, a benchmark chosen, the plan with a note open, the timeline.
async function planTour(options, prefix) {
  const context = await browser.newContext({ ...options, ...LOCALE, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, server.url);
  await chooseFiles(page, 'load_framework', path.join(HERE, '..', '..', 'docs', 'examples', 'it-operations-matrix-example-roles.json'));
  await click(page, 'dismiss_banner');
  await click(page, 'start');
  await click(page, 'all:it-operations-matrix@1.0.0-example-roles');
  await click(page, 'begin');
  for (let k = 0; k < 7; k++) {
    await click(page, `level:${k % 3 + 1}`);
    await click(page, k < 6 ? 'next' : 'finish');
  }
  await click(page, 'results');
  await click(page, 'snapshot_name');
  await page.keyboard.type('Before the course');
  await click(page, 'save_snapshot');
  await click(page, 'open_plan');
  await shoot(page, `${prefix}-30-plan-roles`);
  await click(page, 'choose_role:it-operations-matrix@1.0.0-example-roles/Cloud platform engineer (example)');
  await reveal(page, 'reminder:6');
  await shoot(page, `${prefix}-31-plan-items`);
  const edit = (await page.evaluate(() => window.skillscope.widgets())).find((w) => w.id.startsWith('plan_edit:'));
  if (edit) {
    await click(page, edit.id);
    await click(page, 'plan_note');
    await page.keyboard.type('Shadow Ana on the cloud bill — Q1');
    await click(page, 'plan_due');
    await page.keyboard.type('2027-03');
    await page.keyboard.press('Tab');
    await shoot(page, `${prefix}-32-plan-note`);
  }
  // A change since the snapshot, for the timeline.
  await click(page, 'back');
  await page.evaluate(() => { location.hash = location.hash.replace(/\/results$/, '/skill/it-operations-matrix/CLOUD'); });
  await settle(page);
  await click(page, 'level:1');
  await page.evaluate(() => { location.hash = location.hash.replace(/\/skill\/.*$/, '/timeline'); });
  await settle(page);
  await shoot(page, `${prefix}-33-timeline`);
  await click(page, 'show_unchanged');
  await reveal(page, 'from:0');
  await shoot(page, `${prefix}-34-timeline-all`);
  await context.close();
}

const server = await startServer();
const browser = await launchBrowser();
fs.mkdirSync(OUT, { recursive: true });
try {
  for (const size of SCRIPTS_ONLY ? [] : SIZES.filter((s) => !WANTED.length || WANTED.includes(s.name))) {
    for (const scheme of LIGHT_ONLY ? ['light'] : ['light', 'dark']) {
      for (const dpr of size.dprs) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height }, deviceScaleFactor: dpr, colorScheme: scheme, ...LOCALE,
        });
        if (!REVIEWS_ONLY && !PLAN_ONLY) {
          const page = await context.newPage();
          await openApp(page, server.url);
          await tour(page, `${size.name}-${scheme}-dpr${dpr}`);
          await teamTour(page, `${size.name}-${scheme}-dpr${dpr}`);
        }
        await context.close();
        await planTour({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: dpr, colorScheme: scheme },
                       `${size.name}-${scheme}-dpr${dpr}`);
        if (PLAN_ONLY) continue;
        await reviewTour({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: dpr, colorScheme: scheme },
                         `${size.name}-${scheme}-dpr${dpr}`);
      }
    }
  }
  for (const dpr of REVIEWS_ONLY || PLAN_ONLY ? [] : [1, 2]) {
    for (const [name, file, id, skills] of [['cjk', 'multilingual.json', 'multilingual-ops@1.0', 4],
                                            ['arabic', 'arabic.json', 'arabic-ops@1.0', 1]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: dpr });
      const page = await context.newPage();
      await openApp(page, server.url);
      await scriptsTour(page, `scripts-${name}-dpr${dpr}`, file, id, skills);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
