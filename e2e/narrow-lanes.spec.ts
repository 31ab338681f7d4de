import { expect, test } from './fixtures';
import { clippedInHeaders, sidewaysScroll, smallTargets, unreadableTitles } from './pages/boxes';
import { Embedded } from './pages/embed';

/** The screens people read headers on: laptops, a projector's 1080p, phones, embeds' frames. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 740, height: 360 },
];

/**
 * Places in runs whose headers hold the most: a proposer counting replies under its timer
 * (basic), two proposers' ballots (dueling), thirteen lanes (split-majority), five acceptors
 * on two sides of a partition (minority-partition), ballots in the hundreds at the end of a
 * long run (stress).
 */
const PLACES = [
  'scenario=basic&t=2',
  'scenario=basic&t=4',
  'scenario=dueling-proposers&t=10',
  'scenario=dueling-proposers&t=30',
  'scenario=split-majority&t=6',
  'scenario=split-majority&t=13',
  'scenario=minority-partition&t=3',
  'scenario=minority-partition&t=12',
  'scenario=stress&t=400',
];

for (const { width, height } of SCREENS) {
  test(`at ${width}×${height} no header cuts off any of its text`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    for (const place of PLACES) {
      await app.open(`${place}&lang=en`);
      await expect(app.readout()).toContainText('tick');
      expect(await clippedInHeaders(app.nodes()), `${place}: cut off`).toEqual([]);
      expect(await unreadableTitles(app.roleTitles()), `${place}: role titles`).toEqual([]);
    }
  });
}

for (const width of [342, 640]) {
  test(`in an iframe ${width} px wide no header cuts off any of its text`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: width + 40, height: 500 });
    for (const place of PLACES) {
      await page.setContent(
        `<iframe src="${baseURL}?embed=1&motion=0&lang=en&${place}" width="${width}" height="420" style="border:0"></iframe>`,
      );
      const frame = new Embedded(page.frameLocator('iframe'));
      await expect(frame.nodes().first()).toBeVisible();
      expect(await clippedInHeaders(frame.nodes()), `${place}: cut off`).toEqual([]);
      // A title over one narrow lane (the only proposer, the one client) keeps readable type.
      expect(await unreadableTitles(frame.roleTitles()), `${place}: role titles`).toEqual([]);
    }
  });
}

for (const { width, height } of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 740, height: 360 },
]) {
  test(`at ${width}×${height} thirteen lanes still give a finger every node, with no sideways scrolling`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await app.open('scenario=split-majority&lang=en&t=6');
    expect(await smallTargets(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    // Every node can be reached, and acted on: A5 crashed from the list of nodes.
    await page.getByRole('button', { name: /^Nodes/ }).click();
    await page.getByRole('menuitem', { name: /^A5/ }).click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await expect(app.node('A5')).toHaveAttribute('data-status', 'crashed');
    await page.screenshot({ path: `e2e/screenshots/split-majority-${width}x${height}.png` });
  });
}
