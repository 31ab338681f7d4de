import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';

test.describe('Multi-Paxos levers', () => {
  test('q1/q2: 2 + 2 of 3 acceptors keeps Paxos safe, 2 + 1 brings the unsafe-quorum notice, Undo takes it away', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await expect(log.unsafeNotice()).toHaveCount(0);
    await page.getByRole('button', { name: 'Quorums', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Quorum sizes for the whole run' });
    await expect(dialog.getByLabel('Phase 1 quorum q1 (promises)')).toHaveValue('2');
    await dialog.getByLabel('Phase 2 quorum q2 (accepted)').fill('1');
    await dialog.getByRole('button', { name: 'Use these quorums', exact: true }).click();
    await expect(log.unsafeNotice()).toContainText('q1 = 2 and q2 = 1 of 3 acceptors');
    await expectWhollyShown(log.unsafeNotice(), 'the unsafe-quorum notice');
    await page.screenshot({ path: 'e2e/screenshots/multi-lever-quorums.png' });
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(log.unsafeNotice()).toHaveCount(0);
  });

  test('q1/q2 out of range is refused in the panel, naming the field', async ({ app, page }) => {
    await app.open('scenario=mp-stable-leader&lang=en');
    await page.getByRole('button', { name: 'Quorums', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Quorum sizes for the whole run' });
    await dialog.getByLabel('Phase 1 quorum q1 (promises)').fill('4');
    await dialog.getByRole('button', { name: 'Use these quorums', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('takes a whole number from 1 to 3');
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('window 1 from the cursor: the leader has one slot in flight at a time, and the log says so', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(1);
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Network and timing from the cursor on' });
    await expect(dialog.getByLabel('Window (slots in flight)')).toHaveValue('5');
    await dialog.getByLabel('Window (slots in flight)').fill('1');
    await dialog.getByLabel('Leader heartbeat every (ticks)').fill('3');
    await dialog.getByRole('button', { name: 'Apply from the cursor', exact: true }).click();
    await app.seek(8);
    await expect(log.leaderLine()).toContainText(/in flight [01]\/1/);
    await app.toEnd();
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'get x');
    await app.expectState('L1', 'applied slots 1–3');
    await page.screenshot({ path: 'e2e/screenshots/multi-lever-window.png' });
  });

  test('crash the leader from its header: P2 times out, leads in ballot 2, and the log goes on', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(8);
    await app.expectState('P1', 'leader · ballot 1');
    await app.node('P1').click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await expect(app.node('P1')).toHaveAttribute('data-status', 'crashed');
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', '');
    await app.toEnd();
    await app.expectState('P2', 'leader · ballot 2');
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', 'P2');
    await expect(log.chosen(1)).toHaveAttribute('data-slot-chosen', 'put x 1');
  });

  test('on a phone the Quorums lever waits under More and opens in view', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open('scenario=mp-stable-leader&lang=en');
    await page.getByRole('button', { name: 'More levers' }).click();
    await page.getByRole('button', { name: 'Quorums', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Quorum sizes for the whole run' });
    await page.screenshot({ path: 'e2e/screenshots/multi-lever-quorums-phone.png' });
    await expectWhollyShown(dialog, 'the Quorums panel');
  });

  test('retry request #1 (same client, same seq): chosen again in a later slot, answered from cache, not applied twice', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    const duplicate = log.panel().locator('[data-replica-applied="L1"][data-applied="duplicate"]');
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(10);
    await page.getByRole('button', { name: 'Request', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'A client asks a proposer' });
    await dialog
      .getByLabel('Or retry an earlier request (same client, same seq)')
      .selectOption('1');
    await dialog.getByRole('button', { name: 'Retry', exact: true }).click();
    await app.toEnd();
    await expect(duplicate).toHaveCount(1);
    await expect(log.chosen(1)).toHaveAttribute('data-slot-chosen', 'put x 1');
    await app.expectState('L1', 'x=1');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await app.toEnd();
    await expect(duplicate).toHaveCount(0);
  });
});
