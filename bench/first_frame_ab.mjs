// First visits of several bundles, interleaved: the way to compare builds on a noisy
// machine (a run of one build, then another, measures the machine's drift as well).
//
//   node bench/first_frame_ab.mjs [--network MBIT:RTT_MS] LOADS DIST_A DIST_B [DIST_C ...]
//
// --network 10:40 has Chromium deliver every response at 10 Mbit/s with 40 ms of round
// trip (DevTools network emulation), as a visitor on a typical mobile link would get
// them: serve.py on this machine is far faster than any host a visitor reaches.
//
// Each DIST is a bundle folder (a copy of build/web/dist). Every round loads each bundle
// once, in a new browser context (empty cache), and notes when window.skillscope.ready
// resolves; the first round only warms up. Prints the median and mean per bundle, one
// JSON object per line. Figures, never asserted.
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { loadToFirstFrame } from './lib/first_frame.mjs';

const args = process.argv.slice(2);
let network = null, networkArg = '';
if (args[0] === '--network') {
  networkArg = args[1];
  const [mbit, rtt] = networkArg.split(':').map(Number);
  network = { offline: false, latency: rtt, downloadThroughput: (mbit * 1e6) / 8, uploadThroughput: (mbit * 1e6) / 8 };
  args.splice(0, 2);
}
const [loadsArg, ...dists] = args;
const LOADS = Number(loadsArg);
if (!(LOADS > 0) || dists.length < 1) {
  process.stderr.write('usage: node bench/first_frame_ab.mjs [--network MBIT:RTT_MS] LOADS DIST_A [DIST_B ...]\n');
  process.exit(2);
}

async function firstFrame(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    return await loadToFirstFrame(page, url);
  } finally {
    await context.close();
  }
}

const servers = [];
for (const dist of dists) {
  process.env.SKILLSCOPE_DIST = dist;
  servers.push(await startServer({ own: true }));
}
const browser = await launchBrowser();
const runs = dists.map(() => []);
try {
  for (let round = 0; round <= LOADS; round++) {
    for (const [i, server] of servers.entries()) {
      const t = await firstFrame(browser, server.url);
      if (round > 0) runs[i].push(t);
    }
  }
} finally {
  await browser.close().catch(() => {});
  for (const server of servers) await server.stop().catch(() => {});
}
const round1 = (x) => Number(x.toFixed(1));
for (const [i, dist] of dists.entries()) {
  const sorted = [...runs[i]].sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({
    figure: 'time_to_first_frame_ms', dist, ...(network ? { network: networkArg } : {}), loads: sorted.length, median: round1(sorted[Math.floor(sorted.length / 2)]),
    mean: round1(sorted.reduce((a, b) => a + b, 0) / sorted.length), runs: runs[i].map(round1),
  }) + '\n');
}
