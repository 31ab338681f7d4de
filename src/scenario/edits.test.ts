import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits';
import { scenarioOf } from './scenarioOf.testing';
import { validateScenario } from './validate';

const scenario = scenarioOf;

const base = scenario({
  script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
});

describe('edits', () => {
  it('break rules for the whole run, and put them back', () => {
    const broken = applyEdits(base, [{ kind: 'bugs', bugs: ['minority-quorum'] }]);
    expect(broken.bugs).toEqual(['minority-quorum']);
    expect(applyEdits(broken, [{ kind: 'bugs', bugs: [] }]).bugs).toEqual([]);
    expect(base.bugs).toEqual([]);
  });

  it('set flexible quorums for the whole run, and go back to majorities', () => {
    const flexible = applyEdits(base, [{ kind: 'quorums', quorums: { phase1: 3, phase2: 1 } }]);
    expect(flexible.quorums).toEqual({ phase1: 3, phase2: 1 });
    expect(validateScenario(flexible).ok).toBe(true);
    const back = applyEdits(flexible, [{ kind: 'quorums', quorums: null }]);
    expect('quorums' in back).toBe(false);
    expect(base.quorums).toBeUndefined();
  });

  it('appends levers as script entries and leaves the loaded scenario untouched', () => {
    const edited = applyEdits(base, [
      { kind: 'script', entries: [{ at: 3, crash: 'A3' }] },
      { kind: 'script', entries: [{ at: 5, drop: { message: 7 } }] },
    ]);
    expect(edited.script.slice(1)).toEqual([
      { at: 3, crash: 'A3' },
      { at: 5, drop: { message: 7 } },
    ]);
    expect(base.script).toHaveLength(1);
  });

  it('adds a competing proposer with its own client and value', () => {
    const edited = applyEdits(base, [{ kind: 'add-proposer', at: 2, value: 'Y' }]);
    expect(edited.nodes).toMatchObject({ clients: 2, proposers: 2 });
    expect(edited.script.at(-1)).toEqual({
      at: 2,
      request: { client: 'C2', proposer: 'P2', value: 'Y' },
    });
    expect(validateScenario(edited).ok).toBe(true);
  });

  it('removes the last proposer, its own client, and every entry about them', () => {
    const edited = applyEdits(base, [
      { kind: 'add-proposer', at: 2, value: 'Y' },
      {
        kind: 'script',
        entries: [
          { at: 4, crash: 'P2' },
          { at: 4, partition: [['P2'], ['A1', 'P1']] },
        ],
      },
      { kind: 'remove-proposer' },
    ]);
    expect(edited.nodes).toMatchObject({ clients: 1, proposers: 1 });
    expect(edited.script).toEqual([base.script[0], { at: 4, partition: [['A1', 'P1']] }]);
    expect(validateScenario(edited).ok).toBe(true);
  });

  it('keeps a client that also asks another proposer, and never removes the only proposer', () => {
    const shared = scenario({
      nodes: { clients: 1, proposers: 2, acceptors: 3, learners: 1 },
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
        { at: 1, request: { client: 'C1', proposer: 'P2', value: 'Y' } },
      ],
    });
    expect(applyEdits(shared, [{ kind: 'remove-proposer' }]).nodes).toMatchObject({
      clients: 1,
      proposers: 1,
    });
    expect(applyEdits(base, [{ kind: 'remove-proposer' }])).toEqual(base);
  });

  it('changes the seed', () => {
    expect(applyEdits(base, [{ kind: 'seed', seed: 99 }]).seed).toBe(99);
  });
});
