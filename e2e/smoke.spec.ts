import { expect, test } from '@playwright/test';

test('the app runs the engine in the browser and draws the basic run', async ({ page }) => {
  await page.goto('./');
  const diagram = page.locator('[data-diagram="ascii"]');
  await expect(diagram).toContainText('Prepare(1)');
  await expect(diagram).toContainText('Accepted(1,X)');
});
