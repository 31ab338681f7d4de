import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { LogPanel } from './pages/log';
import { LOG_RULE_NAMES } from './pages/safety-lab';

test.describe('safety lab on a Multi-Paxos run', () => {
  test('lists the rules a log has, and searches for a run that breaks the log', async ({
    app,
    lab,
    page,
  }) => {
    await app.open('scenario=mp-stable-leader&lang=en');
    await lab.openRules();
    // Each switch is named by its label: the rule's name, then its state.
    const names = await lab.drawer().locator('[data-rule] .px-rule__name').allInnerTexts();
    expect(names).toEqual(Object.values(LOG_RULE_NAMES));
    await expect(
      page.getByRole('switch', { name: 'Propose what the promises report' }),
    ).toHaveCount(0);
    await expect(
      lab.drawer().getByRole('heading', { name: 'Find a run that breaks the log' }),
    ).toBeVisible();
    await expect(lab.drawer()).toContainText('Multi-Paxos is safe, and its log complete');
    await lab.logRule('no-dedup').click();
    await expect(lab.rulesButton()).toHaveAccessibleName(/1 broken/);
    await expect(lab.logRule('no-dedup')).not.toBeChecked();
    await expect(page).toHaveURL(/[?&]e=/);
  });

  test('finds the shortest run in which a broken skip-holes leaves a slot empty, and every place says so', async ({
    app,
    lab,
    page,
  }) => {
    // Every schedule of up to 15 steps is searched first: half a minute on a busy machine.
    test.setTimeout(240_000);
    const log = new LogPanel(page);
    await app.open('scenario=mp-hole-noop&bug=skip-holes&lang=en');
    await lab.openRules();
    await expect(lab.logRule('skip-holes')).not.toBeChecked();
    await lab.findCounterexample();
    // Random schedules find a run within a second; it is on the timeline while every shorter
    // schedule is searched, and the drawer says both.
    const interim = lab.drawer().locator('[data-search-interim]');
    await expect(interim).toContainText(
      /^Random schedules found a run of \d+ steps in which a slot below the leader’s next one is left empty for ever.*Searching every shorter schedule/,
    );
    await expectWhollyShown(interim, 'the run found so far');
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toContainText(
      'Counterexample: Fill every gap with noop',
    );
    await expect(lab.foundLine()).toBeVisible({ timeout: 200_000 });
    await expect(lab.foundLine()).toContainText(
      'in which a slot below the leader’s next one is left empty for ever, so no replica can apply past it',
    );
    await expectWhollyShown(lab.foundLine(), 'the search’s outcome');
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toContainText(
      'Counterexample: Fill every gap with noop',
    );
    // The narration names the leader that leaves the hole; the log follows the same leader
    // and shows the slot below its next one with nothing chosen in it.
    const hole = app.narration().getByText(/^P\d leads ballot \d but proposes nothing in slot \d/);
    await expect(hole).toBeVisible();
    const [, leader, ballot, slot] =
      /^(P\d) leads ballot (\d) but proposes nothing in slot (\d)/.exec(await hole.innerText())!;
    await expect(log.leaderLine()).toHaveAttribute('data-log-leader', leader!);
    await expect(log.leaderLine()).toContainText(`leader ${leader} · ballot\u00a0${ballot}`);
    await expect(log.chosen(Number(slot))).toHaveCount(0);
    await expect(app.node(leader!)).toContainText(`b${ballot}`);
  });
});
