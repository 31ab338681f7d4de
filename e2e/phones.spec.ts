import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { MainScreenPage } from './pages/main-screen';
import { seriousProblems } from './pages/axe';
import {
  countsOverWords,
  cutsOf,
  expectWhollyShown,
  overlap,
  overlappingLabels,
  roomBeside,
  scrollToBottom,
  shownBox,
  sidewaysScroll,
  smallTargets,
} from './pages/boxes';
import { Embedded } from './pages/embed';
import { LogPanel } from './pages/log';

const PHONES = [
  { name: 'a phone', width: 360, height: 740 },
  { name: 'a larger phone', width: 390, height: 844 },
  { name: 'a phone on its side', width: 740, height: 360 },
];

/** The diagram, its words and playback, as a user finds them on the screen. */
function stage(app: MainScreenPage, page: Page) {
  return {
    diagram: page.getByRole('main'),
    step: app.button('Step'),
    play: app.button('Play'),
    scrubber: page.getByRole('slider', { name: 'Time in the run' }),
    controls: page.getByRole('group', { name: 'Playback' }),
    lesson: page.getByRole('region', { name: 'Lesson' }),
    narration: page.getByRole('region', { name: 'What just happened' }),
  };
}

for (const size of PHONES) {
  test.describe(`on ${size.name} (${size.width}×${size.height})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
    });

    test('the page never scrolls sideways, at the start or at the end of a long run', async ({
      app,
      page,
    }) => {
      await app.open('scenario=basic&lang=en');
      expect(await sidewaysScroll(page)).toBe(0);
      await app.open('scenario=dueling-proposers&lang=en');
      await app.toEnd();
      await expect(app.readout()).toContainText('step 175 of 175');
      expect(await sidewaysScroll(page)).toBe(0);
    });

    test('scrolled down to playback, the whole diagram, the lesson and the narration are in sight, nothing over anything', async ({
      app,
      page,
    }) => {
      // Stop 4 of the basic lesson: a long sentence.
      await app.open('scenario=basic&lang=en&t=4');
      await expect(app.readout()).toContainText('tick 4 of 6');
      await scrollToBottom(page);
      const parts = stage(app, page);
      await expectWhollyShown(parts.diagram, 'the diagram');
      await expectWhollyShown(parts.step, 'Step');
      await expectWhollyShown(parts.play, 'Play');
      await expectWhollyShown(parts.scrubber, 'the scrubber');
      await expectWhollyShown(
        parts.lesson.getByText(/^Each acceptor accepts \(1,X\)/),
        'the lesson’s sentence',
      );
      await expectWhollyShown(app.narration(), 'the narration');
      const controls = (await shownBox(parts.controls)).box;
      for (const [what, words] of [
        ['the lesson', parts.lesson],
        ['the narration', parts.narration],
      ] as const)
        expect(overlap(controls, (await shownBox(words)).box), `playback covers ${what}`).toBe(
          false,
        );
    });

    test('every control is big enough for a finger, and axe finds nothing serious', async ({
      app,
      page,
    }) => {
      await app.open('scenario=basic&lang=en&t=2');
      expect(await smallTargets(page)).toEqual([]);
      expect(await seriousProblems(page)).toEqual([]);
    });
  });
}

/** Where the toolbar's levers fold away: a phone upright and on its side. */
for (const size of [PHONES[0]!, PHONES[2]!]) {
  test(`on ${size.name} (${size.width}×${size.height}) the levers stay in reach beside the diagram, the rarer ones under More`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await app.open('scenario=basic&lang=en&t=2');
    await scrollToBottom(page);
    const levers = page.getByRole('toolbar', { name: 'Change the run' });
    const more = levers.getByRole('button', { name: 'More levers' });
    await expectWhollyShown(page.getByRole('main'), 'the diagram');
    await expectWhollyShown(app.button('Step'), 'Step');
    await expectWhollyShown(levers.getByRole('button', { name: /^In flight/ }), 'In flight');
    await expectWhollyShown(levers.getByRole('button', { name: 'Undo' }), 'Undo');
    await expectWhollyShown(more, 'More');
    // The rarer levers wait under More, out of the way and out of the tab order.
    await expect(levers.getByRole('button', { name: 'Partition' })).toBeHidden();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(levers.getByRole('button', { name: 'Partition' })).toBeFocused();
    for (const name of ['Partition', 'Proposers', 'Request', 'Network'])
      await expectWhollyShown(levers.getByRole('button', { name }), name);
    await expectWhollyShown(levers.getByText('You are the network'), 'You are the network');
    expect(await seriousProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: `e2e/screenshots/levers-${size.width}x${size.height}.png` });
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('dialog', { name: 'Split the network from the cursor on' }),
    ).toBeVisible();
  });
}

/**
 * A student upright on a phone, at a lesson question (basic, tick 2), scrolled down to playback:
 * the diagram keeps lanes enough to see the promises arrive, and opening More lays the rarer
 * levers over the diagram's top instead of pushing the stage down, so the question, Reveal,
 * Step and the scrubber stay where the thumb left them.
 */
test('on a phone (360×740) at a lesson question, More opens without pushing playback off the screen', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await app.open('scenario=basic&lang=en&t=2');
  const parts = stage(app, page);
  const reveal = parts.lesson.getByRole('button', { name: 'Reveal' });
  await expect(reveal).toBeVisible();
  await scrollToBottom(page);
  const lanes = page.getByRole('group', { name: 'Paxos message diagram' });
  const before = (await shownBox(lanes)).shown;
  expect(before.height, 'the lanes at a question').toBeGreaterThanOrEqual(80);
  const levers = page.getByRole('toolbar', { name: 'Change the run' });
  const more = levers.getByRole('button', { name: 'More levers' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Partition', 'Proposers', 'Request', 'Network', 'Quorums'])
    await expectWhollyShown(levers.getByRole('button', { name }), name);
  for (const [what, control] of [
    ['Reveal', reveal],
    ['Step', parts.step],
    ['the scrubber', parts.scrubber],
  ] as const)
    await expectWhollyShown(control, what);
  const after = (await shownBox(lanes)).shown;
  expect(after.y, 'the diagram moved').toBeCloseTo(before.y, 0);
  expect(after.height, 'the diagram shrank').toBeCloseTo(before.height, 0);
  expect(await smallTargets(page)).toEqual([]);
  // Tapping More again folds the levers away; so does Escape, giving the focus back to More.
  await more.click();
  await expect(levers.getByRole('button', { name: 'Partition' })).toBeHidden();
  await more.click();
  await levers.getByRole('button', { name: 'Partition' }).focus();
  await page.keyboard.press('Escape');
  await expect(levers.getByRole('button', { name: 'Partition' })).toBeHidden();
  await expect(more).toBeFocused();
});

/**
 * A student upright on a phone reading a Multi-Paxos run to its end: scrolled down to playback,
 * the log lies under the lanes in the diagram's box, every slot of it whole (none scrolled away
 * inside the panel), the lanes still tall enough to follow, and playback in reach.
 */
for (const size of [PHONES[0]!, PHONES[1]!]) {
  test(`on ${size.name} (${size.width}×${size.height}) the Multi-Paxos log shows every slot under the diagram`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await app.open('scenario=mp-hole-noop&lang=en&t=35');
    await expect(app.readout()).toContainText('tick 35 of 35');
    const log = new LogPanel(page);
    await expect(log.chosen(4)).toBeVisible();
    await scrollToBottom(page);
    const parts = stage(app, page);
    // The lanes keep the layout's minimum, 8.5rem, also with a lesson's stop under the log.
    const lanes = page.getByRole('group', { name: 'Paxos message diagram' });
    const rem = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect((await shownBox(lanes)).shown.height, 'the lanes').toBeGreaterThanOrEqual(8.5 * rem - 1);
    await expectWhollyShown(app.lesson(), 'the lesson');
    await expectWhollyShown(log.leaderLine(), 'the leader line');
    for (const slot of [1, 2, 3, 4]) await expectWhollyShown(log.slot(slot), `slot ${slot}`);
    await expectWhollyShown(log.panel().locator('[data-slot-next]'), 'the next slot');
    await expectWhollyShown(parts.step, 'Step');
    await expectWhollyShown(parts.scrubber, 'the scrubber');
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
  });
}

/**
 * A phone on its side: the diagram has the screen's height, so the log joins the column beside
 * it, under the levers, and the lanes keep their height instead of giving it to a band.
 */
test('on a phone on its side (740×360) the Multi-Paxos log sits beside the lanes, not under them', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await app.open('scenario=mp-leader-fails&lang=en&t=33');
  await expect(app.readout()).toContainText('tick 33 of 35');
  const log = new LogPanel(page);
  await expect(log.chosen(2)).toBeVisible();
  await scrollToBottom(page);
  const lanes = (await shownBox(page.getByRole('group', { name: 'Paxos message diagram' }))).shown;
  expect(lanes.height, 'the lanes').toBeGreaterThanOrEqual(100);
  for (const slot of [1, 2]) await expectWhollyShown(log.slot(slot), `slot ${slot}`);
  const panel = (await shownBox(log.panel())).box;
  expect(panel.x, 'the log starts right of the lanes').toBeGreaterThanOrEqual(
    lanes.x + lanes.width,
  );
  await expectWhollyShown(app.button('Step'), 'Step');
  await expectWhollyShown(page.getByRole('slider', { name: 'Time in the run' }), 'the scrubber');
  expect(await sidewaysScroll(page)).toBe(0);
});

/**
 * Where the log is capped (a phone on its side: a share of the column beside the lanes; a
 * tablet: a band under them) and its slots or columns run past its box, the box says so with
 * an arrow at that edge, as a touch screen draws no scrollbar; scrolled to its end, the last
 * slot and the last replica's column are whole and the arrows are gone.
 */
for (const size of [
  { width: 740, height: 360 },
  { width: 768, height: 1024 },
]) {
  test(`at ${size.width}×${size.height} the Multi-Paxos log shows where more of it is hidden`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(size);
    await app.open('scenario=mp-stable-leader&lang=en');
    await app.toEnd();
    const log = new LogPanel(page);
    await expect(log.chosen(3)).toBeVisible();
    await scrollToBottom(page);
    const box = log.panel().locator('.px-log__scroll');
    const hidden = await box.evaluate((e) => ({
      below: e.scrollHeight > e.clientHeight + 1,
      beside: e.scrollWidth > e.clientWidth + 1,
    }));
    for (const side of ['below', 'beside'] as const) {
      const cue = log.panel().locator(`[data-log-more="${side}"]`);
      if (hidden[side]) await expectWhollyShown(cue, `the arrow for more ${side}`);
      else await expect(cue).toHaveCount(0);
    }
    await box.evaluate((e) => e.scrollTo(e.scrollWidth, e.scrollHeight));
    await expect(log.panel().locator('[data-log-more]')).toHaveCount(0);
    await expectWhollyShown(log.applied(3, 'L2'), "L2's cell of slot 3");
    await box.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await expectWhollyShown(log.panel().locator('[data-slot-next] th'), 'the next slot');
  });
}

/**
 * A phone on its side has a narrow label gutter, where crowded labels fold into one with a
 * count (`+10`) at the end of a long run: the count has a line of its own under the words, so
 * `Prepare(2)` never runs into its `+10`, and each label keeps clear of the next.
 */
for (const [query, end] of [
  ['scenario=dueling-proposers', 54],
  ['scenario=mp-leader-fails', 35],
] as const) {
  test(`on a phone on its side (740×360) at the end of ${query} no label runs into its count or the next label`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 740, height: 360 });
    await app.open(`${query}&lang=en`);
    await app.toEnd();
    await expect(app.readout()).toContainText(`tick ${end} of ${end}`);
    await scrollToBottom(page);
    await expect(app.foldedCounts().first()).toBeVisible();
    expect(await countsOverWords(app.labels())).toEqual([]);
    expect(await overlappingLabels(app.labels())).toEqual([]);
    for (const count of await app.foldedCounts().all())
      expect(await cutsOf(count), `the count ${await count.innerText()} is cut off by`).toEqual([]);
  });
}

/**
 * Where lanes are narrow the cursor's `t=` mark lay over the arrowheads arriving at the last
 * lane: on every phone it sits between the last lane and the labels, clear of both.
 */
for (const size of PHONES) {
  test(`on ${size.name} (${size.width}×${size.height}) the cursor's mark keeps clear of the last lane's arrowheads`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [query, end] of [
      ['scenario=dueling-proposers&t=54', 54],
      ['scenario=mp-leader-fails&t=33', 33],
    ] as const) {
      await app.open(`${query}&lang=en`);
      const mark = app.cursorLine().locator('text');
      await expect(mark).toHaveText(`t=${end}`);
      const room = await roomBeside(mark, page.locator('[data-lane]'), app.labels());
      expect(room.left, `${query}: room between the last lane and t=`).toBeGreaterThanOrEqual(4);
      expect(room.right, `${query}: room between t= and the labels`).toBeGreaterThanOrEqual(8);
    }
  });
}

/** The narration's last line stays in its box, also when a step says a lot. */
for (const { width, height, query, steps } of [
  // The stress run's last step: a retry that will not happen, and the end of the run.
  { width: 1366, height: 768, query: 'scenario=stress', steps: 'end' },
  // "A2 accepts X…" and "X is now chosen…": two sentences on a narrow screen.
  { width: 360, height: 740, query: 'scenario=basic', steps: 11 },
] as const) {
  test(`at ${width}×${height} the narration of ${query} shows its last line`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await app.open(`${query}&lang=en`);
    if (steps === 'end') await app.toEnd();
    else for (let i = 0; i < steps; i++) await app.button('Step').click();
    await expect(app.narration()).toContainText(steps === 'end' ? 'The run is over' : 'chosen');
    await scrollToBottom(page);
    await expectWhollyShown(app.narration(), 'the narration');
  });
}

test('<paxos-scope> in a 700 px column shows every label whole, inside the diagram', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 900, height: 600 });
  // A standards-mode page, as a blog's is.
  await page.setContent(
    `<!doctype html><html><body><div style="width:700px;margin:1rem">
       <paxos-scope scenario="dueling-proposers" t="48" motion="0" lang="en"></paxos-scope>
     </div><script src="${baseURL}paxos-scope.js"></script></body></html>`,
  );
  const scope = new Embedded(page.locator('paxos-scope'));
  await expect(scope.labels().filter({ hasText: 'Promise(12,' }).first()).toBeVisible();
  const diagram = (await shownBox(scope.root.getByRole('group', { name: 'Paxos message diagram' })))
    .box;
  for (const label of await scope.labels().all()) {
    const text = await label.innerText();
    const fits = await label.evaluate(
      (e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight,
    );
    expect(fits, `${text} is cut`).toBe(true);
    const { box } = await shownBox(label);
    expect(box.x + box.width, `${text} runs past the diagram`).toBeLessThanOrEqual(
      diagram.x + diagram.width + 0.5,
    );
  }
  await page.screenshot({ path: 'e2e/screenshots/element-700.png' });
});

/**
 * At the end of dueling-proposers in a 700 px column, labels crowd and fold, and some counts
 * wrap onto a line of their own: each label is placed with the height it is drawn with, so
 * none lies over the next (`Prepare(5) +13` over `Promise(7,{-}) +17` did).
 */
test('<paxos-scope> in a 700 px column at the end of dueling-proposers keeps its labels apart', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await page.setContent(
    `<!doctype html><html><body><div style="width:700px;margin:1rem">
       <paxos-scope scenario="dueling-proposers" motion="0" lang="en"></paxos-scope>
     </div><script src="${baseURL}paxos-scope.js"></script></body></html>`,
  );
  const scope = new Embedded(page.locator('paxos-scope'));
  await scope.button('Step').focus();
  await page.keyboard.press('End');
  await expect(scope.readout()).toContainText('tick 54 of 54');
  await expect(scope.foldedCounts().first()).toBeVisible();
  expect(await overlappingLabels(scope.labels())).toEqual([]);
  expect(await countsOverWords(scope.labels())).toEqual([]);
});
