import type { RuleBreak, WorldConfig } from '../config';
import type { Message } from '../messages';
import { testConfig } from '../testing';
import type { World } from '../world';
import { createWorld } from '../world';

/** A Multi-Paxos world for handler tests: the basic test shape unless told otherwise. */
export function logWorld(
  nodes: Partial<WorldConfig['nodes']> = {},
  bugs: RuleBreak[] = [],
  extra: Partial<WorldConfig> = {},
): World {
  const base = testConfig(nodes);
  return createWorld({ ...base, bugs, protocol: 'multi-paxos', ...extra }, 1);
}

/** The slot messages of a kind in flight, as `[to, ballot, slot, value]`, oldest first. */
export function slotted(world: World, type: Message['type']): [string, number, number, string][] {
  return world.inFlight
    .filter((m) => m.type === type)
    .sort((a, b) => a.id - b.id)
    .map((m) => [m.to, m.ballot!, m.slot!, m.value!]);
}
