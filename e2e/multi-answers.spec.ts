import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';

test.describe('Multi-Paxos: answers and commands', () => {
  test('lose both answers to request #1 (packet menu, in-flight list): C1 waits, retries the same (client, seq), replicas answer from cache', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    // Both replicas answer request #1 between ticks 5 and 6.
    await app.seek(5.5);
    await app.clickPacket(app.packets('Response', { from: 'L1', to: 'C1' }));
    await expect(app.menuTitle()).toHaveText('Response(1) L1 → C1');
    await page.getByRole('menuitem', { name: 'Drop' }).click();
    await expect(app.narration()).toContainText(
      'C1 has no answer to request #1 yet: unless another replica’s answer arrives, it sends the same (client, seq) again at tick 20.',
    );
    await page.getByRole('button', { name: /^In flight \(\d+\)$/ }).click();
    const list = page.getByRole('dialog', { name: 'Messages in flight' });
    await list
      .getByRole('group', { name: 'Response(1) L2 → C1' })
      .getByRole('button', { name: 'Drop' })
      .click();
    await page.keyboard.press('Escape');
    await expect(app.messages('Response', { to: 'C1', fate: 'dropped' })).toHaveCount(2);

    await app.seek(12);
    await app.expectState('C1', '#1 waiting (put x 1) · #2 answered: 2');
    await expect(app.countdown('C1')).toBeVisible();
    await expectWhollyShown(app.node('C1'), "C1's header");

    await app.seek(20);
    await expect(
      app.messages('Request', { from: 'C1', to: 'P2', named: 'Request(put x 1)' }),
    ).toHaveCount(1);
    await app.toEnd();
    await expect(log.chosen(4)).toHaveAttribute('data-slot-chosen', 'put x 1');
    for (const replica of ['L1', 'L2'])
      await expect(log.applied(4, replica)).toHaveAttribute('data-applied', 'duplicate');
    await app.expectState('L1', 'applied slots 1–4');
    await app.expectState('L1', 'x=1, y=2');
    await app.expectState('C1', '#1 waiting (put x 1)');
    await expectWhollyShown(log.slot(4), 'slot 4');
    await page.screenshot({ path: 'e2e/screenshots/multi-lost-response.png' });
  });

  test('send a command: the Request panel builds put k v and get k, and a replica’s whole key-value state opens from the log', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.seek(18);
    await page.getByRole('button', { name: 'Request', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'A client asks a proposer' });
    await expect(dialog.getByLabel('Command')).toHaveValue('put');
    await dialog.getByRole('textbox', { name: 'Key' }).fill('z');
    await dialog.getByRole('textbox', { name: 'Value' }).fill('9');
    await page.screenshot({ path: 'e2e/screenshots/multi-request-command.png' });
    await expectWhollyShown(dialog, 'the Request panel');
    await dialog.getByRole('button', { name: 'Send request', exact: true }).click();
    await expect(app.messages('Request', { from: 'C1', named: 'Request(put z 9)' })).toHaveCount(1);

    await page.getByRole('button', { name: 'Request', exact: true }).click();
    await dialog.getByLabel('Command').selectOption('get');
    await expect(dialog.getByRole('textbox', { name: 'Value' })).toHaveCount(0);
    await dialog.getByRole('textbox', { name: 'Key' }).fill('two words');
    await expect(dialog.getByRole('button', { name: 'Send request', exact: true })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Key' }).fill('z');
    await dialog.getByRole('button', { name: 'Send request', exact: true }).click();

    await app.toEnd();
    await expect(log.chosen(4)).toHaveAttribute('data-slot-chosen', 'put z 9');
    await expect(log.chosen(5)).toHaveAttribute('data-slot-chosen', 'get z');
    await app.expectState('C1', '#5 answered: 9');
    // The header shortens the state to three keys; the log opens all of it.
    await app.expectState('L1', 'x=1, y=2, z=9');
    await log.replicaStore('L2').locator('summary').click();
    await expect(log.storeKey('L2', 'z')).toHaveAttribute('data-store-value', '9');
    await expect(log.replicaStore('L2').locator('[data-store-key]')).toHaveCount(3);
    await expectWhollyShown(log.storeKey('L2', 'z'), "L2's z");
    await page.screenshot({ path: 'e2e/screenshots/multi-replica-store.png' });
  });
});
