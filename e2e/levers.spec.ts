import { expect, test } from './fixtures';

test.describe('levers', () => {
  test('crash A3 from its header: two acceptors still decide, nothing reaches A3, its column is down', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await app.node('A3').click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await expect(app.node('A3')).toHaveAttribute('data-status', 'crashed');
    await app.toEnd();
    await expect(app.messages(undefined, { to: 'A3', fate: 'delivered' })).toHaveCount(0);
    await expect(app.messages(undefined, { to: 'A3', fate: 'dropped' }).first()).toBeVisible();
    await app.expectState('A1', 'accepted (1, X)');
    await app.expectState('A2', 'accepted (1, X)');
    await app.expectState('L1', 'learned X');
    await page.screenshot({ path: 'e2e/screenshots/lever-crash.png' });
  });

  test('restart a crashed acceptor from its menu', async ({ app, page }) => {
    await app.open('scenario=acceptor-failure&lang=en');
    await app.seek(3);
    await expect(app.node('A3')).toHaveAttribute('data-status', 'crashed');
    await app.node('A3').click();
    await expect(page.getByRole('menuitem', { name: 'Crash' })).toBeDisabled();
    await page.getByRole('menuitem', { name: 'Restart' }).click();
    await expect(app.node('A3')).toHaveAttribute('data-status', 'up');
    await app.toEnd();
    await app.expectState('A3', 'accepted (1, X)');
  });

  test('isolate a node: it is on a side of its own and its messages are lost', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await app.node('P1').click();
    await page.getByRole('menuitem', { name: 'Isolate' }).click();
    await expect(app.node('P1')).toHaveAttribute('data-side', '1');
    await expect(app.node('A1')).toHaveAttribute('data-side', '2');
    await app.toEnd();
    await app.expectState('L1', 'learned nothing');
    // Cut off from tick 1, P1 never receives C1's request, so it never prepares.
    await expect(app.messages('Request')).toHaveAttribute('data-fate', 'dropped');
    await expect(app.messages('Prepare')).toHaveCount(0);
  });

  test('the partition editor splits {P1, A1} from the rest, and Heal lets Paxos finish', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await page.getByRole('button', { name: 'Partition', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Split the network from the cursor on' });
    await dialog.getByRole('button', { name: 'P1', exact: true }).click();
    await dialog.getByRole('button', { name: 'A1', exact: true }).click();
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(app.node('P1')).toHaveAttribute('data-side', '2');
    await expect(app.node('A2')).toHaveAttribute('data-side', '1');
    await app.seek(12);
    await app.expectState('L1', 'learned nothing');
    await page.getByRole('button', { name: 'Partition', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Heal', exact: true }).click();
    await expect(app.node('P1')).not.toHaveAttribute('data-side', /.*/);
    await app.toEnd();
    await app.expectState('L1', 'learned X');
  });

  test('drop, duplicate and delay a message in flight', async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    // Each lever is pulled on the message the menu names: a click on an arrow near its
    // receiver, where it runs alone, opens the menu of that one message.
    const pull = async (to: string, lever: 'Drop' | 'Duplicate' | 'Delay') => {
      await app.seek(1.5);
      await app.pointAt(app.messages('Prepare', { to }).first(), 'click', 0.85);
      const menu = page.getByRole('menu', {
        name: `What the network does with Prepare(1) P1 → ${to}`,
      });
      await expect(menu).toBeVisible();
      await menu.getByRole('menuitem', { name: lever }).click();
    };
    await pull('A3', 'Drop');
    await app.seek(2.5);
    await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'dropped');

    await pull('A2', 'Duplicate');
    await app.seek(6);
    await expect(app.messages('Prepare', { to: 'A2' })).toHaveCount(2);

    await pull('A1', 'Delay');
    await app.seek(2.5);
    await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'in-flight');
    await app.seek(4.5);
    await expect(app.messages('Prepare', { to: 'A1' })).toHaveAttribute('data-fate', 'delivered');
  });

  test('add a competing proposer with its own client and value, then remove it', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.seek(2);
    await page.getByRole('button', { name: 'Proposers', exact: true }).click();
    await page.getByLabel('Value for the new proposer’s client').fill('Q');
    await page.getByRole('button', { name: 'Add proposer', exact: true }).click();
    await expect(app.node('P2')).toBeVisible();
    await expect(app.node('C2')).toBeVisible();
    await app.toEnd();
    await app.expectState('C2', 'answered: X');
    await page.getByRole('button', { name: 'Proposers', exact: true }).click();
    await page.getByRole('button', { name: 'Remove P2', exact: true }).click();
    await expect(app.node('P2')).toHaveCount(0);
  });

  test('a client request box sends a new request', async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    await app.seek(6);
    await page.getByRole('button', { name: 'Request', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Client').selectOption('C1');
    await dialog.getByLabel('Proposer').selectOption('P1');
    await dialog.getByLabel('Value').fill('W');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await app.seek(8);
    await expect(app.messages('Request', { from: 'C1', named: 'Request(W)' })).toHaveAttribute(
      'data-fate',
      'delivered',
    );
  });

  test('network settings from the cursor on: total loss stops progress; a bad number is explained', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Loss (%)').fill('250');
    await dialog.getByRole('button', { name: 'Apply from the cursor' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Check the numbers: “Loss (%)” takes a whole number from 0 to 100.',
    );
    await dialog.getByLabel('Loss (%)').fill('100');
    await dialog.getByLabel('Delay from (ticks)').fill('9');
    await dialog.getByRole('button', { name: 'Apply from the cursor' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Check the numbers: “Delay from (ticks)” (9) is above its “to (ticks)” (1).',
    );
    await dialog.getByLabel('Delay from (ticks)').fill('1');
    await dialog.getByRole('button', { name: 'Apply from the cursor' }).click();
    await expect(dialog).toHaveCount(0);
    await app.seek(8);
    await app.expectState('A1', 'no promise');
  });

  test('you are the network: nothing arrives until you deliver it', async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    await page.getByLabel('You are the network').check();
    await expect(
      page.getByText('You are the network: click a message in flight and choose Deliver.'),
    ).toBeVisible();
    await app.toEnd();
    await expect(app.messages('Request')).toHaveAttribute('data-fate', 'in-flight');
    await app.pointAt(app.messages('Request'), 'click');
    await page.getByRole('menuitem', { name: 'Deliver' }).click();
    await expect(app.messages('Request')).toHaveAttribute('data-fate', 'delivered');
    await expect(app.messages('Prepare')).toHaveCount(3);
    await app.toEnd();
    await expect(app.messages('Prepare').first()).toHaveAttribute('data-fate', 'in-flight');
  });

  test('an edit in the past branches history and Undo brings the old future back', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.toEnd();
    await app.seek(1.5);
    await app.node('A1').click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await app.node('A2').click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await app.toEnd();
    await app.expectState('L1', 'learned nothing');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await app.toEnd();
    await app.expectState('L1', 'learned X');
  });

  test('importing a bad file shows the validator’s message and keeps the run; a good one opens', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.seek(3);
    const input = page.getByLabel('Import a scenario file');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          version: 1,
          nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 1 },
          script: [{ at: 1, crash: 'A9' }],
        }),
      ),
    });
    await expect(app.importError()).toHaveText(
      'bad.json was not opened: script[0].crash: unknown node "A9" (acceptors are A1..A3)',
    );
    await app.expectState('P1', 'phase 2');
    const tricky = {
      version: 1,
      nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 1 },
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: '<img src=x onerror=alert(1)>' } },
      ],
    };
    await input.setInputFiles({
      name: 'tricky.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tricky)),
    });
    await expect(app.importError()).toHaveCount(0);
    await app.toEnd();
    await app.expectState('L1', 'learned <img src=x onerror=alert(1)>');
    await expect(page.locator('img')).toHaveCount(0);
  });
});
