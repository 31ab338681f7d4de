import { launchChromium, openStress } from '../bench/browser';

/**
 * Frames per second, second by second, while the stress preset plays at top speed
 * (`PORT=… npx tsx scripts/look/fps-timeline.mts`): shows whether some parts of a run cost more.
 */
const port = Number(process.env.PORT ?? 4174);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
await openStress(page, `http://127.0.0.1:${port}/`);
await page.getByRole('button', { name: 'Play', exact: true }).click();
const rows = (await page.evaluate(`new Promise((resolve) => {
  const rows = []; let n = 0; let worst = 0; let last = performance.now(); let bucket = last;
  const f = (now) => {
    n++; worst = Math.max(worst, now - last); last = now;
    if (now - bucket >= 1000) { rows.push([n, Math.round(worst), Math.round(Number(document.querySelector('[data-cursor]').getAttribute('data-cursor'))), document.querySelectorAll('[data-message]:not([data-packet])').length]); n = 0; worst = 0; bucket = now; }
    if (rows.length < 12) requestAnimationFrame(f); else resolve(rows);
  };
  requestAnimationFrame(f);
})`)) as number[][];
for (const [fps, worst, tick, arrows] of rows)
  console.log(`fps ${fps}  worst ${worst} ms  tick ${tick}  arrows ${arrows}`);
await browser.close();
