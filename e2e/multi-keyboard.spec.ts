import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { MainScreenPage } from './pages/main-screen';
import { LogPanel } from './pages/log';

/** Types into the focused field, replacing what it held, as a keyboard user does. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Opens a toolbar lever's panel from the keyboard: Tab to its button, Enter. */
async function openLever(app: MainScreenPage, page: Page, name: string): Promise<void> {
  await app.tabTo(page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/**
 * Issue 14's Multi-Paxos levers, each pulled with the keyboard alone, and what the headers
 * (as a screen reader hears them), the log and the narration say afterwards.
 */
test.describe('Multi-Paxos levers by keyboard', () => {
  test('crash the leader: its header says it is down, not the leader, as the log does; P2 takes over', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(8);
    await app.tabTo(app.node('P1').getByRole('button'));
    await page.keyboard.press('Enter');
    const crash = page.getByRole('menuitem', { name: 'Crash' });
    await expect(crash).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.narration()).toContainText('P1 crashes');
    await expect(log.leaderLine()).toHaveText('no leader');
    await expect(app.node('P1').getByRole('button')).toHaveAccessibleName(
      /^P1: down; before it crashed: leader/,
    );
    await page.locator('body').press('End');
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', 'P2');
    await app.expectState('P2', 'leader · ballot 2');
    await expect(app.node('P1')).toHaveAttribute('data-status', 'crashed');
    await expect(app.node('P1').getByRole('button')).toHaveAccessibleName(/^P1: down/);
    await expect(log.chosen(2)).toHaveAttribute('data-slot-chosen', 'put y 2');
  });

  test('send a command (get y) and retry request #2: narration, headers and log follow both', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(10);
    await openLever(app, page, 'Request');
    const dialog = page.getByRole('dialog', { name: 'A client asks a proposer' });
    await app.tabTo(dialog.getByRole('combobox', { name: 'Command' }));
    await page.keyboard.press('ArrowDown');
    await app.tabTo(dialog.getByRole('textbox', { name: 'Key', exact: true }));
    await retype(page, 'y');
    await app.tabTo(dialog.getByRole('button', { name: 'Send request', exact: true }));
    await page.keyboard.press('Enter');
    await expect(app.narration()).toContainText('C1 asks P1 to run get y (request #3).');
    await app.expectState('C1', '#3 waiting (get y)');

    await openLever(app, page, 'Request');
    const retry = dialog.getByLabel('Or retry an earlier request (same client, same seq)');
    // It offers the latest request first (#3): one up is #2.
    await expect(retry).toHaveValue('3');
    await app.tabTo(retry);
    await page.keyboard.press('ArrowUp');
    await expect(retry).toHaveValue('2');
    await app.tabTo(dialog.getByRole('button', { name: 'Retry', exact: true }));
    await page.keyboard.press('Enter');
    await expect(app.narration()).toContainText('C1 sends request #2 (put y 2) to P1 again');
    await page.locator('body').press('End');
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'get y');
    await expect(log.chosen(4)).toHaveAttribute('data-slot-chosen', 'put y 2');
    await expect(log.applied(4, 'L1')).toHaveAttribute('data-applied', 'duplicate');
    await app.expectState('L1', 'applied slots 1–5');
  });

  test('lose a Response from the in-flight list: C1 waits for the other replica’s answer', async ({
    app,
    page,
  }) => {
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(5.5);
    await app.tabTo(page.getByRole('button', { name: /^In flight \(\d+\)$/ }));
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: 'Messages in flight' });
    await app.tabTo(
      list
        .getByRole('group', { name: 'Response(1) L1 → C1' })
        .getByRole('button', { name: 'Drop' }),
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(app.narration()).toContainText('You dropped Response(1) from L1 to C1.');
    await expect(app.narration()).toContainText('C1 has no answer to request #1 yet');
    await app.expectState('C1', '#1 waiting (put x 1)');
    // → steps on until L2's answer, which was not lost, arrives.
    for (let i = 0; i < 10; i++) {
      if ((await app.narration().innerText()).includes('C1 gets its answer')) break;
      await page.locator('body').press('ArrowRight');
    }
    await expect(app.narration()).toContainText('C1 gets its answer to request #1 from L2: 1.');
    await app.expectState('C1', '#1 answered: 1');
  });

  test('window 1 and heartbeat 3, then q2 = 1: the log and the notice say what the panels set', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(1);
    await openLever(app, page, 'Network');
    const network = page.getByRole('dialog', { name: 'Network and timing from the cursor on' });
    await app.tabTo(network.getByLabel('Window (slots in flight)'));
    await retype(page, '1');
    await app.tabTo(network.getByLabel('Leader heartbeat every (ticks)'));
    await retype(page, '3');
    await app.tabTo(network.getByRole('button', { name: 'Apply from the cursor', exact: true }));
    await page.keyboard.press('Enter');
    // The narration names what the panel set, each in a sentence of its own.
    await expect(app.narration()).toContainText(
      'From now on the leader sends a Heartbeat every 3 ticks, so its followers know it is alive.',
    );
    await expect(app.narration()).toContainText(
      'From now on the leader’s window is 1: the most slots it may have proposed and not yet seen chosen at once.',
    );
    await app.seek(8);
    await expect(log.leaderLine()).toContainText('in flight 1/1');

    await openLever(app, page, 'Quorums');
    const quorums = page.getByRole('dialog', { name: 'Quorum sizes for the whole run' });
    await app.tabTo(quorums.getByLabel('Phase 2 quorum q2 (accepted)'));
    await retype(page, '1');
    await app.tabTo(quorums.getByRole('button', { name: 'Use these quorums', exact: true }));
    await page.keyboard.press('Enter');
    await expect(log.unsafeNotice()).toContainText('q1 = 2 and q2 = 1 of 3 acceptors');
    await page.locator('body').press('End');
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'get x');
    await expect(log.leaderLine()).toContainText('in flight 0/1');
  });
});
