import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';

/**
 * The levers every run has, on a Multi-Paxos run: after each, the headers, the log panel and
 * the narration tell the same story. mp-stable-leader's Accept! for slot 1 fly from tick 3 to 4.
 */
test.describe('Multi-Paxos: the network levers', () => {
  test('isolate A1 from its header: slots are chosen without its vote; Undo brings its votes back', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(3.5);
    await app.node('A1').click();
    await page.getByRole('menuitem', { name: 'Isolate' }).click();
    await expect(app.narration()).toContainText('The network splits: {A1} | {C1, P1, P2, A2, A3');
    await app.seek(4.5);
    await expect(app.messages('Accept', { to: 'A1' })).toHaveAttribute('data-fate', 'dropped');
    await app.toEnd();
    for (const [slot, value] of ['put x 1', 'put y 2', 'get x'].entries()) {
      await expect(log.chosen(slot + 1)).toHaveAttribute('data-slot-chosen', value);
      await expect(log.vote(slot + 1, 'A1')).toHaveCount(0);
      await expect(log.vote(slot + 1, 'A2')).toHaveCount(1);
    }
    await app.expectState('A1', 'accepted in 0 slots');
    await app.expectState('L1', 'applied slots 1–3');
    await page.screenshot({ path: 'e2e/screenshots/multi-isolate.png' });
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await app.toEnd();
    await expect(log.vote(1, 'A1')).toHaveCount(1);
    await app.expectState('A1', 'accepted in 3 slots');
  });

  test('partition {P1, A1} from the rest, then heal: request #2 is lost on the way, get x lands in slot 2', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(3.5);
    await page.getByRole('button', { name: 'Partition', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Split the network from the cursor on' });
    await dialog.getByRole('button', { name: 'P1', exact: true }).click();
    await dialog.getByRole('button', { name: 'A1', exact: true }).click();
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(app.node('P1')).toHaveAttribute('data-side', '2');
    await app.seek(12.5);
    // P1 and A1 are not a quorum: slot 1 is proposed, not chosen.
    await expect(log.chosen(1)).toHaveCount(0);
    await app.expectState('L1', 'applied nothing');
    await page.getByRole('button', { name: 'Partition', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Heal', exact: true }).click();
    await expect(app.narration()).toContainText('The partition heals');
    await expect(app.node('P1')).not.toHaveAttribute('data-side', /.*/);
    await app.toEnd();
    await expect(log.chosen(1)).toHaveAttribute('data-slot-chosen', 'put x 1');
    await expect(log.chosen(2)).toHaveAttribute('data-slot-chosen', 'get x');
    await expect(log.slot(3)).toHaveCount(0);
    await app.expectState('L1', 'applied slots 1–2');
    // Request #2 went to P1 across the cut; C1 still waits for it and will retry.
    await expect(app.messages('Request', { named: 'Request(put y 2)' })).toHaveAttribute(
      'data-fate',
      'dropped',
    );
    await app.expectState('C1', '#2 waiting (put y 2) · #3 answered: 1');
  });

  test('duplicate one Accept! and delay another: the copy is counted once, the late one changes nothing', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(3.5);
    await app.clickPacket(app.packets('Accept', { to: 'A1' }));
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(app.narration()).toContainText(
      'The network makes a second copy of Accept!(1,1,put x 1) from P1 to A1.',
    );
    await app.clickPacket(app.packets('Accept', { to: 'A2' }));
    await page.getByRole('menuitem', { name: 'Delay' }).click();
    await expect(app.narration()).toContainText(
      'Accept!(1,1,put x 1) from P1 to A2 is held back until tick 6.',
    );
    await expect(app.messages('Accept', { to: 'A1' })).toHaveCount(2);
    await app.seek(6.5);
    await expect(log.vote(1, 'A2')).toHaveCount(1);
    await app.toEnd();
    await expect(log.chosen(1)).toHaveAttribute('data-slot-chosen', 'put x 1');
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'get x');
    await app.expectState('A1', 'accepted in 3 slots');
    await app.expectState('L2', 'applied slots 1–3');
    await app.expectState('C1', '#3 answered: 1');
  });

  test('add a proposer: P3 brings a command of its own, put z 3, which the log, the headers and the narration follow into slot 3; removing P3 takes it away', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(8.5);
    await page.getByRole('button', { name: 'Proposers', exact: true }).click();
    // The run's commands touch x and y: the new client puts a fresh key, its proposer's number.
    const dialog = page.getByRole('dialog', { name: 'Competing proposers' });
    const command = dialog.getByRole('group', { name: /^Command for the new proposer’s client/ });
    await expect(command.getByRole('combobox', { name: 'Command' })).toHaveValue('put');
    await expect(command.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('z');
    await expect(command.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('3');
    await expectWhollyShown(dialog, 'the Proposers panel');
    await page.screenshot({ path: 'e2e/screenshots/multi-add-proposer-panel.png' });
    await dialog.getByRole('button', { name: 'Add proposer', exact: true }).click();
    await expect(app.node('P3')).toBeVisible();
    // Step by step, the narration names the command as the log and headers will.
    const said: string[] = [];
    for (let i = 0; i < 12 && !said.some((line) => line.includes('P3 is not the leader')); i++) {
      await app.button('Step').click();
      said.push(await app.narration().innerText());
    }
    expect(said.join('\n')).toContain('C2 asks P3 to run put z 3 (request #1).');
    expect(said.join('\n')).toContain('P3 is not the leader: it forwards put z 3 to P1.');
    await expect(app.messages('Request', { from: 'P3', to: 'P1' })).toHaveCount(1);
    await app.toEnd();
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'put z 3');
    await expect(log.chosen(4)).toHaveAttribute('data-slot-chosen', 'get x');
    await app.expectState('P3', 'follows P1');
    await app.expectState('C2', '#1 answered: 3');
    await app.expectState('L1', 'applied slots 1–4');
    await app.expectState('L1', 'z=3');
    await log.replicaStore('L2').locator('summary').click();
    await expect(log.storeKey('L2', 'z')).toHaveAttribute('data-store-value', '3');
    await expectWhollyShown(app.node('C2'), "C2's header");
    await page.screenshot({ path: 'e2e/screenshots/multi-add-proposer.png' });
    await page.getByRole('button', { name: 'Proposers', exact: true }).click();
    await page.getByRole('button', { name: 'Remove P3', exact: true }).click();
    await expect(app.node('P3')).toHaveCount(0);
    await app.toEnd();
    await expect(log.chosen(3)).toHaveAttribute('data-slot-chosen', 'get x');
    await expect(log.slot(4)).toHaveCount(0);
  });

  test('you are the network: only what you deliver arrives, one vote at a time in the log', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(3.5);
    await page.getByLabel('You are the network').check();
    await page.getByRole('button', { name: /^In flight \(\d+\)$/ }).click();
    const list = page.getByRole('dialog', { name: 'Messages in flight' });
    await expect(list).toContainText('You are the network: Deliver hands a message over now.');
    await list
      .getByRole('group', { name: 'Accept!(1,1,put x 1) P1 → A1' })
      .getByRole('button', { name: 'Deliver' })
      .click();
    await page.keyboard.press('Escape');
    await expect(app.narration()).toContainText('A1 accepts put x 1 in slot 1, ballot 1');
    await expect(log.vote(1, 'A1')).toHaveCount(1);
    await expect(log.vote(1, 'A2')).toHaveCount(0);
    await expect(log.chosen(1)).toHaveCount(0);
    await app.expectState('A1', 'accepted in 1 slot');
    await app.expectState('A2', 'accepted in 0 slots');
    await app.expectState('L1', 'applied nothing');
    await expectWhollyShown(log.vote(1, 'A1'), "A1's vote");
  });
});
