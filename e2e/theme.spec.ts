import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { MainScreenPage } from './pages/main-screen';

test.describe('themes', () => {
  for (const size of [
    { name: 'desktop', width: 1366, height: 800, scale: 1 },
    { name: 'phone', width: 360, height: 740, scale: 2 },
  ])
    test(`dark theme on a ${size.name}: readable, and kept in the link`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        colorScheme: 'light',
      });
      const page = await context.newPage();
      const app = new MainScreenPage(page);
      await app.open('scenario=dueling-proposers&lang=en');
      await page.getByRole('button', { name: 'Dark' }).click();
      await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(page).toHaveURL(/theme=dark/);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(21, 24, 28)');
      await app.seek(9);
      await page.screenshot({ path: `e2e/screenshots/dark-${size.name}.png` });
      const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target))).toEqual([]);
      await page.getByRole('button', { name: 'System' }).click();
      await expect(page).not.toHaveURL(/theme=/);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(251, 250, 247)',
      );
      await context.close();
    });

  test('system follows the operating system; a link’s theme pins it', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await new MainScreenPage(page).open('scenario=basic');
    const body = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await body()).toBe('rgb(21, 24, 28)');
    await new MainScreenPage(page).open('scenario=basic&theme=light');
    expect(await body()).toBe('rgb(251, 250, 247)');
    await context.close();
  });
});
