import { expect, test } from './fixtures';

/**
 * A lecturer with only a clicker (PageDown) reaches a prediction question: the first press
 * reveals the answer, the next one steps on, so the room never steps past a question unseen.
 */
test('at an unanswered question, Step and the clicker reveal the answer before stepping on', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en&present=1');
  const lesson = page.getByRole('region', { name: 'Lesson' });
  const reveal = lesson.getByRole('button', { name: 'Reveal' });
  while (!(await reveal.isVisible())) await page.keyboard.press('PageDown');
  const delivered = app.messages(undefined, { fate: 'delivered' });
  const before = await delivered.count();
  await page.keyboard.press('PageDown');
  await expect(lesson.getByRole('status')).toBeVisible();
  await expect(reveal).toHaveCount(0);
  // The reveal did not move the run; the next press does.
  await expect(delivered).toHaveCount(before);
  await page.keyboard.press('PageDown');
  await expect(delivered).toHaveCount(before + 1);
});
