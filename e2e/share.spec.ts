import { expect, test } from './fixtures';
import { screenOf } from './pages/embed';

type Screen = Awaited<ReturnType<typeof screenOf>>;

/**
 * The same run at the same place: every header, the narration and the position agree, and every
 * message both screens draw has the same fate. (Which time window is scrolled into view is the
 * viewer's, not the run's.)
 */
function sameRun(a: Screen, b: Screen): boolean {
  const fates = (s: Screen) => new Map(s.messages.map((m) => [m.split(' ')[0], m]));
  const theirs = fates(b);
  const shared = [...fates(a)].filter(([id]) => theirs.has(id));
  return (
    JSON.stringify([a.nodes, 'narration' in a && a.narration, 'position' in a && a.position]) ===
      JSON.stringify([b.nodes, 'narration' in b && b.narration, 'position' in b && b.position]) &&
    shared.length > 0 &&
    shared.every(([id, m]) => theirs.get(id) === m)
  );
}
import { MainScreenPage } from './pages/main-screen';

test('a shared link reproduces exactly what the sender saw', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('scenario=basic&lang=zh');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await app.node('A3').click();
  await page.getByRole('menuitem', { name: '宕机' }).click();
  for (let i = 0; i < 4; i++)
    await page.getByRole('button', { name: '下一步', exact: true }).click();
  const sent = await screenOf(page, { words: true });
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('lang=zh');
  expect(link).toContain('e=');

  const other = await context.newPage();
  await other.goto(link);
  await expect(new MainScreenPage(other).node('A3')).toHaveAttribute('data-status', 'crashed');
  await expect.poll(async () => sameRun(await screenOf(other, { words: true }), sent)).toBe(true);
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
  const sent = await screenOf(page, { words: true });
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(new MainScreenPage(fresh).node('A2')).toHaveAttribute('data-side', '1');
  await expect.poll(async () => sameRun(await screenOf(fresh, { words: true }), sent)).toBe(true);
  await fresh.close();
});

test('a tampered link opens the basic scenario with a clear message', async ({ app, page }) => {
  await page.goto('./?scenario=basic&e=N4Igdg9gJgpgzgCwMYFcA&lang=en');
  await expect(page.getByRole('alert')).toContainText(
    'This scenario could not be opened: the list of edits in this link is damaged',
  );
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(app.messages('Request')).toHaveCount(1);
});
