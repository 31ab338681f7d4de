import { chromium } from '@playwright/test';
import { chromiumCpu, cpuBetween } from '../bench/cpu';

/**
 * Two builds side by side (`PORTS=4175,4176 ROUNDS=2 npx tsx scripts/look/ab-frames.mts`, each
 * served by `vite preview --outDir …`): the stress preset at top speed for 12 s in each, in turn,
 * with frame-interval percentiles and CPU per thread, so both meet the same machine.
 */
const ports = (process.env.PORTS ?? '4175,4176').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (let round = 0; round < rounds; round++) {
  for (const port of ports) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?scenario=stress&lang=en`);
    await page.waitForSelector('[data-node]');
    await page.getByLabel('Speed').selectOption({ index: 7 });
    const before = chromiumCpu();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const intervals = (await page.evaluate(
      `new Promise((resolve) => { const out = []; let last = performance.now(); const start = last; const f = (now) => { out.push(now - last); last = now; if (now - start < 12000) requestAnimationFrame(f); else resolve(out.slice(5)); }; requestAnimationFrame(f); })`,
    )) as number[];
    const cpu = cpuBetween(before, chromiumCpu());
    const sorted = [...intervals].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.floor(sorted.length * p)]!.toFixed(1);
    console.log(
      `${port} frames ${intervals.length} p50 ${q(0.5)} p95 ${q(0.95)} p99 ${q(0.99)} | CPU ms/s ${cpu.map(([, ms]) => Math.round(ms / 12)).join(' / ')}`,
    );
    await page.close();
  }
}
await browser.close();
