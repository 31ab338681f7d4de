import { expect, test } from './fixtures';
import { cutsOf, overlap, shownBox } from './pages/boxes';
import { Embedded } from './pages/embed';

/**
 * Zoomed out to the whole run, labels that crowd fold into one with a count (`+12`). In a blog's
 * 640×420 frame, a count must stay inside its label, and the label inside the diagram: a count
 * that runs under the next label reads as that label's.
 */
for (const scenario of ['dueling-proposers', 'lossy-network', 'split-majority']) {
  test(`at the end of ${scenario} in a 640×420 iframe, every folded label holds its count`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 700, height: 480 });
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&lang=en&scenario=${scenario}" width="640" height="420" style="border:0"></iframe>`,
    );
    const frame = new Embedded(page.frameLocator('iframe'));
    await frame.button('Step').focus();
    await page.keyboard.press('End');
    await expect(frame.readout()).toContainText(/tick (\d+) of \1/);
    const counts = frame.foldedCounts();
    await expect(counts.first()).toBeVisible();
    for (const count of await counts.all())
      expect(await cutsOf(count), `the count ${await count.innerText()} is cut off by`).toEqual([]);
    // Fit and Follow sit over the gutter's bottom: no label may hide under them.
    const fit = (await shownBox(frame.root.getByRole('button', { name: /Fit/ }))).box;
    for (const label of await frame.labels().all())
      expect(
        overlap((await shownBox(label)).box, fit),
        `${await label.innerText()} lies under Fit`,
      ).toBe(false);
    await page.screenshot({ path: `e2e/screenshots/folded-labels-${scenario}.png` });
  });
}
