import { frameIntervals, launchChromium, openStress } from '../bench/browser';
import { chromiumCpu, cpuBetween } from '../bench/cpu';
import { quantile } from '../bench/report';

/**
 * Two builds side by side (`PORTS=4175,4176 ROUNDS=2 npx tsx scripts/look/ab-frames.mts`, each
 * served by `vite preview --outDir …`): the stress preset at top speed for 12 s in each, in turn,
 * with frame-interval percentiles and CPU per thread, so both meet the same machine.
 */
const ports = (process.env.PORTS ?? '4175,4176').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 2);
const browser = await launchChromium();
for (let round = 0; round < rounds; round++) {
  for (const port of ports) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await openStress(page, `http://127.0.0.1:${port}/`);
    const before = chromiumCpu();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const intervals = await frameIntervals(page, 12_000, 5);
    const cpu = cpuBetween(before, chromiumCpu());
    const sorted = [...intervals].sort((a, b) => a - b);
    const q = (p: number) => quantile(sorted, p).toFixed(1);
    console.log(
      `${port} frames ${intervals.length} p50 ${q(0.5)} p95 ${q(0.95)} p99 ${q(0.99)} | CPU ms/s ${cpu.map(([, ms]) => Math.round(ms / 12)).join(' / ')}`,
    );
    await page.close();
  }
}
await browser.close();
