import { launchChromium } from '../bench/browser';

/**
 * Where the browser's time goes while a run plays: a Chromium timeline trace of 2 s of playback
 * against `vite preview --port 4174`, summed by event name (script, style, layout, paint,
 * raster). `SCENARIO=stress SPEED=7 npx tsx scripts/look/trace-page.mts`.
 */
interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
await page.goto(`http://127.0.0.1:4174/?scenario=${process.env.SCENARIO ?? 'stress'}&lang=en`);
await page.waitForSelector('[data-node]');
await page.getByLabel('Speed').selectOption({ index: Number(process.env.SPEED ?? 7) });
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
});
await page.getByRole('button', { name: 'Play', exact: true }).click();
await page.waitForTimeout(2000);
const buffer = await browser.stopTracing();
await browser.close();
const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
const totals = new Map<string, number>();
for (const e of events)
  if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
[...totals.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 18)
  .forEach(([k, v]) => console.log(v.toFixed(0).padStart(6), 'ms', k));
