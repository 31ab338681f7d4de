import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { countsOverWords, overlap, roomBeside } from './pages/boxes';
import { Embedded } from './pages/embed';

/** A control's box on screen, to check that two controls do not overlap. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (b === null) throw new Error('not on screen');
  return b;
}

/**
 * A blogger's narrow column: the embed's one row keeps every control whole and apart, the
 * time readout included, inside its box.
 */
for (const [width, height] of [
  [342, 420],
  [320, 240],
] as const) {
  test(`an embed ${width} px wide keeps the buttons, the slider, the time and the way out apart`, async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&scenario=basic&t=3&lang=en" width="${width}" height="${height}" style="border:0"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const slider = frame.getByRole('slider');
    const readout = frame.locator('output');
    const open = frame.getByRole('link', { name: 'Open in Paxoscope' });
    const step = frame.getByRole('button', { name: 'Step', exact: true });
    for (const control of [slider, readout, open, step]) await expect(control).toBeVisible();
    await expect(readout).toHaveText('tick 3 of 6');
    const [s, r, o, b] = [await box(slider), await box(readout), await box(open), await box(step)];
    expect(b.x + b.width).toBeLessThanOrEqual(s.x);
    expect(s.x + s.width).toBeLessThanOrEqual(r.x);
    expect(r.x + r.width).toBeLessThanOrEqual(o.x);
    const inside = await box(page.locator('iframe'));
    expect(o.x + o.width).toBeLessThanOrEqual(inside.x + width);
    // Large enough to hit with a finger.
    expect(Math.min(o.width, o.height)).toBeGreaterThanOrEqual(24);
  });
}

/**
 * At the end of a run the view shows the whole run, and Fit and Follow sit over its bottom
 * corner: the cursor's line and its `t=` mark stay clear of them, so a reader sees where now is.
 */
for (const [scenario, end] of [
  ['basic', 6],
  ['dueling-proposers', 54],
] as const) {
  test(`a 342 px embed at the end of ${scenario} keeps the cursor's mark clear of Fit and Follow`, async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&scenario=${scenario}&t=${end}&lang=en" width="342" height="420" style="border:0"></iframe>`,
    );
    const embed = new Embedded(page.frameLocator('iframe'));
    await expect(embed.readout()).toHaveText(`tick ${end} of ${end}`);
    const cursor = embed.cursorLine();
    await expect(cursor.locator('text')).toHaveText(`t=${end}`);
    await expect(embed.viewButtons()).toHaveCount(2);
    // The line is drawn 1.5 px wide: its box is widened by its stroke and a pixel more.
    const line = await box(cursor.locator('line'));
    const drawn = { ...line, y: line.y - 2, height: line.height + 4 };
    const mark = await box(cursor.locator('text'));
    for (const button of await embed.viewButtons().all()) {
      const name = (await button.innerText()).replace(/\s+/g, ' ');
      const over = await box(button);
      expect(overlap(drawn, over), `${name} covers the cursor's line`).toBe(false);
      expect(overlap(mark, over), `${name} covers the cursor's t= mark`).toBe(false);
    }
  });
}

/**
 * The cursor's `t=` mark sits between the last lane and the labels' bars: in a 342 px frame it
 * lay over the arrowheads arriving at L2 and crowded the first label's bar. It keeps clear of
 * both, at the end of a short run and of a long one.
 */
for (const [scenario, end] of [
  ['basic', 6],
  ['dueling-proposers', 54],
] as const) {
  test(`a 342 px embed at the end of ${scenario} shows the cursor's mark clear of the last lane and the labels`, async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&scenario=${scenario}&t=${end}&lang=en" width="342" height="420" style="border:0"></iframe>`,
    );
    const embed = new Embedded(page.frameLocator('iframe'));
    const mark = embed.cursorLine().locator('text');
    await expect(mark).toHaveText(`t=${end}`);
    const room = await roomBeside(mark, embed.root.locator('[data-lane]'), embed.labels());
    expect(room.left, 'room between the last lane and t=').toBeGreaterThanOrEqual(4);
    expect(room.right, 'room between t= and the labels').toBeGreaterThanOrEqual(8);
  });
}

/**
 * In a 342 px frame the labels' gutter is narrow and a folded label's count has a line of its
 * own: it is set large enough to read (it was 7 px), and every count stays whole in its label.
 */
test("a 342 px embed at the end of dueling-proposers sets its labels' counts large enough to read", async ({
  page,
  baseURL,
}) => {
  await page.setContent(
    `<iframe src="${baseURL}?embed=1&motion=0&scenario=dueling-proposers&t=54&lang=en" width="342" height="420" style="border:0"></iframe>`,
  );
  const embed = new Embedded(page.frameLocator('iframe'));
  await expect(embed.readout()).toHaveText('tick 54 of 54');
  await expect(embed.foldedCounts().first()).toBeVisible();
  for (const count of await embed.foldedCounts().all()) {
    const px = await count.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(px, `the count ${await count.innerText()} in px`).toBeGreaterThanOrEqual(8);
  }
  expect(await countsOverWords(embed.labels())).toEqual([]);
});
