import type { Settings } from '../engine';
import type { Line } from './narrationLine';
import { line } from './narrationLine';

const percent = (p: number) => Math.round(p * 100);
const same = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] === b[0] && a[1] === b[1];

/**
 * What a change of settings changes, one sentence per setting, from the engine's own record of
 * the settings before and after: a student who moved the window or the heartbeat hears the
 * new value, not only that something changed.
 */
export function describeSettings(before: Settings, after: Settings): Line[] {
  const lines: Line[] = [];
  const [was, now] = [before.network, after.network];
  if (!same(was.delay, now.delay)) {
    const [min, max] = now.delay;
    if (min !== max) lines.push(line('narration.setting.delay', { min, max }));
    else if (min === 1) lines.push(line('narration.setting.delayOne'));
    else lines.push(line('narration.setting.delayFixed', { ticks: min }));
  }
  if (was.drop !== now.drop)
    lines.push(line('narration.setting.drop', { percent: percent(now.drop) }));
  if (was.duplicate !== now.duplicate)
    lines.push(line('narration.setting.duplicate', { percent: percent(now.duplicate) }));
  const [had, has] = [before.proposer, after.proposer];
  if (had.timeout !== has.timeout)
    lines.push(line('narration.setting.timeout', { ticks: has.timeout }));
  if (!same(had.backoff, has.backoff))
    lines.push(line('narration.setting.backoff', { min: has.backoff[0], max: has.backoff[1] }));
  if (has.heartbeat !== undefined && had.heartbeat !== has.heartbeat)
    lines.push(
      has.heartbeat === 1
        ? line('narration.setting.heartbeatOne')
        : line('narration.setting.heartbeat', { ticks: has.heartbeat }),
    );
  if (has.window !== undefined && had.window !== has.window)
    lines.push(line('narration.setting.window', { slots: has.window }));
  return lines.length === 0 ? [line('narration.configure')] : lines;
}
