import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Rule } from './pages/safety-lab';
import { expectWhollyShown } from './pages/boxes';

/** Screens the lab was cramped on, each with a rule to break (a different one each). */
const LAPTOPS: { width: number; height: number; rule: Rule }[] = [
  { width: 1280, height: 800, rule: 'amnesiac-acceptor' },
  { width: 1366, height: 768, rule: 'ignore-promised-values' },
  { width: 1920, height: 1080, rule: 'accept-any-ballot' },
];

/** Asserts that each named box is shown whole: in the viewport, cut off by no scrolling box. */
async function expectWhole(boxes: Record<string, Locator>): Promise<void> {
  for (const [name, box] of Object.entries(boxes)) {
    await expect(box, name).toBeVisible();
    await expectWhollyShown(box, name);
  }
}

test.describe('the safety lab has room', () => {
  for (const { width, height, rule } of LAPTOPS) {
    test(`at ${width}×${height} the search, its outcome and the whole explanation are on screen beside the diagram`, async ({
      app,
      lab,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await app.open('scenario=dueling-proposers');
      await lab.openRules();
      await lab.rule(rule).click();
      await expect(lab.rulesButton()).toHaveAccessibleName(/1 broken/);
      await lab.searchSmall();
      await lab.findViolation();
      const explanation = lab.explanation();
      await expect(explanation).toHaveCount(2);
      await expectWhole({
        'Find counterexample': lab.findButton(),
        'the Found in … sentence': lab.foundLine(),
        'the violation card': lab.quorums(),
        'the quorum table': lab.quorumTable(),
        'which values were chosen': explanation.nth(0),
        'what let the second one be chosen': explanation.nth(1),
        'the narration’s violation sentence': app
          .narration()
          .getByText(/^Two different values are chosen/),
        'the mark on the diagram': lab.violation(),
      });
      // The drawer pushes the diagram aside: it covers none of it.
      const diagram = (await page
        .getByRole('group', { name: 'Paxos message diagram' })
        .boundingBox())!;
      const drawer = (await lab.drawer().boundingBox())!;
      expect(diagram.x + diagram.width).toBeLessThanOrEqual(drawer.x);
    });
  }

  for (const { width, height } of [
    { width: 360, height: 740 },
    { width: 740, height: 360 },
  ]) {
    test(`on a ${width}×${height} phone the lab is a panel of its own that shows the outcome and closes onto the run`, async ({
      app,
      lab,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await app.open('scenario=dueling-proposers&bug=minority-quorum');
      await lab.openRules();
      await lab.findCounterexample();
      await expect(lab.foundLine()).toBeVisible({ timeout: 30_000 });
      await expectWhole({
        'the Found in … sentence': lab.foundLine(),
        'the drawer’s close button': lab.closeButton(),
      });
      // The explanation follows in the panel, which scrolls to it.
      await lab.scrollDrawerTo(lab.conflictSentence());
      await expectWhole({ 'which values were chosen': lab.conflictSentence() });
      await lab.closeButton().click();
      await expect(lab.drawer()).toHaveCount(0);
      await expect(lab.rulesButton()).toBeFocused();
      await lab.violation().scrollIntoViewIfNeeded();
      await expectWhole({ 'the mark on the diagram': lab.violation() });
    });
  }
});

test('on a phone on its side, the open drawer neither covers nor squeezes the diagram, its playback or the header', async ({
  app,
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await app.open('scenario=dueling-proposers&bug=minority-quorum');
  const diagram = page.getByRole('group', { name: 'Paxos message diagram' });
  const closedWidth = (await diagram.boundingBox())!.width;
  await lab.openRules();
  await lab.findCounterexample();
  await expect(lab.foundLine()).toBeVisible({ timeout: 30_000 });
  const drawer = (await lab.drawer().boundingBox())!;
  const endsLeftOfDrawer = async (name: string, box: Locator) => {
    const { x, width } = (await box.boundingBox())!;
    expect(x + width, `${name} ends left of the drawer`).toBeLessThanOrEqual(drawer.x + 0.5);
  };
  // The header and the goal above the stage make room for the drawer, so none of it lies under.
  await endsLeftOfDrawer('the header', page.locator('.px-top'));
  await endsLeftOfDrawer('the goal', page.locator('.px-goal'));
  // The stage is one screen tall, as without the drawer: scrolled to, all of it is in sight.
  await page.locator('.px-stage').evaluate((stage) => stage.scrollIntoView());
  const stage = {
    'the diagram': diagram,
    'the mark on the diagram': lab.violation(),
    'the tick readout': app.readout(),
    Step: app.button('Step'),
  };
  await expectWhole(stage);
  for (const [name, box] of Object.entries(stage)) await endsLeftOfDrawer(name, box);
  // Nor does it squeeze the diagram: the drawer takes the words' column, not the diagram's.
  expect((await diagram.boundingBox())!.width).toBeGreaterThanOrEqual(closedWidth * 0.95);
});

for (const { width, height } of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
]) {
  test(`presented at ${width}×${height}, a found counterexample's violation sentence and its mark are whole`, async ({
    app,
    lab,
    page,
  }) => {
    // A lecturer finds the run first, then presents it.
    await page.setViewportSize({ width, height });
    await app.open('scenario=dueling-proposers&bug=minority-quorum');
    await lab.openRules();
    await lab.findCounterexample();
    await expect(lab.foundLine()).toBeVisible({ timeout: 30_000 });
    await lab.closeButton().click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
    await expectWhole({
      'the narration’s violation sentence': app
        .narration()
        .getByText(/^Two different values are chosen/),
      'the mark on the diagram': lab.violation(),
    });
  });
}

test('the amnesiac acceptor’s counterexample says which ballot chose first, as the run did', async ({
  app,
  lab,
}) => {
  await app.open('scenario=dueling-proposers&bug=amnesiac-acceptor');
  await lab.openRules();
  await lab.searchSmall();
  await lab.findViolation();
  const card = await lab.conflictSentence().innerText();
  const ending = await app.narration().innerText();
  // The table's rows are plain facts of the run: which value each accept quorum accepted, where.
  const rows = await lab.quorumTable().getByRole('rowheader').allInnerTexts();
  const ballotOf = (value: string) => {
    const row = rows.map((r) => r.match(new RegExp(`^${value} accepted in ballot (\\d+)$`)));
    return Number(row.find((m) => m !== null)![1]);
  };
  // Walk back to the step where the run chose its first value, and read it off the narration.
  let chosen: RegExpMatchArray | null = null;
  for (let back = 0; chosen === null && back < 60; back++) {
    await app.button('Step back').click();
    chosen = (await app.narration().innerText()).match(
      /(\w+) is now chosen: [^.]* in ballot (\d+)\./,
    );
  }
  expect(chosen, 'a step at which a value is chosen').not.toBeNull();
  const [first, firstBallot] = [chosen![1]!, chosen![2]!];
  const second = first === 'X' ? 'Y' : 'X';
  const secondBallot = ballotOf(second);
  expect(ballotOf(first)).toBe(Number(firstBallot));
  const which = secondBallot < Number(firstBallot) ? 'earlier' : 'later';
  expect(card).toMatch(
    new RegExp(
      `^Two values are chosen: first ${first} in ballot ${firstBallot} by .*, then ${second} in the ${which} ballot ${secondBallot} by `,
    ),
  );
  expect(ending).toContain(
    `Two different values are chosen: first ${first} in ballot ${firstBallot} by `,
  );
  expect(ending).toContain(`now ${second} in the ${which} ballot ${secondBallot} by `);
  expect(ending).not.toContain('nothing keeps a later ballot');
});
