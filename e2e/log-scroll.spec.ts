import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { cutsOf, expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';

/**
 * Sixteen commands from C1, one every two ticks, each chosen in its own slot: more rows than
 * the log panel shows at 1280×800, so it scrolls. Slot 16's Accept! leave P1 at tick 31;
 * at 31.5 the one to A2 flies alone (the one to A3 crosses a Response).
 */
const MANY_SLOTS = JSON.stringify({
  version: 1,
  protocol: 'multi-paxos',
  nodes: { clients: 1, proposers: 2, acceptors: 3, learners: 2 },
  proposer: { timeout: 10, backoff: [0, 5], heartbeat: 5, window: 5 },
  until: 40,
  script: Array.from({ length: 16 }, (_, i) => ({
    at: 2 * i,
    request: { client: 'C1', proposer: 'P1', value: `put k${i + 1} ${i + 1}` },
  })),
});

/** How far a row's top lies under the bottom of the log's column headings, which stay on top. */
function belowHeadings(row: Locator): Promise<number> {
  return row.evaluate((element) => {
    const head = element.closest('table')!.querySelector('thead')!.getBoundingClientRect();
    return element.getBoundingClientRect().top - head.bottom;
  });
}

test.describe('Multi-Paxos: the log scrolls to the slot of a clicked message', () => {
  test('clicking slot 16’s Accept! in the diagram scrolls the log panel, and only it, to slot 16’s row', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.importFile({
      name: 'many-slots.json',
      mimeType: 'application/json',
      text: MANY_SLOTS,
    });
    await app.seek(31.5);
    await expect(log.slot(16)).toHaveCount(1);
    expect(await cutsOf(log.slot(16)), 'slot 16 starts out of the panel’s view').not.toEqual([]);
    const lanes = await app.diagram().boundingBox();
    const header = await app.node('P1').boundingBox();

    await app.clickPacket(app.packets('Accept', { from: 'P1', to: 'A2' }));
    await expect(log.slot(16)).toHaveAttribute('data-highlighted', '');
    await expectWhollyShown(log.slot(16), 'slot 16’s row');
    expect(
      await belowHeadings(log.slot(16)),
      'slot 16 is not under the headings',
    ).toBeGreaterThanOrEqual(-1);
    await expect(page.getByRole('menu')).toBeVisible();
    // The page and the swimlanes stay where they were: only the log panel scrolled.
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    expect(await app.diagram().boundingBox()).toEqual(lanes);
    expect(await app.node('P1').boundingBox()).toEqual(header);
    await page.screenshot({ path: 'e2e/screenshots/log-scroll-to-slot.png' });
  });

  test('a slot picked and then scrolled away from stays where the user left the panel', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.importFile({
      name: 'many-slots.json',
      mimeType: 'application/json',
      text: MANY_SLOTS,
    });
    await app.seek(31.5);
    await log.slotButton(2).click();
    await expect(log.slotButton(2)).toHaveAttribute('aria-pressed', 'true');
    const scroll = log.panel().locator('.px-log__scroll');
    await scroll.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.mouse.move(5, 400);
    await app.button('Step').click();
    await expect(log.slot(2)).toHaveAttribute('data-highlighted', '');
    expect(await cutsOf(log.slot(16)), 'the user’s scroll is kept').toEqual([]);
  });
});
