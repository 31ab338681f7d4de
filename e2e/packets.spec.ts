import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousProblems } from './pages/axe';

/**
 * Messages in flight as a user hits them: a click on a packet's dot reaches that message, the
 * menu names the message it acts on, a click that reaches several asks which, and the list of
 * messages in flight offers every lever to a keyboard.
 */

/** Whole inside the viewport: a user sees all of it without scrolling. */
async function expectInViewport(page: Page, element: Locator): Promise<void> {
  const box = (await element.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/** The in-flight list shows exactly these messages, oldest first. */
async function expectRows(list: Locator, names: string[]): Promise<void> {
  await expect(list.getByRole('group')).toHaveCount(names.length);
  for (const [row, name] of names.entries())
    await expect(list.getByRole('group').nth(row)).toHaveAccessibleName(name);
}

test('a click on a packet in flight opens the menu of that message, by name', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await app.seek(1.5);
  await app.clickPacket(app.packets('Prepare', { from: 'P1', to: 'A2' }));
  await expect(app.menuTitle()).toHaveText('Prepare(1) P1 → A2');
  await expectInViewport(page, page.getByRole('menu'));
  await page.getByRole('menuitem', { name: 'Drop' }).click();
  await app.seek(3);
  await expect(app.messages('Prepare', { to: 'A2' })).toHaveAttribute('data-fate', 'dropped');
  await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'delivered');
  await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'delivered');
  await app.expectState('A2', 'no promise');
});

test('near the sender, where arrows crowd, the menu asks which message; Delay hits the one named', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await app.seek(1.5);
  // Just below P1, the three Prepare arrows are a few pixels apart.
  await app.clickAlong(app.messages('Prepare', { to: 'A1' }), 0.03);
  await expect(app.menuTitle()).toHaveText(/messages here: which one\?/);
  const toA1 = page.getByRole('menuitem', { name: 'Prepare(1) P1 → A1', exact: true });
  await expect(toA1).toBeVisible();
  expect(await page.getByRole('menuitem', { name: /^Prepare\(1\) P1 → A/ }).count()).toBe(3);
  await toA1.click();
  await expect(app.menuTitle()).toHaveText('Prepare(1) P1 → A1');
  await page.getByRole('menuitem', { name: 'Delay' }).click();
  await app.seek(2.5);
  await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'in-flight');
  await expect(app.messages('Prepare', { to: 'A2' })).toHaveAttribute('data-fate', 'delivered');
  await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'delivered');
  await app.seek(4.5);
  await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'delivered');
});

test('packets on top of each other: the menu lists them to choose from', async ({ app, page }) => {
  await app.open('scenario=basic&lang=en');
  // Just after P1 sends its Prepares, their three packets overlap below it.
  await app.seek(1.05);
  await app.clickPacket(app.packets('Prepare', { to: 'A2' }));
  await expect(app.menuTitle()).toHaveText('3 messages here: which one?');
  const choices = page.getByRole('menuitem');
  await expect(choices).toHaveText([
    'Prepare(1) P1 → A2',
    'Prepare(1) P1 → A1',
    'Prepare(1) P1 → A3',
  ]);
  await expectInViewport(page, page.getByRole('menu'));
  await page.getByRole('menuitem', { name: 'Prepare(1) P1 → A3' }).click();
  await expect(app.menuTitle()).toHaveText('Prepare(1) P1 → A3');
  await expect(page.getByRole('menuitem', { name: 'Deliver' })).toBeFocused();
  expect(await seriousProblems(page)).toEqual([]);
});

test('you are the network, by keyboard: the in-flight list delivers the message named', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await page.getByRole('checkbox', { name: 'You are the network' }).check();
  const opener = page.getByRole('button', { name: 'In flight (1)' });
  await app.tabTo(opener);
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Messages in flight' });
  await expectInViewport(page, list);
  const request = list.getByRole('group', { name: 'Request(X) C1 → P1' });
  await expect(request.getByRole('button', { name: 'Deliver' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.messages('Request')).toHaveAttribute('data-fate', 'delivered');
  // P1 prepares at once: its three Prepares are what is in flight now, and the focus is on them.
  await expectRows(list, ['Prepare(1) P1 → A1', 'Prepare(1) P1 → A2', 'Prepare(1) P1 → A3']);
  await expect(page.getByRole('button', { name: 'In flight (3)' })).toBeVisible();
  await expect(
    list
      .getByRole('group', { name: 'Prepare(1) P1 → A1' })
      .getByRole('button', { name: 'Deliver' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'delivered');
  await expect(app.messages('Prepare', { to: 'A2' })).toHaveAttribute('data-fate', 'in-flight');
});

test('at the cursor, by keyboard: Drop in the in-flight list loses exactly that message', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await app.seek(1.5);
  await app.tabTo(page.getByRole('button', { name: 'In flight (3)' }));
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Messages in flight' });
  await expect(list).toContainText('Each lever acts at tick 2');
  const drop = list
    .getByRole('group', { name: 'Prepare(1) P1 → A3' })
    .getByRole('button', { name: 'Drop' });
  await app.tabTo(drop);
  await expectInViewport(page, drop);
  await page.keyboard.press('Enter');
  await expectRows(list, ['Prepare(1) P1 → A1', 'Prepare(1) P1 → A2']);
  expect(await seriousProblems(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await app.toEnd();
  await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'dropped');
  // A3 never heard the Prepare, so it never promised; the other two are still a majority.
  await expect(app.messages('Promise', { from: 'A3' })).toHaveCount(0);
  await expect(app.messages('Promise', { from: 'A1' })).toHaveAttribute('data-fate', 'delivered');
  await app.expectState('L1', 'learned X');
});
