import { launchChromium, openStress } from '../bench/browser';

/**
 * Where the page's main thread spends a frame while the stress preset plays at top speed: a
 * Chromium timeline trace, self time per event name (children subtracted), divided by frames.
 * `PORT=4174 CSS='.px-arrow-canvas{display:none}' npx tsx scripts/look/selftime.mts` hides a
 * part first, to see what it costs.
 */
interface E {
  ph: string;
  name: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
const port = Number(process.env.PORT ?? 4174);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
await openStress(page, `http://127.0.0.1:${port}/`);
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'],
});
const t0 = Number(await page.locator('[data-cursor]').getAttribute('data-cursor'));
await page.getByRole('button', { name: 'Play', exact: true }).click();
await page.waitForTimeout(4000);
const t1 = Number(await page.locator('[data-cursor]').getAttribute('data-cursor'));
const buffer = await browser.stopTracing();
await browser.close();
const events = (JSON.parse(buffer.toString()) as { traceEvents: E[] }).traceEvents;
const names = new Map<string, string>();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
const main = events
  .filter(
    (e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X' && (e.dur ?? 0) > 0,
  )
  .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const self = new Map<string, number>();
const stack: { e: E; end: number; child: number }[] = [];
const close = (upTo: number) => {
  while (stack.length && stack[stack.length - 1]!.end <= upTo) {
    const s = stack.pop()!;
    self.set(s.e.name, (self.get(s.e.name) ?? 0) + (s.e.dur! - s.child) / 1000);
    if (stack.length) stack[stack.length - 1]!.child += s.e.dur!;
  }
};
for (const e of main) {
  close(e.ts);
  stack.push({ e, end: e.ts + e.dur!, child: 0 });
}
close(Infinity);
const ticks = main.filter((e) => e.name === 'FireAnimationFrame').length;
console.log(
  `${ticks} frames, ${(t1 - t0).toFixed(0)} ticks; main-thread self time per frame (ms):`,
);
[...self.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 9)
  .forEach(([k, v]) => console.log((v / ticks).toFixed(2).padStart(7), k));
