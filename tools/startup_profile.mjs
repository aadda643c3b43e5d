// Loads a bundle whose app.wasm was instrumented by `wasm-split --instrument` and writes
// which of its functions ran from the start until the app went idle after its first
// frames (Binaryen's profile format), for tools/startup_functions.py. One first visit per
// case: a laptop in light colours and a phone in dark ones at a device pixel ratio of 2,
// so both themes' and both layouts' code is in the list; and a laptop in German, so the
// first frame in another language (its catalogue read) needs no more than the first module.
//
//   SKILLSCOPE_DIST=DIR node tools/startup_profile.mjs OUT_PREFIX   -> OUT_PREFIX.N.bin
import fs from 'node:fs';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const CASES = [
  { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light' },
  { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: 'dark', isMobile: true, hasTouch: true },
  { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light', locale: 'de-DE' },
];

const out = process.argv[2];
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [i, options] of CASES.entries()) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // Once the app has gone idle after its first frame (it draws a few more as ImGui
    // settles, and nothing after): nothing the person did is in the profile.
    await page.addInitScript(() => {
      window.__skillscopeStartupProfile = true;  // web/boot.js: the rest of the app never comes
      const wait = setInterval(() => {
        const hook = window.skillscope;
        if (!hook || !hook.ready) return;
        clearInterval(wait);
        hook.ready.then(() => new Promise((settled) => setTimeout(settled, 1500))).then(() => {
          const M = window.Module;
          const size = 1 << 20;
          const at = M._malloc(size);
          const written = M.asm.__write_profile(at, size);
          window.__startupProfile = Array.from(M.HEAPU8.subarray(at, at + written));
        });
      }, 0);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__startupProfile, null, { timeout: 60000 });
    fs.writeFileSync(`${out}.${i}.bin`, Buffer.from(await page.evaluate(() => window.__startupProfile)));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
