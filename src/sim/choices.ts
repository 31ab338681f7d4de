import type { Input, World, WorldConfig } from '../engine';
import { apply, createWorld, nodeId, protocolOf } from '../engine';
import type { Bounds } from './enabled';
import { enabledInputs, NOTHING_USED, spend } from './enabled';

/** Values the clients of a generated schedule ask for, one per client. */
export const CLIENT_VALUES = ['X', 'Y', 'Z', 'W', 'V', 'U', 'T', 'S', 'R'];

/**
 * Every client asks its own proposer for its own value at tick 0 (needs clients = proposers);
 * in Multi-Paxos for two commands, `X` then `X2`, so that the log has more than one slot.
 */
export function openingRequests(config: WorldConfig): Extract<Input, { kind: 'request' }>[] {
  const values = (i: number) =>
    protocolOf(config) === 'multi-paxos'
      ? [CLIENT_VALUES[i]!, `${CLIENT_VALUES[i]!}2`]
      : [CLIENT_VALUES[i]!];
  return Array.from({ length: config.nodes.clients }, (_, i) =>
    values(i).map((value) => ({
      kind: 'request' as const,
      at: 0,
      client: nodeId('client', i),
      proposer: nodeId('proposer', i % config.nodes.proposers),
      value,
    })),
  ).flat();
}

/**
 * One scheduling decision. `deliver: n` hands over the n-th oldest in-flight message (0 is plain
 * first-in first-out); `any: n` picks the n-th of every enabled input: a loss, a copy, a crash,
 * a timeout… Indices wrap around, so every list of choices is a valid schedule.
 */
export type Choice = { deliver: number } | { any: number };

export interface ChoiceRun {
  world: World;
  /** Every input applied, opening requests included: replaying them rebuilds `world`. */
  inputs: Input[];
}

/**
 * The random scheduler: a list of choices picks, step by step, what happens next. fast-check
 * generates and shrinks such lists, and a shrunk list reads as "messages in order, except…".
 * The run stops when the list ends, nothing is enabled, or (by default) an invariant breaks.
 */
export function runChoices(
  config: WorldConfig,
  seed: number,
  bounds: Bounds,
  choices: readonly Choice[],
  stopOnViolation = true,
): ChoiceRun {
  const world = createWorld(config, seed);
  const inputs: Input[] = [];
  for (const request of openingRequests(config)) {
    apply(world, request, null);
    inputs.push(request);
  }
  let used = NOTHING_USED;
  for (const choice of choices) {
    if (stopOnViolation && world.violations.length > 0) break;
    const enabled = enabledInputs(world, bounds, used);
    if (enabled.length === 0) break;
    const deliveries = enabled.filter((input) => input.kind === 'deliver');
    const input =
      'deliver' in choice && deliveries.length > 0
        ? deliveries[choice.deliver % deliveries.length]!
        : enabled[('deliver' in choice ? choice.deliver : choice.any) % enabled.length]!;
    apply(world, input, null);
    inputs.push(input);
    used = spend(used, input);
  }
  return { world, inputs };
}
