import { launchChromium } from '../bench/browser';

/**
 * What the main thread does between navigation and the first lane painted: a Chromium timeline
 * trace of one fresh page load, then each task of 4 ms or more up to the first contentful paint
 * with what it spent its time on (evaluating modules, a function call such as React's render,
 * style, layout), and the totals by event name. Against a running server:
 * `URL='http://127.0.0.1:4174/?scenario=basic' npx tsx scripts/look/first-lane-trace.mts`.
 */
interface TraceEvent {
  ph: string;
  name: string;
  ts: number;
  dur?: number;
  tid: number;
}
const url = process.env.URL ?? 'http://127.0.0.1:4174/?scenario=basic';
const browser = await launchChromium();
const context = await browser.newContext({ serviceWorkers: 'block' });
await context.addInitScript(`
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-lane], .px-lane') === null) return;
    performance.mark('first-lane');
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
`);
const page = await context.newPage();
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
});
await page.goto(url);
await page.waitForSelector('[data-lane], .px-lane', { state: 'attached' });
await page.waitForTimeout(300);
const buffer = await browser.stopTracing();
await browser.close();
const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
const timed = events.filter((e): e is TraceEvent & { dur: number } => e.ph === 'X' && !!e.dur);
const mark = events.find((e) => e.name === 'first-lane');
const paint = events.find((e) => e.name === 'firstContentfulPaint');
if (mark === undefined) throw new Error('the trace has no first-lane mark');
const main = mark.tid;
const zero = events.find((e) => e.name === 'navigationStart')?.ts ?? timed[0]!.ts;
const end = Math.max(mark.ts, paint?.ts ?? 0);
const at = (ts: number) => ((ts - zero) / 1000).toFixed(0).padStart(5);
console.log(
  `lane in the page at ${at(mark.ts)} ms, first contentful paint at ${paint ? at(paint.ts) : '?'} ms`,
);
const onMain = timed.filter((e) => e.tid === main && e.ts >= zero && e.ts <= end);
for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur >= 4000)) {
  const inner = new Map<string, number>();
  for (const e of onMain)
    if (e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur >= 1000)
      inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur / 1000);
  const parts = [...inner.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
  console.log(
    `${at(task.ts)} +${(task.dur / 1000).toFixed(0).padStart(4)} ms: ${parts.join(', ')}`,
  );
}
const totals = new Map<string, number>();
for (const e of onMain) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
for (const [name, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(ms.toFixed(0).padStart(6), 'ms', name);
