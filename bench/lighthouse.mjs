// Lighthouse's performance audit of a first visit, as reviewers run it: mobile form
// factor with simulated throttling (Lighthouse's defaults), Debian's Chromium headless
// with SwiftShader WebGL (the e2e harness's flags). Prints one JSON object per run and
// the medians; figures, never asserted.
//
//   node bench/lighthouse.mjs [--runs N] [--dist DIR]    (default 3 runs, build/web/dist)
//
// Lighthouse is bench tooling, not the app's: the first run installs it (npm, pinned
// below) into bench/node_modules. Lighthouse 13 needs node 22; Debian's node is 20.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/lib/browser.mjs';
import { option } from './lib/options.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LIGHTHOUSE_VERSION = '12.8.2';
const CLI = path.join(HERE, 'node_modules', 'lighthouse', 'cli', 'index.js');
const RUNS = Number(option('--runs', 3));
const distAt = process.argv.indexOf('--dist');
const DIST = distAt > 0 ? process.argv[distAt + 1] : '';

function log(msg) { process.stderr.write(`[lighthouse] ${msg}\n`); }

function install() {
  const installed = path.join(HERE, 'node_modules', 'lighthouse', 'package.json');
  if (fs.existsSync(installed) && JSON.parse(fs.readFileSync(installed, 'utf8')).version === LIGHTHOUSE_VERSION) return;
  log(`installing lighthouse@${LIGHTHOUSE_VERSION} into bench/node_modules`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', HERE, `lighthouse@${LIGHTHOUSE_VERSION}`],
                      { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm install lighthouse failed');
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const round = (x) => Math.round(x);

install();
if (DIST) process.env.SKILLSCOPE_DIST = path.resolve(DIST);
const server = await startServer({ own: true });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(fs.mkdtempSync('/tmp/skillscope-lh-'), 'report.json');
    const r = spawnSync(process.execPath, [CLI, server.url, '--only-categories=performance', '--output=json',
      `--output-path=${out}`, '--quiet', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse exited with ${r.status}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    const a = report.audits;
    if (report.runtimeError || report.categories.performance.score === null) {
      // A run Lighthouse could not score (NO_LCP, say): told, and left out of the medians.
      const why = report.runtimeError ? `${report.runtimeError.code}: ${report.runtimeError.message}` :
        Object.values(a).filter((x) => x.errorMessage).map((x) => `${x.id}: ${x.errorMessage}`).slice(0, 3).join('; ');
      console.log(JSON.stringify({ figure: 'lighthouse_mobile', run: i + 1, unscored: why }));
      continue;
    }
    const run = {
      figure: 'lighthouse_mobile', run: i + 1, lighthouse: report.lighthouseVersion,
      performance: Math.round(report.categories.performance.score * 100),
      total_blocking_time_ms: round(a['total-blocking-time'].numericValue),
      first_contentful_paint_ms: round(a['first-contentful-paint'].numericValue),
      largest_contentful_paint_ms: round(a['largest-contentful-paint'].numericValue),
      speed_index_ms: round(a['speed-index'].numericValue),
      max_potential_fid_ms: round(a['max-potential-fid'].numericValue),
      // The main-thread tasks Lighthouse counts in total blocking time (over 50 ms).
      long_tasks: (a['long-tasks']?.details?.items || []).map((t) => ({ url: t.url, start_ms: round(t.startTime), ms: round(t.duration) })),
    };
    runs.push(run);
    console.log(JSON.stringify(run));
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
} finally {
  await server.stop();
}
const keys = ['performance', 'total_blocking_time_ms', 'first_contentful_paint_ms', 'largest_contentful_paint_ms', 'speed_index_ms'];
console.log(JSON.stringify({ figure: 'lighthouse_mobile_median', runs: runs.length,
  ...Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])),
  budget_performance: 90, budget_total_blocking_time_ms: 200 }));
