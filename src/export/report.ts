import type { Invariant, NodeId, Proposal, Value } from '../engine';
import type { Cut, Fate, Trace } from '../trace';

/** What `sim run --format json` prints: the outcome of a run and every message in it. */
export interface RunReport {
  chosen: { value: Value; ballot: number; at: number } | null;
  learned: Record<NodeId, Value | null>;
  responses: { client: NodeId; value: Value; at: number }[];
  violations: { invariant: Invariant; at: number; detail: string }[];
  messages: {
    id: number;
    type: string;
    from: NodeId;
    to: NodeId;
    ballot: number | null;
    value: Value | null;
    accepted: Proposal | null;
    promised: number | null;
    sentAt: number;
    deliveredAt: number | null;
    fate: Fate;
  }[];
  end: number;
  /** Null for a whole run; where and why the run's budget stopped it otherwise. */
  cut: Cut | null;
}

export function runReport(trace: Trace): RunReport {
  const world = trace.final;
  const first = world.ghost.chosen[0];
  return {
    chosen: first === undefined ? null : { value: first.value, ballot: first.ballot, at: first.at },
    learned: Object.fromEntries(world.learners.map((l) => [l.id, l.learned?.value ?? null])),
    responses: world.clients
      .flatMap((c) => c.responses.map((r) => ({ client: c.id, value: r.value, at: r.at })))
      .sort((a, b) => a.at - b.at),
    violations: trace.violations.map(({ invariant, at, detail }) => ({ invariant, at, detail })),
    messages: trace.messages.map((m) => ({
      id: m.id,
      type: m.type,
      from: m.from,
      to: m.to,
      ballot: m.ballot,
      value: m.value,
      accepted: m.accepted,
      promised: m.promised,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
      fate: m.fate,
    })),
    end: trace.end,
    cut: trace.cut,
  };
}
