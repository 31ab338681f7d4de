import { launchChromium } from '../bench/browser';
import { mkdirSync } from 'node:fs';

/**
 * Screenshots for a human to look at (`npx tsx scripts/look/shoot.ts URL_QUERY NAME [steps]`
 * against a running `vite preview --port 4174`): desktop, phone, projector. A URL_QUERY that
 * starts with `/` is a page of its own (`/embed-example.html`), taken whole as it is.
 */
const [query = '', name = 'shot', stepsArg = '0', ...sizes] = process.argv.slice(2);
const SIZES: Record<string, { width: number; height: number; scale?: number }> = {
  desktop: { width: 1366, height: 800 },
  laptop: { width: 1280, height: 720 },
  phone: { width: 360, height: 740, scale: 2 },
  landscape: { width: 740, height: 360, scale: 2 },
  projector: { width: 1920, height: 1080 },
  '4k': { width: 3840, height: 2160 },
  embed: { width: 640, height: 420 },
};
mkdirSync('e2e/screenshots', { recursive: true });
const browser = await launchChromium();
for (const size of sizes.length > 0 ? sizes : Object.keys(SIZES)) {
  const s = SIZES[size]!;
  const page = await browser.newPage({
    viewport: { width: s.width, height: s.height },
    deviceScaleFactor: s.scale ?? 1,
  });
  const path = query.startsWith('/') ? query : `/?motion=0&${query}`;
  await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4174}${path}`);
  await page.waitForSelector('[data-node]');
  for (let i = 0; i < Number(stepsArg); i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.screenshot({
    path: `e2e/screenshots/${name}-${size}.png`,
    fullPage: query.startsWith('/'),
  });
  await page.close();
}
await browser.close();
