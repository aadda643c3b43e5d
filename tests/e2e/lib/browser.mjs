// Debian's Chromium, headless, with SwiftShader WebGL (TOOLCHAIN.md). Nothing here
// stands in for the browser: pages get real input events, storage and downloads.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

export const CHROMIUM = process.env.SKILLSCOPE_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export async function launchBrowser(extraArgs = []) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run python3 tools/bootstrap.py`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
