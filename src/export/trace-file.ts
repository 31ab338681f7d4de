import type {
  DropReason,
  EngineEvent,
  Input,
  Message,
  MessageContent,
  NodeId,
  Proposal,
  Value,
  Violation,
  World,
} from '../engine';
import { acceptorNames, contentOf } from '../engine';
import { scenarioToFile } from '../scenario';
import type { Cut, Fate, Trace } from '../trace';

/**
 * A run as a file (docs/trace-format.md): the scenario that produced it, then what happened,
 * as plain data for notebooks, other tools and bug reports. It keeps what a reader can rely on
 * (messages with their fates, the inputs applied, the engine's events, the outcome) and leaves
 * out what only makes seeking fast (world checkpoints, internal indexes).
 */
export interface TraceFile {
  format: 'paxoscope-trace';
  version: 1;
  /** The scenario file with the user's edits applied; running it with `seed` gives this run. */
  scenario: Record<string, unknown>;
  seed: number;
  end: number;
  /** True when the run's budget stopped it before its end (then `cut` says where and why). */
  truncated: boolean;
  cut: Cut | null;
  messages: TraceFileMessage[];
  steps: { at: number; input: Input }[];
  events: TraceFileEvent[];
  violations: Violation[];
  final: TraceFileFinal;
}

/** A message: what it says as the engine defines it (Multi-Paxos's slot, seq, log), then its fate. */
export type TraceFileMessage = { id: number } & MessageContent & TraceFileDelivery;

interface TraceFileDelivery {
  sentAt: number;
  /** When the network planned to hand it over. */
  deliverAt: number;
  fate: Fate;
  deliveredAt: number | null;
  droppedAt: number | null;
  dropReason: DropReason | null;
  copyOf: number | null;
  /** The message whose delivery made its sender send it; null for a script's doing. */
  cause: number | null;
}

/** An engine event with the messages it carries named by id (each message is listed once). */
type WithIds<E> = E extends { message: Message }
  ? Omit<E, 'message' | 'copy'> & { message: number } & (E extends { copy: Message }
        ? { copy: number }
        : unknown)
  : E;

/** What a step did; `step` is its index in `steps`. */
export type TraceFileEvent = WithIds<EngineEvent> & { step: number };

export interface TraceFileFinal {
  /** Every (ballot, value) a quorum of acceptors accepted, in the order it happened. */
  chosen: { value: Value; ballot: number; at: number; acceptors: NodeId[] }[];
  learned: Record<NodeId, Proposal | null>;
  responses: { client: NodeId; value: Value; from: NodeId; at: number }[];
  acceptors: Record<NodeId, { promised: number; accepted: Proposal | null }>;
  /** Nodes that are down at the end of the run. */
  down: NodeId[];
}

export function traceFile(trace: Trace): TraceFile {
  return {
    format: 'paxoscope-trace',
    version: 1,
    scenario: scenarioToFile(trace.scenario),
    seed: trace.seed,
    end: trace.end,
    truncated: trace.cut !== null,
    cut: trace.cut,
    messages: trace.messages.map((m) => ({
      id: m.id,
      ...contentOf(m),
      sentAt: m.sentAt,
      deliverAt: m.deliverAt,
      fate: m.fate,
      deliveredAt: m.deliveredAt,
      droppedAt: m.droppedAt,
      dropReason: m.dropReason,
      copyOf: m.copyOf,
      cause: m.cause,
    })),
    steps: trace.steps.map(({ at, input }) => ({ at, input })),
    events: trace.steps.flatMap((step, index) =>
      trace.events.slice(step.eventStart, step.eventEnd).map((e) => ({ step: index, ...plain(e) })),
    ),
    violations: trace.violations,
    final: finalOf(trace.final),
  };
}

function plain(event: EngineEvent): WithIds<EngineEvent> {
  switch (event.kind) {
    case 'send':
      return { kind: event.kind, message: event.message.id };
    case 'deliver':
    case 'drop':
    case 'delay':
      return { ...event, message: event.message.id };
    case 'duplicate':
      return { ...event, message: event.message.id, copy: event.copy.id };
    default:
      return event;
  }
}

function finalOf(world: World): TraceFileFinal {
  return {
    chosen: world.ghost.chosen.map((c) => ({
      value: c.value,
      ballot: c.ballot,
      at: c.at,
      acceptors: acceptorNames(world, c.acceptors),
    })),
    learned: Object.fromEntries(world.learners.map((l) => [l.id, l.learned])),
    responses: world.clients
      .flatMap((c) =>
        c.responses.map((r) => ({ client: c.id, value: r.value, from: r.from, at: r.at })),
      )
      .sort((a, b) => a.at - b.at),
    acceptors: Object.fromEntries(
      world.acceptors.map((a) => [a.id, { promised: a.promised, accepted: a.accepted }]),
    ),
    down: [...world.clients, ...world.proposers, ...world.acceptors, ...world.learners]
      .filter((n) => !n.up)
      .map((n) => n.id),
  };
}
