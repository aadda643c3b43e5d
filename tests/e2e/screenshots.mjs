// Screenshots of every screen at phone, laptop and 4K sizes, light and dark, at device
// pixel ratio 1 and 2, for a person to look at (not a test: nothing is compared).
//
//   node tests/e2e/screenshots.mjs [out-dir]      (default: tests/e2e/artifacts/screens)
//
// Uses the built bundle (python3 serve.py --no-build under the hood).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openApp, settle, click, reveal } from './lib/app.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(process.argv[2] || path.join(HERE, 'artifacts', 'screens'));
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: '4k', width: 2560, height: 1440 },
];

async function shoot(page, name) {
  await settle(page);
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

// Walks through the app and takes one picture per screen state.
async function tour(page, prefix) {
  await shoot(page, `${prefix}-1-start`);
  await click(page, 'start');
  await shoot(page, `${prefix}-2-setup`);
  await click(page, 'all:sfia@1.0.0');
  await click(page, 'all:infrastructure-proficiency@1.0.0');
  await click(page, 'begin');
  await click(page, 'level:2');
  await shoot(page, `${prefix}-3-skill-quick`);
  await click(page, 'mode:statements');
  await click(page, 'rate_consistently:1:0');
  await click(page, 'rate_consistently:1:1');
  await click(page, 'rate_partly:1:2');
  await shoot(page, `${prefix}-4-skill-statements`);
  await reveal(page, 'accept_suggestion').catch(() => {});
  await shoot(page, `${prefix}-5-suggestion`);
  await click(page, 'next');
  await click(page, 'next');
  await shoot(page, `${prefix}-6-sfia-levels`);
  await click(page, 'finish');
  await shoot(page, `${prefix}-7-summary`);
}

const server = await startServer();
const browser = await launchBrowser();
fs.mkdirSync(OUT, { recursive: true });
try {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark']) {
      for (const dpr of [1, 2]) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height }, deviceScaleFactor: dpr, colorScheme: scheme,
        });
        const page = await context.newPage();
        await openApp(page, server.url);
        await tour(page, `${size.name}-${scheme}-dpr${dpr}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
