import type { Input, MessageContent, World, WorldConfig } from '../engine';
import { apply, contentOf, createWorld, sameContent } from '../engine';

/**
 * A schedule names a message by what it says (the engine's content of a message), not by its
 * id: ids shift when an earlier step is removed. Every field a receiver reads is part of the
 * content, so two messages with one content act alike (an acceptor that forgot its promise may
 * send two Promise(b) that differ only in what they report).
 */
export type ScheduleStep =
  | { kind: 'deliver' | 'drop' | 'duplicate'; message: MessageContent }
  | Exclude<Input, { kind: 'deliver' | 'drop' | 'duplicate' | 'delay' }>;

/** Names the input about to be applied to `world` by content. */
export function describeInput(world: World, input: Input): ScheduleStep | null {
  if (input.kind === 'deliver' || input.kind === 'drop' || input.kind === 'duplicate') {
    const message = world.inFlight.find((m) => m.id === input.id);
    return message === undefined ? null : { kind: input.kind, message: contentOf(message) };
  }
  return input.kind === 'delay' ? null : input;
}

/**
 * Replays steps from a fresh world, each one tick after the last. A message step acts on the
 * oldest in-flight message that matches it and is skipped when none does.
 */
export function replaySchedule(
  config: WorldConfig,
  seed: number,
  steps: readonly ScheduleStep[],
): { world: World; inputs: Input[] } {
  const world = createWorld(config, seed);
  const inputs: Input[] = [];
  for (const step of steps) {
    const at = world.now + 1;
    let input: Input;
    if ('message' in step) {
      const candidates = world.inFlight.filter((m) => sameContent(m, step.message));
      if (candidates.length === 0) continue;
      const oldest = candidates.reduce((a, b) => (a.id < b.id ? a : b));
      input = { kind: step.kind, at, id: oldest.id };
    } else {
      input = { ...step, at };
    }
    apply(world, input, null);
    inputs.push(input);
  }
  return { world, inputs };
}

/** Turns applied inputs into steps by replaying them once. */
export function scheduleOf(
  config: WorldConfig,
  seed: number,
  inputs: readonly Input[],
): ScheduleStep[] {
  const world = createWorld(config, seed);
  const steps: ScheduleStep[] = [];
  for (const input of inputs) {
    const step = describeInput(world, input);
    if (step !== null) steps.push(step);
    apply(world, input, null);
  }
  return steps;
}

/**
 * Removes every step that the failure does not need: repeatedly tries dropping chunks (halves,
 * quarters, … single steps, as delta debugging does) and keeps a removal whenever the replay
 * still fails. The result fails and loses its failure if any single step is removed.
 */
export function shrinkSchedule(
  config: WorldConfig,
  seed: number,
  steps: readonly ScheduleStep[],
  fails: (world: World) => boolean,
): ScheduleStep[] {
  let current = [...steps];
  for (
    let chunk = Math.max(1, current.length >> 1);
    chunk >= 1;
    chunk = chunk === 1 ? 0 : chunk >> 1
  ) {
    let start = current.length - chunk;
    while (start >= 0) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (fails(replaySchedule(config, seed, candidate).world)) current = candidate;
      start -= chunk;
    }
  }
  return current;
}
