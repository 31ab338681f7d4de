import { describe, expect, it } from 'vitest';
import { LOG_PRESET_IDS, logPreset } from '../scenario/presets/multi';
import { runScenario } from '../sim';
import { worldAfter } from '../trace';
import { narrate } from './narration';
import { nodeViews } from './nodeViews';

describe('a Multi-Paxos run on the Basic Paxos screen', () => {
  it.each(LOG_PRESET_IDS.filter((id) => id.startsWith('mp-')))(
    '%s: narration stays silent and headers draw, at every step, rather than misread a log',
    (id) => {
      const trace = runScenario(logPreset(id));
      for (let step = 0; step <= trace.steps.length; step++) {
        const world = worldAfter(trace, step);
        expect(narrate(trace, step, world)).toEqual([]);
        expect(nodeViews(world)).toHaveLength(allNodes(world));
      }
    },
  );
});

function allNodes(world: ReturnType<typeof worldAfter>): number {
  return (
    world.clients.length + world.proposers.length + world.acceptors.length + world.learners.length
  );
}
