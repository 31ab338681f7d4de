import { expect, test } from './fixtures';
import { LogPanel } from './pages/log';

/**
 * A student alone with a Multi-Paxos lesson: playing stops at its question, an answer brings
 * the reason, and the run then does what the reason said, in the log as in the lesson.
 */
test('playing mp-hole-noop stops at its question; the answer explains, and the log then shows the noop', async ({
  app,
  page,
}) => {
  const log = new LogPanel(page);
  await app.open('scenario=mp-hole-noop&lang=en');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await app.button('Play').click();
  const lesson = app.lesson();
  await expect(lesson.getByText('What will P2 put in slot 2?')).toBeVisible({ timeout: 30_000 });
  await expect(app.button('Play')).toBeVisible();
  // Asked before it happens: no value is chosen in slot 2 yet, and the replicas wait at it.
  await expect(log.chosen(2)).toHaveCount(0);
  await expect(log.chosen(3)).toContainText('Z');
  await lesson.getByRole('button', { name: /^noop: a command that does nothing/ }).click();
  await lesson.getByRole('button', { name: 'Reveal' }).click();
  const verdict = lesson.getByRole('status');
  await expect(verdict).toContainText('Right.');
  await expect(verdict).toContainText('noop. P2 does not know Y exists');
  await app.toEnd();
  await expect(log.chosen(2)).toContainText('noop');
  await expect(log.chosen(4)).toContainText('Y');
  await expect(lesson).toContainText('P2 puts Y in the next free slot, 4.');
  await expect(app.node('C1')).toContainText('answered: Y');
});

test('a Multi-Paxos lesson speaks Chinese: mp-leader-fails asks what the new leader proposes', async ({
  app,
}) => {
  await app.open('scenario=mp-leader-fails&lang=zh&t=20');
  const lesson = app.page.getByRole('region', { name: '课程' });
  await expect(lesson.getByText('P2 会在槽位 2 提议什么？')).toBeVisible();
  await expect(
    lesson.getByRole('button', { name: 'Y：它是槽位 2 报告中编号最高的值' }),
  ).toBeVisible();
  await expect(lesson).toContainText('A1 报告槽位 1 的 X 和槽位 2 的 Y');
});
