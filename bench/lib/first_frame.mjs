// The app's first frame in a fresh page: when window.skillscope.ready resolves, in ms
// since navigation (the page's performance.now()). Shared by the benches that load the
// app cold.
export async function loadToFirstFrame(page, url) {
  await page.addInitScript(() => {
    window.__firstFrame = null;
    const id = setInterval(() => {
      if (window.skillscope && window.skillscope.ready) {
        clearInterval(id);
        window.skillscope.ready.then(() => { window.__firstFrame = performance.now(); });
      }
    }, 0);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== null, null, { timeout: 60000 });
  return page.evaluate(() => window.__firstFrame);
}
