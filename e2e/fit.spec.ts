import { expect, test } from './fixtures';
import type { MainScreenPage } from './pages/main-screen';
import { cutsOf } from './pages/boxes';

/** The most a label may sit from its arrows' middle: about half a tick at the usual zoom. */
const DRIFT_MAX_PX = 12;

/** Checks that the story is in view: tick 0's Request and the last message, both in the diagram. */
async function expectWholeRun(app: MainScreenPage): Promise<void> {
  const request = app.messages('Request').first();
  await expect.poll(() => app.arrowInDiagram(request), { message: "tick 0's Request" }).toBe(true);
  await expect
    .poll(async () => app.arrowInDiagram(await app.lastMessage()), { message: 'the last message' })
    .toBe(true);
}

/** Checks every label in the diagram sits beside the arrows it names, and that some are there. */
async function expectLabelsBesideArrows(app: MainScreenPage): Promise<void> {
  await expect
    .poll(async () => {
      const drifts = await app.labelDrifts();
      const far = drifts.filter((d) => d.drift > DRIFT_MAX_PX).map((d) => `${d.text} ${d.drift}`);
      return drifts.length === 0 ? ['no label names its arrows'] : far;
    })
    .toEqual([]);
}

test.describe('Fit: the whole run in view', () => {
  for (const scenario of ['dueling-proposers', 'split-majority']) {
    test(`at the end of ${scenario}, Fit and F put tick 0 and the last message in view`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.open(`scenario=${scenario}&lang=en`);
      // Step to the end a long way round: the scrubber, then wheel back to a reading zoom.
      await app.seek(1000);
      await app.wheelDiagram(-600);
      await app.fit().click();
      await expectWholeRun(app);
      await app.wheelDiagram(-600);
      await expect(app.followButton()).toBeVisible();
      await page.locator('body').press('f');
      await expectWholeRun(app);
      await expectLabelsBesideArrows(app);
    });
  }

  test('playing to the end puts the whole story in view', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=dueling-proposers&lang=en&speed=32');
    await app.button('Play').click();
    await expect(app.button('Play')).toBeVisible({ timeout: 20_000 });
    await expectWholeRun(app);
    await expectLabelsBesideArrows(app);
  });

  test('the End key and the last Step put the whole story in view', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=minority-partition&lang=en');
    await app.toEnd();
    await expectWholeRun(app);
    await app.button('Reset').click();
    await app.stepToEnd();
    await expectWholeRun(app);
  });

  test('zoomed out with the wheel, every label stays beside its arrows', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=dueling-proposers&lang=en');
    await app.seek(30);
    for (let i = 0; i < 4; i++) await app.wheelDiagram(300);
    await expectLabelsBesideArrows(app);
  });

  test('a user who panned keeps their view when the run ends', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=split-majority&lang=en');
    await app.button('Step').click();
    await app.button('Step').click();
    await app.dragDiagram(40);
    await expect(app.followButton()).toBeVisible();
    const request = app.messages('Request').first();
    const before = await request.locator('.px-arrow__hit').getAttribute('y1');
    await app.toEnd();
    await expect(app.readout()).toHaveAttribute('data-cursor', /^[1-9]/);
    expect(await request.locator('.px-arrow__hit').getAttribute('y1')).toBe(before);
    await expect(app.followButton()).toBeVisible();
  });

  for (const size of [
    { width: 360, height: 740 },
    { width: 740, height: 360 },
  ]) {
    test(`on a ${size.width}×${size.height} phone Fit is in reach, a finger wide, and fits`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize(size);
      await app.open('scenario=split-majority&lang=en');
      await app.seek(1000);
      await app.wheelDiagram(-600);
      const fit = app.fit();
      await fit.scrollIntoViewIfNeeded();
      expect(await cutsOf(fit)).toEqual([]);
      const { width, height } = (await fit.boundingBox())!;
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
      await fit.click();
      await app.diagram().scrollIntoViewIfNeeded();
      await expectWholeRun(app);
    });
  }

  test('in presenter mode F fits the whole run on the projector', async ({ app, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('scenario=dueling-proposers&lang=en&present=1');
    await expect(app.presenter()).toBeVisible();
    await app.toEnd();
    await app.wheelDiagram(-600);
    await page.keyboard.press('f');
    await expectWholeRun(app);
    await expectLabelsBesideArrows(app);
  });
});
