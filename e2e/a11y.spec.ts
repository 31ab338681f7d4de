import { expect, test } from './fixtures';
import { seriousProblems as problems } from './pages/axe';

test.describe('accessibility', () => {
  test('the main screen in English, mid-run, has no serious or critical problem', async ({
    app,
    page,
  }) => {
    await app.open('scenario=proposer-failure&lang=en');
    await app.seek(9);
    expect(await problems(page)).toEqual([]);
  });

  test('the main screen in Chinese, with a menu and a panel open, has no serious or critical problem', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=zh');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await app.node('A1').click();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '网络', exact: true }).click();
    expect(await problems(page)).toEqual([]);
  });

  test('presenter mode and a lesson question have no serious or critical problem', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en&present=1');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await expect(
      page.getByRole('region', { name: 'Lesson' }).getByRole('button', { name: 'Reveal' }),
    ).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('the narration is a live region and every control is reachable by keyboard', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await expect(app.narration()).toHaveAttribute('aria-live', 'polite');
    const names: string[] = [];
    // One stop per control from the top, the diagram's Fit included, until the tab wraps round
    // to the first stop (a cap keeps a focus trap from running the test for ever).
    const focused = () =>
      page.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ??
          document.activeElement?.textContent?.trim() ??
          '',
      );
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const name = await focused();
      if (i > 0 && name === names[0]) break;
      names.push(name);
    }
    for (const name of ['Share', 'Present', 'Partition', 'Undo', 'Play', 'Reset'])
      expect(
        names.some((n) => n.includes(name)),
        name,
      ).toBe(true);
    expect(names.some((n) => n.startsWith('A1:'))).toBe(true);
  });
});
