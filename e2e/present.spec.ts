import { expect, test } from './fixtures';

test.describe('presenter mode', () => {
  test('opens with ?present=1: large type, a caption bar, clicker keys step, B blanks, Esc leaves', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('scenario=basic&lang=en&present=1');
    await expect(app.presenter()).toBeVisible();
    const rootSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(rootSize).toBeGreaterThanOrEqual(26);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(app.messages('Prepare')).toHaveCount(3);
    await expect(app.narration()).toContainText('starts ballot 1');
    await page.keyboard.press('PageUp');
    await expect(app.messages('Prepare')).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(app.blank()).toBeVisible();
    await page.keyboard.press('b');
    await expect(app.blank()).toHaveCount(0);
    await page.mouse.move(600, 400);
    await expect(app.laserPointer()).toHaveCSS('opacity', '1');
    await page.screenshot({ path: 'e2e/screenshots/presenter.png' });
    await page.keyboard.press('Escape');
    await expect(app.presenter()).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  });

  test('P enters presenter mode from the main screen and keeps the place', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.seek(3);
    await page.keyboard.press('p');
    await expect(app.presenter()).toBeVisible();
    await app.expectState('P1', 'phase 2');
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('p');
    await expect(app.presenter()).toHaveCount(0);
  });

  test('stepped to a question on a projector, the messages in flight below the cursor are in sight', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('scenario=highest-ballot&lang=en&present=1');
    const lesson = app.lesson();
    const reveal = lesson.getByRole('button', { name: 'Reveal' });
    // Step as a lecturer does, so the view follows the cursor down to the question.
    while (!(await reveal.isVisible())) await app.button('Step').click();
    await expect(lesson).toContainText('Which value will P3 propose?');
    // The Promises P3 is about to receive, which the question is about: both their ends shown.
    const promises = page.locator('[data-message="Promise"][data-to="P3"][data-fate="in-flight"]');
    await expect(promises).toHaveCount(3);
    for (const promise of await promises.all())
      expect(await app.arrowInDiagram(promise)).toBe(true);
  });

  test('a lesson question pauses the run until the audience reveals the answer', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en&present=1');
    await page.keyboard.press(' ');
    const lesson = page.getByRole('region', { name: 'Lesson' });
    await expect(lesson.getByRole('button', { name: 'Reveal' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await lesson.getByRole('group').getByRole('button').first().click();
    await lesson.getByRole('button', { name: 'Reveal' }).click();
    await expect(lesson.getByRole('status')).toContainText(/Right|Not quite/);
  });
});
