// The main thread's tasks of a first visit, from navigation to the first frame: a
// Chromium trace per load, each task over 8 ms with what it ran (boot.js's WebGL context
// and program, the instantiation's microtask that runs main(), the first animation
// frame). What names the app's own work on top of the floor (issue 26).
//
//   node bench/startup_trace.mjs [LOADS]     (default 4; SKILLSCOPE_DIST for another bundle)
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
const server = await startServer();
const browser = await launchBrowser();
const LOADS = Number(process.argv[2]) || 4;
for (let i = 0; i < LOADS; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
  await page.goto(server.url);
  await page.waitForFunction(() => window.skillscope && window.skillscope.ready);
  const ready = await page.evaluate(() => window.skillscope.ready.then(() => performance.now()));
  await page.waitForTimeout(300);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const main = ev.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 8000);
  const t0 = Math.min(...ev.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
  // what each long task did: the top child event names
  const rows = main.map((t) => {
    const kids = ev.filter((e) => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.ph === 'X' && e.name !== 'RunTask' && e.dur > 3000)
      .map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''}${e.args?.data?.functionName ? ':' + e.args.data.functionName : ''} ${Math.round(e.dur / 1000)}`);
    return { start: Math.round((t.ts - t0) / 1000), ms: Math.round(t.dur / 1000), kids: [...new Set(kids)].slice(0, 6) };
  }).filter((r) => r.start >= 0 && r.start < ready + 50);
  // V8 compiles a wasm function on the main thread the first time it is called (lazy
  // compilation): the floor page, which compiles the module but calls none of it, never
  // pays this. Counted up to the first frame.
  const readyTs = t0 + ready * 1000;
  const lazy = ev.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X' && e.ts < readyTs);
  const lazy_compile = { functions: lazy.length, ms: Math.round(lazy.reduce((sum, e) => sum + e.dur, 0) / 1000) };
  console.log(JSON.stringify({ figure: 'first_visit_tasks', load: i + 1, ready_ms: Math.round(ready), lazy_compile, tasks: rows }));
  await ctx.close();
}
await browser.close(); await server.stop(); process.exit(0);
