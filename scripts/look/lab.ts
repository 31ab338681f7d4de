import { launchChromium } from '../bench/browser';
import { mkdirSync } from 'node:fs';

/**
 * Screenshots of the safety lab for a human to look at, against a running
 * `vite preview --port 4174` (or PORT): for each size, a broken rule's counterexample on the
 * timeline, the Rules panel open over it, the same in presenter mode, and (desktop) Chinese and
 * the bounded claim when every rule is kept.
 * `npx tsx scripts/look/lab.ts [bug] [sizes...]`
 */
const [bug = 'minority-quorum', ...sizes] = process.argv.slice(2);
const SIZES: Record<string, { width: number; height: number; scale?: number }> = {
  desktop: { width: 1366, height: 800 },
  phone: { width: 360, height: 740, scale: 2 },
  projector: { width: 1920, height: 1080 },
};
const base = `http://127.0.0.1:${process.env.PORT ?? 4174}/?motion=0&scenario=dueling-proposers`;
mkdirSync('e2e/screenshots', { recursive: true });
const browser = await launchChromium();
for (const size of sizes.length > 0 ? sizes : ['desktop', 'phone']) {
  const s = SIZES[size]!;
  const page = await browser.newPage({
    viewport: { width: s.width, height: s.height },
    deviceScaleFactor: s.scale ?? 1,
  });
  const shot = async (name: string) =>
    page.screenshot({ path: `e2e/screenshots/lab-${name}-${size}.png` });
  await page.goto(`${base}&bug=${bug}`);
  await page.getByRole('button', { name: /^Rules/ }).click();
  await page.getByRole('switch').first().waitFor();
  await shot('rules');
  await page.getByRole('button', { name: 'Find counterexample' }).click();
  await page.locator('[data-violation="Agreement"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await shot(`${bug}-panel`);
  await page.keyboard.press('Escape');
  // Where the Find button was is now the diagram: a pointer left there would show a tooltip.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(200);
  await shot(bug);
  // Presenter mode (P): the same marks, on the projector's layout.
  await page.keyboard.press('p');
  await page.waitForTimeout(300);
  await shot(`${bug}-present`);
  await page.keyboard.press('Escape');
  if (size === 'desktop') {
    await page.goto(`${base}&lang=zh&bug=${bug}`);
    await page.getByRole('button', { name: /^规则/ }).click();
    await page.getByRole('button', { name: '寻找反例' }).click();
    await page.locator('[data-violation="Agreement"]').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    await shot(`${bug}-zh`);
    await page.goto(base);
    await page.getByRole('button', { name: /^Rules/ }).click();
    await page.getByRole('button', { name: 'Find counterexample' }).click();
    await page.locator('[data-search="done"]').waitFor({ timeout: 120_000 });
    await shot('intact');
  }
  await page.close();
}
await browser.close();
