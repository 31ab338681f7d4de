import { frameIntervals, launchChromium, openStress } from '../bench/browser';
import { quantile } from '../bench/report';

/**
 * Which parts of the screen cost frames: plays the stress preset at top speed with parts hidden
 * by injected CSS and prints frame-interval percentiles for each (`vite preview --port 4174`).
 */
const variants: Record<string, string> = {
  baseline: '',
  'no canvas': '.px-arrow-canvas{display:none}',
  'no interactive svg': '.px-swimlanes__svg{display:none}',
  'no back svg': '.px-swimlanes__back{display:none}',
  'no headers': '.px-headers__nodes{display:none}',
  'no labels': '.px-labels{display:none}',
  'no narration': '.px-narration{display:none}',
  'no animations': '*{animation:none!important}',
  'no fade-in': '.px-fade-in{animation:none!important}',
  'no flash': '.px-flash{animation:none!important}',
  'nothing drawn': '#root{display:none}',
};
const only = process.env.ONLY?.split(',');
const browser = await launchChromium();
for (const [name, css] of Object.entries(variants)) {
  if (only && !only.includes(name)) continue;
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await openStress(page, `http://127.0.0.1:${process.env.PORT ?? 4174}/`);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  if (css) await page.addStyleTag({ content: css });
  const intervals = (await frameIntervals(page, 5000, 3)).sort((a, b) => a - b);
  const q = (p: number) => quantile(intervals, p).toFixed(1);
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
