import { openStress, serveBuiltApp } from './browser';
import type { Served } from './browser';
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

interface Sample {
  intervals: number[];
  domMax: number;
  arrowsMax: number;
  ticks: number;
}

/** One play of the stress run in a fresh 1366×800 page at `ticksPerSecond` (the top speed when absent). */
async function play(
  served: Served,
  ticksPerSecond?: number,
): Promise<Sample & { lanes: number; cpu: [string, number][] }> {
  const page = await served.browser.newPage({ viewport: { width: 1366, height: 800 } });
  try {
    await openStress(page, served.url, ticksPerSecond);
    const lanes = await page.evaluate(() => document.querySelectorAll('[data-node]').length);
    const cpuBefore = chromiumCpu();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const sample = (await page.evaluate(SAMPLER)) as Sample;
    return { lanes, cpu: cpuBetween(cpuBefore, chromiumCpu()), ...sample };
  } finally {
    await page.close();
  }
}

function row(label: string, sample: Sample): string {
  const sorted = [...sample.intervals].sort((a, b) => a - b);
  const at = (q: number) => `${quantile(sorted, q).toFixed(1)} ms`;
  console.log(
    `frames ${label}: ${sample.intervals.length} sampled, p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}; DOM max ${sample.domMax}, arrows max ${sample.arrowsMax}`,
  );
  return `| ${label} | ${formatNumber(sample.intervals.length)} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${formatNumber(sample.domMax)} | ${formatNumber(sample.arrowsMax)} |`;
}

export async function benchFrames(): Promise<void> {
  const served = await serveBuiltApp();
  try {
    const top = await play(served);
    const seconds = top.intervals.reduce((a, b) => a + b, 0) / 1000;
    const cpu = top.cpu.map(
      ([name, ms]) => `| ${name} | ${formatNumber(Math.round(ms / seconds))} |`,
    );
    console.log(`CPU ms/s while playing: ${cpu.map((line) => line.slice(2, -2)).join('; ')}`);
    // A lecturer plays at 1 tick/s: each packet glides for a whole second, so this speed
    // measures the animation itself rather than how fast steps can be drawn.
    const slow = await play(served, 1);
    writeSection(
      'frames',
      `## Drawing: frames while playing the heavy run

${today()} · ${machine()} · headless Chromium · \`npm run bench -- frames\`

The \`stress\` preset (5 proposers, 7 acceptors, lossy network; ${top.lanes} lanes) played in a
1366×800 window for up to 12 s: at the top speed (32 ticks/s), reaching tick ${Math.round(top.ticks)}, and
at 1 tick/s. Budget: p95 frame interval within 20 ms at the top speed and one frame (16.7 ms) at
1 tick/s, DOM size bounded (only the visible time window is drawn).

| speed | frames sampled | p50 | p95 | p99 | most DOM elements | most arrows drawn |
|---|---:|---:|---:|---:|---:|---:|
${row('32 ticks/s', top)}
${row('1 tick/s', slow)}

Frame intervals depend on whatever else the machine runs; CPU time is steadier. While playing
at the top speed, Chromium's threads used (ms of CPU per second of playing, from /proc; two
cores here):

| thread | CPU ms/s |
|---|---:|
${cpu.join('\n')}`,
    );
  } finally {
    await served.close();
  }
}
