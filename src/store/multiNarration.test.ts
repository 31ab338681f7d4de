import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n';
import { loadLang, t } from '../i18n';
import type { LogPresetId } from '../scenario/presets/multi';
import { LOG_PRESET_IDS, logPreset } from '../scenario/presets/multi';
import { worldAfter } from '../trace';
import { runOf } from './loadScenario';
import type { Line } from './narrationLine';
import { narrate } from './narration';

function narrationOf(id: LogPresetId): Line[][] {
  const { trace } = runOf(logPreset(id));
  return trace.steps.map((_, i) => narrate(trace, i + 1, worldAfter(trace, i + 1)));
}

function linesWith(id: LogPresetId, key: MessageKey): Line[] {
  return narrationOf(id)
    .flat()
    .filter((l) => l.key === key);
}

describe('Multi-Paxos narration', () => {
  it('says something about every step of every Multi-Paxos preset', () => {
    for (const id of LOG_PRESET_IDS) {
      const steps = narrationOf(id);
      const silent = steps.flatMap((lines, i) =>
        lines.length === 0 || lines.some((l) => l.key === 'narration.nothing') ? [i + 1] : [],
      );
      expect({ id, silent }).toEqual({ id, silent: [] });
    }
  });

  it('tells the stable leader’s story: one phase 1, then one round trip per command, slot by slot', () => {
    expect(linesWith('mp-stable-leader', 'multi.narration.lead')).toHaveLength(1);
    expect(
      linesWith('mp-stable-leader', 'multi.narration.proposeNew').map((l) => l.params.slot),
    ).toEqual([1, 2, 3]);
    const chosen = linesWith('mp-stable-leader', 'multi.narration.chosen');
    expect(chosen.map((l) => [l.params.slot, l.params.value])).toEqual([
      [1, 'put x 1'],
      [2, 'put y 2'],
      [3, 'get x'],
    ]);
    expect(chosen.every((l) => l.tone === 'chosen')).toBe(true);
  });

  it('says why the new leader re-proposes reported values and fills the hole with noop', () => {
    expect(
      linesWith('mp-hole-noop', 'multi.narration.proposeReported').map((l) => l.params.slot),
    ).toEqual([1, 3]);
    const noop = linesWith('mp-hole-noop', 'multi.narration.proposeNoop');
    expect(noop.map((l) => [l.params.proposer, l.params.slot])).toEqual([['P2', 2]]);
    expect(t('en', noop[0]!.key, noop[0]!.params)).toBe(
      'No acceptor reported slot 2: P2 fills it with noop so replicas can move on past it.',
    );
    expect(linesWith('mp-hole-noop', 'multi.narration.applyNoop')).toHaveLength(2);
    expect(linesWith('mp-hole-noop', 'multi.narration.waitForSlot').length).toBeGreaterThan(0);
  });

  it('says a silent leader starts a new ballot, and a Nack deposes', () => {
    const silence = linesWith('mp-leader-fails', 'multi.narration.campaignSilence');
    expect(silence.map((l) => [l.params.proposer, l.params.ballot])).toEqual([['P2', 2]]);
    expect(linesWith('mp-dueling-leaders', 'multi.narration.deposed')[0]!.params).toMatchObject({
      proposer: 'P1',
      ballot: 1,
      promised: 2,
    });
  });

  it('says a retried request chosen again is answered from the cache, not applied twice', () => {
    expect(linesWith('mp-retry-dedup', 'multi.narration.clientRetry')).toHaveLength(1);
    const duplicate = linesWith('mp-retry-dedup', 'multi.narration.applyDuplicate');
    expect(duplicate.map((l) => [l.params.replica, l.params.slot])).toEqual([
      ['L1', 2],
      ['L2', 2],
    ]);
  });

  it('says a request sent again with its seq (the retry lever) is the same (client, seq) again', () => {
    const base = logPreset('mp-stable-leader');
    const retried = {
      ...base,
      script: [
        ...base.script,
        { at: 10, request: { client: 'C1', proposer: 'P1', value: 'put y 2', seq: 2 } },
      ],
    };
    const { trace } = runOf(retried);
    const lines = trace.steps.flatMap((_, i) => narrate(trace, i + 1, worldAfter(trace, i + 1)));
    const again = lines.filter((l) => l.key === 'multi.narration.requestAgain');
    expect(again.map((l) => [l.params.client, l.params.seq, l.params.value])).toEqual([
      ['C1', 2, 'put y 2'],
    ]);
    const first = lines.filter((l) => l.key === 'multi.narration.request');
    expect(first.map((l) => l.params.seq)).toEqual([1, 2, 3]);
  });

  it('speaks Chinese too', async () => {
    await loadLang('zh');
    const [line] = linesWith('mp-hole-noop', 'multi.narration.proposeNoop');
    expect(t('zh', line!.key, line!.params)).toMatch(/^没有接受者报告槽位 2：P2 用 noop 填上它/);
  });

  it('tells a steady leader’s heartbeat in full once, then in short, in each ballot', () => {
    const full = linesWith('mp-stable-leader', 'multi.narration.heartbeat');
    const again = linesWith('mp-stable-leader', 'multi.narration.heartbeatAgain');
    expect(full.map((l) => l.params.leader)).toEqual(['P1']);
    expect(again.length).toBeGreaterThan(1);
    expect(new Set(again.map((l) => `${l.params.leader} ${l.params.ballot}`))).toEqual(
      new Set([`P1 ${full[0]!.params.ballot}`]),
    );
    // A new leader's heartbeat is news again: the leader that takes over is told in full.
    const takeover = linesWith('mp-leader-fails', 'multi.narration.heartbeat');
    expect(new Set(takeover.map((l) => l.params.leader)).size).toBe(2);
    // Each replica hears the whole story once, then only that nothing is new.
    const replicas = linesWith('mp-stable-leader', 'multi.narration.heartbeatReplica');
    expect(new Set(replicas.map((l) => l.params.replica)).size).toBe(replicas.length);
    expect(linesWith('mp-stable-leader', 'multi.narration.heartbeatReplicaAgain')).not.toEqual([]);
  });

  it('says a repeated heartbeat shortly in Chinese too', async () => {
    await loadLang('zh');
    const [again] = linesWith('mp-stable-leader', 'multi.narration.heartbeatAgain');
    expect(t('zh', again!.key, again!.params)).toMatch(
      /^P1 以编号 \S+ 再次发出心跳：仍是领导者。$/,
    );
    const [kept] = linesWith('mp-stable-leader', 'multi.narration.heartbeatKeptAgain');
    expect(t('zh', kept!.key, kept!.params)).toBe('P2 又收到 P1 的心跳：继续跟随它。');
  });
});
