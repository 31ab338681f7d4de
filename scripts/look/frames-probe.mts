import { chromium } from '@playwright/test';

/**
 * Which parts of the diagram cost frames: plays the stress preset at top speed with parts hidden
 * by injected CSS and prints frame-interval percentiles for each (`vite preview --port 4174`).
 */
const variants: Record<string, string> = {
  baseline: '',
  'no lines': '.px-arrow__line,.px-arrow__lost{display:none}',
  'no packets': '.px-arrow__packet{display:none}',
  'no lines, no packets': '.px-arrow__line,.px-arrow__lost,.px-arrow__packet{display:none}',
  'no headers or labels': '.px-headers__nodes,.px-labels{visibility:hidden}',
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [name, css] of Object.entries(variants)) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await page.goto('http://127.0.0.1:4174/?scenario=stress&lang=en');
  await page.waitForSelector('[data-node]');
  if (css) await page.addStyleTag({ content: css });
  await page.getByLabel('Speed').selectOption({ index: 7 });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const intervals = (await page.evaluate(
    `new Promise((resolve) => { const out = []; let last = performance.now(); const start = last; const f = (now) => { out.push(now - last); last = now; if (now - start < 4000) requestAnimationFrame(f); else resolve(out.slice(3)); }; requestAnimationFrame(f); })`,
  )) as number[];
  intervals.sort((a, b) => a - b);
  const q = (p: number) => intervals[Math.floor(intervals.length * p)]!.toFixed(1);
  console.log(
    name.padEnd(24),
    'frames',
    String(intervals.length).padStart(4),
    'p50',
    q(0.5),
    'p95',
    q(0.95),
  );
  await page.close();
}
await browser.close();
