import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';
import { SafetyLab } from './pages/safety-lab';

test.describe('Multi-Paxos on the screen', () => {
  test('mp-stable-leader: three commands chosen in slots 1..3 and applied by every replica, the same everywhere', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-stable-leader');
    await expectWhollyShown(log.panel(), 'the log');
    await app.toEnd();
    const commands = ['put x 1', 'put y 2', 'get x'];
    for (const [i, value] of commands.entries()) {
      const slot = i + 1;
      await expect(log.chosen(slot)).toHaveAttribute('data-slot-chosen', value);
      await expectWhollyShown(log.chosen(slot), `slot ${slot}'s chosen value`);
      for (const replica of ['L1', 'L2'])
        await expect(log.applied(slot, replica)).toHaveAttribute('data-applied', 'command');
    }
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', 'P1');
    await app.expectState('P1', 'leader · ballot 1');
    await app.expectState('L1', 'applied slots 1–3');
    await app.expectState('C1', '#3 answered: 1');
  });

  test('mp-hole-noop: the hole holds noop, chosen and skipped by both replicas', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-hole-noop');
    await app.toEnd();
    await expect(log.chosen(2)).toHaveAttribute('data-slot-chosen', 'noop');
    await expect(log.chosen(2)).toContainText('noop');
    await expectWhollyShown(log.chosen(2), "slot 2's noop");
    for (const replica of ['L1', 'L2'])
      await expect(log.applied(2, replica)).toHaveAttribute('data-applied', 'noop');
  });

  test('mp-leader-fails: the new leader and its ballot in the header, earlier slots kept', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=mp-leader-fails');
    await app.toEnd();
    await app.expectState('P2', 'leader · ballot 2');
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', 'P2');
    await expect(log.chosen(1)).toHaveAttribute('data-slot-chosen', 'X');
    await expect(log.chosen(2)).toHaveAttribute('data-slot-chosen', 'Y');
    await expectWhollyShown(log.slot(1), 'slot 1');
  });

  test('fp-broken-quorums: the screen says safety is no longer guaranteed', async ({
    app,
    page,
  }) => {
    const log = new LogPanel(page);
    await app.open('scenario=fp-broken-quorums');
    await expect(log.unsafeNotice()).toContainText('safety is no longer guaranteed');
    await expectWhollyShown(log.unsafeNotice(), 'the unsafe-quorum notice');
  });

  test('fp-broken-quorums: the lab searches with the run’s quorums and finds two values chosen', async ({
    app,
    page,
  }) => {
    const lab = new SafetyLab(page);
    await app.open('scenario=fp-broken-quorums');
    await lab.openRules();
    // The size the lab shows is the size it searches: the run's four acceptors, fixed by its quorums.
    const acceptors = page.getByRole('combobox', { name: 'Acceptors' });
    await expect(acceptors).toHaveValue('4');
    await expect(acceptors).toBeDisabled();
    await lab.findViolation();
    await expectWhollyShown(lab.violation().first(), 'the broken-agreement mark');
    await expect(lab.foundLine()).toBeVisible();
    await expectWhollyShown(lab.foundLine(), 'the found line');
    // The run on screen is the counterexample, with the same quorums: still flagged unsafe.
    await expect(new LogPanel(page).unsafeNotice()).toContainText('safety is no longer guaranteed');
  });
});
