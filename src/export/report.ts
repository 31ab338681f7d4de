import type {
  Invariant,
  MessageContent,
  NodeId,
  Proposal,
  SlotEntry,
  Value,
  World,
} from '../engine';
import { appliedValues, contentOf } from '../engine';
import type { Cut, Fate, MessageRecord, Trace } from '../trace';

/** What `sim run --format json` prints: the outcome of a run and every message in it. */
export interface RunReport {
  /** Multi-Paxos: slot 1's entry (the first slot chosen, in slot order), or null. */
  chosen: { value: Value; ballot: number; at: number } | null;
  learned: Record<NodeId, Value | null>;
  responses: { client: NodeId; value: Value; at: number }[];
  violations: { invariant: Invariant; at: number; detail: string }[];
  messages: ReportMessage[];
  end: number;
  /** Null for a whole run; where and why the run's budget stopped it otherwise. */
  cut: Cut | null;
  /** Multi-Paxos only: the chosen slots in slot order (the first quorum of each). */
  slots?: { slot: number; value: Value; ballot: number; at: number }[];
  /** Multi-Paxos only: each replica's applied commands in order, noops and duplicates left out. */
  applied?: Record<NodeId, Value[]>;
}

/**
 * A message: what it says as the engine defines it, then its fate. A Multi-Paxos Promise's report
 * is written slot by slot in `accepted`, the field where a Basic Paxos Promise reports its pair.
 */
export type ReportMessage = { id: number } & Omit<MessageContent, 'log' | 'accepted'> & {
    accepted: Proposal | Record<number, Proposal> | null;
    sentAt: number;
    deliveredAt: number | null;
    fate: Fate;
  };

export function runReport(trace: Trace): RunReport {
  const world = trace.final;
  if (world.multi !== undefined) return logReport(trace, world);
  const first = world.ghost.chosen[0];
  return {
    chosen: first === undefined ? null : { value: first.value, ballot: first.ballot, at: first.at },
    learned: Object.fromEntries(world.learners.map((l) => [l.id, l.learned?.value ?? null])),
    responses: world.clients
      .flatMap((c) => c.responses.map((r) => ({ client: c.id, value: r.value, at: r.at })))
      .sort((a, b) => a.at - b.at),
    violations: trace.violations.map(({ invariant, at, detail }) => ({ invariant, at, detail })),
    messages: trace.messages.map(reportMessage),
    end: trace.end,
    cut: trace.cut,
  };
}

/**
 * The same report for a Multi-Paxos run: today's fields read slot by slot, plus `slots` and
 * `applied`; messages name their slot and seq, a Promise its report per slot.
 */
function logReport(trace: Trace, world: World): RunReport {
  const multi = world.multi!;
  const slots = [...multi.ghost.chosen]
    .filter((c, i, all) => all.findIndex((d) => d.slot === c.slot) === i)
    .sort((a, b) => a.slot - b.slot)
    .map(({ slot, value, ballot, at }) => ({ slot, value, ballot, at }));
  const first = slots.find((s) => s.slot === 1);
  return {
    chosen: first === undefined ? null : { value: first.value, ballot: first.ballot, at: first.at },
    learned: Object.fromEntries(
      multi.replicas.map((r) => [r.id, r.chosen.find((e) => e.slot === 1)?.value ?? null]),
    ),
    responses: multi.clients
      .flatMap((c) => c.responses.map((r) => ({ client: c.id, value: r.value, at: r.at })))
      .sort((a, b) => a.at - b.at),
    violations: trace.violations.map(({ invariant, at, detail }) => ({ invariant, at, detail })),
    messages: trace.messages.map(reportMessage),
    end: trace.end,
    cut: trace.cut,
    slots,
    applied: Object.fromEntries(multi.replicas.map((r) => [r.id, appliedValues(r)])),
  };
}

function reportMessage(m: MessageRecord): ReportMessage {
  const { log, ...content } = contentOf(m);
  return {
    id: m.id,
    ...content,
    accepted: m.type === 'Promise' && log !== undefined ? reportBySlot(log) : content.accepted,
    sentAt: m.sentAt,
    deliveredAt: m.deliveredAt,
    fate: m.fate,
  };
}

function reportBySlot(log: readonly SlotEntry[]): Record<number, Proposal> {
  return Object.fromEntries(log.map((e) => [e.slot, { ballot: e.ballot, value: e.value }]));
}
