import type {
  Input,
  Message,
  MessageType,
  NodeId,
  Proposal,
  Value,
  World,
  WorldConfig,
} from '../engine';
import { apply, createWorld } from '../engine';

/**
 * A message named by what it is, not by its id: ids shift when an earlier step is removed. Every
 * field a receiver reads is part of the name, so two messages with one name act alike (an
 * acceptor that forgot its promise may send two Promise(b) that differ only in what they report).
 */
export interface MessageKey {
  type: MessageType;
  from: NodeId;
  to: NodeId;
  ballot: number | null;
  value: Value | null;
  accepted: Proposal | null;
  promised: number | null;
  client: NodeId | null;
  /** Multi-Paxos only: the slot, the request's seq and a promise's report, as its label writes it. */
  slot?: number;
  seq?: number;
  log?: string;
}

/** An input that still means the same thing when the steps before it change. */
export type ScheduleStep =
  | { kind: 'deliver' | 'drop' | 'duplicate'; message: MessageKey }
  | Exclude<Input, { kind: 'deliver' | 'drop' | 'duplicate' | 'delay' }>;

export function keyOf(m: Message): MessageKey {
  const { type, from, to, ballot, value, accepted, promised, client } = m;
  const key: MessageKey = { type, from, to, ballot, value, accepted, promised, client };
  if (m.slot !== undefined) key.slot = m.slot;
  if (m.seq !== undefined) key.seq = m.seq;
  if (m.log !== undefined) key.log = logKey(m);
  return key;
}

function logKey(m: Message): string | undefined {
  return m.log?.map((e) => `${e.slot}:${e.ballot}:${e.client}:${e.seq}:${e.value}`).join(',');
}

export function matches(m: Message, key: MessageKey): boolean {
  return (
    m.type === key.type &&
    m.from === key.from &&
    m.to === key.to &&
    m.ballot === key.ballot &&
    m.value === key.value &&
    m.promised === key.promised &&
    m.client === key.client &&
    m.accepted?.ballot === key.accepted?.ballot &&
    m.accepted?.value === key.accepted?.value &&
    m.slot === key.slot &&
    m.seq === key.seq &&
    logKey(m) === key.log
  );
}

/** Names the input about to be applied to `world` by content. */
export function describeInput(world: World, input: Input): ScheduleStep | null {
  if (input.kind === 'deliver' || input.kind === 'drop' || input.kind === 'duplicate') {
    const message = world.inFlight.find((m) => m.id === input.id);
    return message === undefined ? null : { kind: input.kind, message: keyOf(message) };
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
      const candidates = world.inFlight.filter((m) => matches(m, step.message));
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
