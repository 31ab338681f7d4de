import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import type { LogPresetId } from '../scenario/presets/multi';
import { LOG_PRESET_IDS, logPreset } from '../scenario/presets/multi';
import { allNodeIds } from '../engine';
import { worldAfter } from '../trace';
import { runOf } from './loadScenario';
import { nodeViews } from './nodeViews';
import { quorumNotice } from './quorumNotice';
import { basicScenario } from './storeFor.testing';

function worldsOf(id: LogPresetId) {
  const { trace } = runOf(logPreset(id));
  return Array.from({ length: trace.steps.length + 1 }, (_, step) => worldAfter(trace, step));
}

function said(world: ReturnType<typeof worldsOf>[number], id: string): string {
  const view = nodeViews(world).find((v) => v.id === id)!;
  return view.lines.map((l) => t('en', l.key, l.params)).join(' | ');
}

describe('Multi-Paxos headers', () => {
  it.each(LOG_PRESET_IDS)('%s: every node has a header with words at every step', (id) => {
    for (const world of worldsOf(id)) {
      const views = nodeViews(world);
      expect(views.map((v) => v.id)).toEqual(allNodeIds(world));
      for (const view of views) {
        expect(view.lines.length).toBeGreaterThan(0);
        expect(view.short.length).toBeGreaterThan(0);
      }
    }
  });

  it('name the leader and its ballot, the replicas’ applied prefix and store, the client’s answer', () => {
    const end = worldsOf('mp-stable-leader').at(-1)!;
    expect(said(end, 'P1')).toBe('leader · ballot\u00a01 | next slot 4');
    expect(said(end, 'P2')).toBe('follows P1');
    expect(said(end, 'A1')).toBe('promised\u00a01 | accepted in 3 slots');
    expect(said(end, 'L1')).toBe('applied slots\u00a01–3 | x=1, y=2');
    expect(said(end, 'C1')).toBe('#3 answered: 1');
    expect(nodeViews(end).find((v) => v.id === 'P1')!.ballot).toBe(1);
  });

  it('say one slot in the singular', () => {
    const afterSlot1 = worldsOf('mp-stable-leader').find(
      (w) => w.multi!.acceptors[0]!.accepted.length === 1,
    )!;
    expect(said(afterSlot1, 'A1')).toBe('promised 1 | accepted in 1 slot');
  });

  it('count a follower down to its timeout while it hears no leader', () => {
    const worlds = worldsOf('mp-leader-fails');
    const counting = worlds.filter((w) => nodeViews(w).find((v) => v.id === 'P2')!.countdown);
    expect(counting.length).toBeGreaterThan(0);
    expect(said(worlds.at(-1)!, 'P2')).toBe('leader · ballot\u00a02 | next slot 3');
  });

  it('count promises against q1 while a leader campaigns with flexible quorums', () => {
    const campaigning = worldsOf('fp-flexible-quorums').find((w) =>
      said(w, 'P1').startsWith('phase'),
    )!;
    expect(said(campaigning, 'P1')).toMatch(/promises \d\/3$/);
  });
});

describe('quorumNotice', () => {
  it('warns where q1 + q2 does not exceed the acceptors, in either protocol, and only there', () => {
    const configOf = (id: LogPresetId) => worldsOf(id)[0]!.config;
    expect(quorumNotice(configOf('fp-broken-quorums'))).toEqual({
      key: 'notice.unsafeQuorums',
      params: { phase1: 2, phase2: 2, acceptors: 4 },
    });
    expect(quorumNotice(configOf('fp-flexible-quorums'))).toBeNull();
    expect(quorumNotice(worldAfter(runOf(basicScenario).trace, 0).config)).toBeNull();
  });
});
