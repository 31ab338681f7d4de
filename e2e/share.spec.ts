import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MainScreenPage } from './pages/main-screen';

/** What the screen says: every header's full state, every message's kind and fate, the narration. */
async function screenOf(page: Page) {
  return {
    nodes: await page
      .locator('[data-node] button')
      .evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))),
    messages: await page
      .locator('[data-message]')
      .evaluateAll((m) =>
        m
          .map(
            (e) =>
              `${e.getAttribute('data-id')} ${e.getAttribute('data-message')} ${e.getAttribute('data-fate')}`,
          )
          .sort(),
      ),
    narration: await page.locator('[data-narration]').innerText(),
    position: await page.locator('[data-cursor]').innerText(),
  };
}

test('a shared link reproduces exactly what the sender saw', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('scenario=basic&lang=zh');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await app.node('A3').click();
  await page.getByRole('menuitem', { name: '宕机' }).click();
  for (let i = 0; i < 4; i++)
    await page.getByRole('button', { name: '下一步', exact: true }).click();
  const sent = await screenOf(page);
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('lang=zh');
  expect(link).toContain('e=');

  const other = await context.newPage();
  await other.goto(link);
  await expect(new MainScreenPage(other).node('A3')).toHaveAttribute('data-status', 'crashed');
  expect(await screenOf(other)).toEqual(sent);
  expect(other.url()).toBe(link);
});

test('the address bar follows the run, so copying it also works', async ({
  app,
  page,
  browser,
}) => {
  await app.open('scenario=two-values&lang=en');
  await app.seek(7);
  await app.node('A2').click();
  await page.getByRole('menuitem', { name: 'Isolate' }).click();
  await expect(page).toHaveURL(/e=/);
  const sent = await screenOf(page);
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('[data-node="A2"]')).toHaveAttribute('data-side', '1');
  expect(await screenOf(fresh)).toEqual(sent);
  await fresh.close();
});

test('a tampered link opens the basic scenario with a clear message', async ({ page }) => {
  await page.goto('./?scenario=basic&e=N4Igdg9gJgpgzgCwMYFcA&lang=en');
  await expect(page.getByRole('alert')).toContainText(
    'This scenario could not be opened: the list of edits in this link is damaged',
  );
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-message="Request"]')).toHaveCount(1);
});
