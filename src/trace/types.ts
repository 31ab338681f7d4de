import type { DropReason, EngineEvent, Input, Message, Violation, World } from '../engine';
import type { Scenario } from '../scenario';

export type Fate = 'in-flight' | 'delivered' | 'dropped';

/** A message with everything that happened to it during the run (the trace updates it as it goes). */
export type MessageRecord = { -readonly [K in keyof Message]: Message[K] } & MessageFate;

interface MessageFate {
  /** The step that sent the message (the copy, for a duplicate) and the step that ended it. */
  sentStep: number;
  endStep: number | null;
  /** The message whose delivery made a node send this one; null for a script's doing. */
  cause: number | null;
  /** Index of its group in Trace.groups (messages that share a label). */
  group: number;
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
/** Messages of one kind, ballot and content sent in the same tick: one label, one line. */
export interface MessageGroup {
  key: string;
  /** Message ids, in the order they were sent. */
  messages: number[];
  sentAt: number;
  /** The index of the event that sent its first message (orders groups among other events). */
  firstEvent: number;
}

export interface Trace {
  scenario: Scenario;
  seed: number;
  steps: TraceStep[];
  events: EngineEvent[];
  /** Indexed by message id. */
  messages: MessageRecord[];
  groups: MessageGroup[];
  violations: Violation[];
  /** The run's last tick. */
  end: number;
  /** Where the run's budget stopped it (then `end` is that tick), or null for a whole run. */
  cut: Cut | null;
  /**
   * A run with no `until` that reached its cap (1000 ticks after its last script entry) with
   * messages or timers still pending: it stops there though more would happen.
   */
  capped: boolean;
  /**
   * True for the first part of a long run, shown while the rest is still being recorded; the
   * whole trace replaces it, and everything in this one stays true of the whole.
   */
  recording: boolean;
  /** Worlds before some steps, in step order; the first is before step 0. */
  checkpoints: Checkpoint[];
  final: World;
}

/** A run stopped by its budget: which limit it met, the limit, and the tick it stopped at. */
export interface Cut {
  by: 'steps' | 'messages';
  limit: number;
  at: number;
}
