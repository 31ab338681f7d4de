import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { seriousProblems } from './pages/axe';
import { LogPanel } from './pages/log';

/** The ids of the arrows a locator finds, in order. */
function idsOf(arrows: Locator): Promise<string[]> {
  return arrows.evaluateAll((elements) =>
    elements.map((e) => e.getAttribute('data-id')!).sort((a, b) => Number(a) - Number(b)),
  );
}

/**
 * A slot's messages are its Accept! and Accepted (a selector fact, src/store/slotMessages.ts).
 * A Promise answers for every slot from its Prepare's on, so it lights with none of them.
 */
test.describe('Multi-Paxos: a log slot and its messages', () => {
  test('pointing at a slot lights exactly its Accept! and Accepted, every other arrow dims', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    await app.fit().click();
    await expect(log.highlightedRows()).toHaveCount(0);
    await log.slot(2).hover();
    await expect(log.slot(2)).toHaveAttribute('data-highlighted', '');
    await expect(log.highlightedRows()).toHaveCount(1);
    // 3 Accept! to the acceptors, 9 Accepted from each acceptor to P1, L1 and L2.
    await expect(app.highlighted()).toHaveCount(12);
    expect(await idsOf(app.highlighted())).toEqual(await idsOf(app.slotMessages(2)));
    await expect(app.highlighted().and(page.locator('[data-message="Accept"]'))).toHaveCount(3);
    await expect(app.messages('Promise').and(page.locator('[data-highlighted]'))).toHaveCount(0);
    await expect(app.messages('Accept', { named: 'Accept!(1,1,' }).first()).toHaveClass(
      /px-arrow--dimmed/,
    );
    for (const arrow of await app.highlighted().all())
      expect(await app.arrowInDiagram(arrow), 'a lit arrow is in view').toBe(true);
    await page.screenshot({ path: 'e2e/screenshots/log-slot-lit.png' });
    expect(await seriousProblems(page)).toEqual([]);
    await page.mouse.move(5, 400);
    await expect(app.highlighted()).toHaveCount(0);
    await expect(log.highlightedRows()).toHaveCount(0);
  });

  test('a click keeps the slot lit, a second click lets go; focusing a slot lights it like pointing', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    await app.fit().click();
    await log.slotButton(1).click();
    await expect(log.slotButton(1)).toHaveAttribute('aria-pressed', 'true');
    await page.mouse.move(5, 400);
    await expect(log.slot(1)).toHaveAttribute('data-highlighted', '');
    expect(await idsOf(app.highlighted())).toEqual(await idsOf(app.slotMessages(1)));
    await log.slotButton(1).click();
    await expect(log.slotButton(1)).toHaveAttribute('aria-pressed', 'false');
    await page.mouse.move(5, 400);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await expect(app.highlighted()).toHaveCount(0);

    await app.tabTo(log.slotButton(3));
    await expect(log.slot(3)).toHaveAttribute('data-highlighted', '');
    await expect(app.highlighted()).toHaveCount(12);
    expect(await idsOf(app.highlighted())).toEqual(await idsOf(app.slotMessages(3)));
    await expectWhollyShown(log.slotButton(3), "slot 3's button");
    await page.keyboard.press('Tab');
    await expect(log.highlightedRows()).toHaveCount(0);
    await expect(app.highlighted()).toHaveCount(0);
  });

  test('clicking an Accept! marks its slot in the log; clicking a Promise marks none', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    // Slot 2's Accept! leave P1 at tick 8: a user clicks the dot where one is now.
    await app.seek(8.6);
    await app.clickPacket(app.packets('Accept', { from: 'P1', to: 'A3' }));
    await expect(app.messages('Accept', { to: 'A3', fate: 'in-flight' })).toHaveAttribute(
      'data-highlighted',
      '',
    );
    await expect(log.slot(2)).toHaveAttribute('data-highlighted', '');
    await expect(log.highlightedRows()).toHaveCount(1);
    await expectWhollyShown(log.slot(2), 'the marked slot');
    await page.screenshot({ path: 'e2e/screenshots/log-slot-from-message.png' });
    await page.keyboard.press('Escape');
    // The promises fly from tick 2 to 3, before anything of slot 2 is sent.
    await app.seek(2.6);
    await app.clickPacket(app.packets('Promise', { from: 'A3', to: 'P1' }));
    await expect(app.messages('Promise', { from: 'A3' })).toHaveAttribute('data-highlighted', '');
    await expect(log.highlightedRows()).toHaveCount(0);
  });

  test('Escape lets go of a picked slot and brings the whole diagram back; an open panel takes its Escape first', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    const dimmed = page.locator('.px-arrow--dimmed');
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    await app.fit().click();
    await log.slotButton(2).click();
    await expect(app.highlighted()).toHaveCount(12);
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Network and timing from the cursor on' });
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(log.slotButton(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(app.highlighted()).toHaveCount(12);
    await page.keyboard.press('Escape');
    await expect(log.slotButton(2)).toHaveAttribute('aria-pressed', 'false');
    await expect(log.highlightedRows()).toHaveCount(0);
    await expect(app.highlighted()).toHaveCount(0);
    await expect(dimmed).toHaveCount(0);

    // The pointer resting on the row and the focus on its button do not keep it lit.
    await log.slotButton(3).click();
    await expect(dimmed).not.toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(log.highlightedRows()).toHaveCount(0);
    await expect(dimmed).toHaveCount(0);
    // Nor after a second click on the picked row, which lets go as Escape does.
    await log.slotButton(1).click();
    await expect(log.slot(1)).toHaveAttribute('data-highlighted', '');
    await log.slotButton(1).click();
    await expect(log.slotButton(1)).toHaveAttribute('aria-pressed', 'false');
    await expect(log.highlightedRows()).toHaveCount(0);
    await expect(app.highlighted()).toHaveCount(0);
    await expect(dimmed).toHaveCount(0);
  });

  test('Escape closes a message’s menu first, then lets go of the message and its slot’s mark', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(8.6);
    await app.clickPacket(app.packets('Accept', { from: 'P1', to: 'A3' }));
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(log.slot(2)).toHaveAttribute('data-highlighted', '');
    await page.keyboard.press('Escape');
    await expect(log.highlightedRows()).toHaveCount(0);
    await expect(app.highlighted()).toHaveCount(0);
    await expect(page.locator('.px-arrow--dimmed')).toHaveCount(0);
  });

  test('in presenter mode Escape lets go of the picked slot first, and leaves the mode after', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    await page.keyboard.press('p');
    await expect(app.presenter()).toBeVisible();
    await log.slotButton(2).click();
    await expect(app.highlighted()).toHaveCount(12);
    await page.keyboard.press('Escape');
    await expect(app.presenter()).toBeVisible();
    await expect(app.highlighted()).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(app.presenter()).toHaveCount(0);
  });

  test('packets of the lit slot in flight light with their arrows', async ({ app, page }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(8);
    const packets = app.packets('Accept');
    await expect(packets).toHaveCount(3);
    await log.slotButton(2).click();
    await expect(packets.and(page.locator('[data-slot="2"][data-highlighted]'))).toHaveCount(3);
    await log.slotButton(1).click();
    await expect(packets.and(page.locator('[data-highlighted]'))).toHaveCount(0);
  });

  test('on a phone the log band lights its slot in the diagram above it', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    await app.fit().click();
    await log.slotButton(2).click();
    await expectWhollyShown(log.slot(2), 'slot 2 on a phone');
    expect(await idsOf(app.highlighted())).toEqual(await idsOf(app.slotMessages(2)));
    await page.screenshot({ path: 'e2e/screenshots/log-slot-lit-phone.png' });
  });
});
