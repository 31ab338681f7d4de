import type { DropReason, EngineEvent, Input, Message, Violation, World } from '../engine';
import type { Scenario } from '../scenario';

export type Fate = 'in-flight' | 'delivered' | 'dropped';

/** A message with everything that happened to it during the run (the trace updates it as it goes). */
export type MessageRecord = { -readonly [K in keyof Message]: Message[K] } & MessageFate;

interface MessageFate {
  fate: Fate;
  deliveredAt: number | null;
  droppedAt: number | null;
  dropReason: DropReason | null;
}

/** One applied input and the slice of `events` it produced. */
export interface TraceStep {
  at: number;
  input: Input;
  eventStart: number;
  eventEnd: number;
}

/** The world before step `step` (so checkpoint 0 is the initial world). */
export interface Checkpoint {
  step: number;
  world: World;
}

/**
 * A whole run as data: the scenario and seed it came from, every input applied (the schedule),
 * every event, every message with its fate, and checkpoints that make seeking cheap.
 */
export interface Trace {
  scenario: Scenario;
  seed: number;
  steps: TraceStep[];
  events: EngineEvent[];
  /** Indexed by message id. */
  messages: MessageRecord[];
  violations: Violation[];
  /** The run's last tick. */
  end: number;
  /** True when the run hit the engine's step limit before `end`. */
  truncated: boolean;
  checkpoints: Checkpoint[];
  /** How many steps apart checkpoints are. */
  checkpointEvery: number;
  final: World;
}
