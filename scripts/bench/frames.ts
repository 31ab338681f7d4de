import { openStress, serveBuiltApp } from './browser';
import { chromiumCpu, cpuBetween } from './cpu';
import { formatNumber, machine, quantile, today, writeSection } from './report';

/**
 * Playing the heavy `stress` preset at top speed in headless Chromium: the intervals between
 * animation frames (p50/p95/p99) and the largest number of DOM elements on the page, which
 * stays bounded because only the visible time window is drawn.
 */
/**
 * Runs in the page, as source text (a bundled function would carry the bundler's helpers):
 * records every frame interval for up to 12 s while playing, and the DOM size every 10 frames.
 */
const SAMPLER = `new Promise((resolve) => {
  const intervals = [];
  let domMax = 0;
  let arrowsMax = 0;
  let last = performance.now();
  const started = last;
  const frame = (now) => {
    intervals.push(now - last);
    last = now;
    if (intervals.length % 10 === 0) {
      domMax = Math.max(domMax, document.getElementsByTagName('*').length);
      arrowsMax = Math.max(arrowsMax, document.querySelectorAll('[data-message]:not([data-packet])').length);
    }
    const playing = document.querySelector('button[aria-keyshortcuts="Space"]').textContent.includes('Pause');
    if (now - started < 12000 && playing) requestAnimationFrame(frame);
    else resolve({ intervals: intervals.slice(5), domMax, arrowsMax, ticks: Number(document.querySelector('[data-cursor]').getAttribute('data-cursor')) });
  };
  requestAnimationFrame(frame);
})`;

export async function benchFrames(): Promise<void> {
  const served = await serveBuiltApp();
  try {
    const page = await served.browser.newPage({ viewport: { width: 1366, height: 800 } });
    await openStress(page, served.url);
    const lanes = await page.evaluate(() => document.querySelectorAll('[data-node]').length);
    const cpuBefore = chromiumCpu();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const sample = (await page.evaluate(SAMPLER)) as {
      intervals: number[];
      domMax: number;
      arrowsMax: number;
      ticks: number;
    };
    const seconds = sample.intervals.reduce((a, b) => a + b, 0) / 1000;
    const cpu = cpuBetween(cpuBefore, chromiumCpu()).map(
      ([name, ms]) => `| ${name} | ${formatNumber(Math.round(ms / seconds))} |`,
    );
    const sorted = [...sample.intervals].sort((a, b) => a - b);
    const at = (q: number) => quantile(sorted, q);
    console.log(
      `frames: ${sample.intervals.length} sampled, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms; DOM max ${sample.domMax}, arrows max ${sample.arrowsMax}`,
    );
    console.log(`CPU ms/s while playing: ${cpu.map((row) => row.slice(2, -2)).join('; ')}`);
    writeSection(
      'frames',
      `## Drawing: frames while playing the heavy run

${today()} · ${machine()} · headless Chromium · \`npm run bench -- frames\`

The \`stress\` preset (5 proposers, 7 acceptors, lossy network; ${lanes} lanes) played at the top speed
(32 ticks/s) in a 1366×800 window for up to 12 s, reaching tick ${Math.round(sample.ticks)}. Budget: p95 frame
interval within 20 ms, DOM size bounded (only the visible time window is drawn).

| frames sampled | p50 | p95 | p99 | most DOM elements | most arrows drawn |
|---:|---:|---:|---:|---:|---:|
| ${formatNumber(sample.intervals.length)} | ${at(0.5).toFixed(1)} ms | ${at(0.95).toFixed(1)} ms | ${at(0.99).toFixed(1)} ms | ${formatNumber(sample.domMax)} | ${formatNumber(sample.arrowsMax)} |

Frame intervals depend on whatever else the machine runs; CPU time is steadier. While playing,
Chromium's threads used (ms of CPU per second of playing, from /proc; two cores here):

| thread | CPU ms/s |
|---|---:|
${cpu.join('\n')}`,
    );
  } finally {
    await served.close();
  }
}
