import type { EngineEvent, NodeId, Proposal, Value, World } from '../engine';
import { acceptorNames, indexOf } from '../engine';
import { preset } from '../scenario/presets';
import type { PresetId } from '../scenario/presets';
import type { Stop } from '../scenario';
import type { Trace } from '../trace';
import { runScenario } from './run';

/**
 * Helpers for the preset tests: each reads a protocol fact off a run the way a teacher would
 * point at it on the diagram (who proposed what, who accepted what, who heard what).
 */

const traces = new Map<PresetId, Trace>();

/** The preset's run with its own seed; runs are deterministic, so one run per preset is shared. */
export function runPreset(id: PresetId): Trace {
  let trace = traces.get(id);
  if (trace === undefined) {
    trace = runScenario(preset(id));
    traces.set(id, trace);
  }
  return trace;
}

export type EventOf<K extends EngineEvent['kind']> = Extract<EngineEvent, { kind: K }>;

export function eventsOf<K extends EngineEvent['kind']>(trace: Trace, kind: K): EventOf<K>[] {
  return trace.events.filter((event): event is EventOf<K> => event.kind === kind);
}

/** The one phase-2 start of `node` in `ballot`. */
export function proposal(trace: Trace, node: NodeId, ballot: number): EventOf<'propose'> {
  const found = eventsOf(trace, 'propose').filter((e) => e.node === node && e.ballot === ballot);
  if (found.length !== 1)
    throw new Error(`${node} started phase 2 of ballot ${ballot} ${found.length} times`);
  return found[0]!;
}

/** Every (ballot, value) chosen during the run, in the order it happened. */
export function chosen(trace: Trace): { value: Value; ballot: number; at: number; by: string[] }[] {
  const world = trace.final;
  return world.ghost.chosen.map((c) => ({
    value: c.value,
    ballot: c.ballot,
    at: c.at,
    by: acceptorNames(world, c.acceptors),
  }));
}

/** What each client heard, as values in order of arrival. */
export function heard(trace: Trace, client: NodeId): Value[] {
  const state = trace.final.clients.find((c) => c.id === client)!;
  return state.responses.map((r) => r.value);
}

/** Every proposal an acceptor ever accepted, oldest first (its accepted ballot only grows). */
export function votesOf(world: World, acceptor: NodeId): Proposal[] {
  const bit = 1 << indexOf(acceptor);
  return world.ghost.votes
    .filter((vote) => (vote.acceptors & bit) !== 0)
    .map(({ ballot, value }) => ({ ballot, value }))
    .sort((a, b) => a.ballot - b.ballot);
}

/**
 * The promises a proposer had counted when it started phase 2 of `ballot`: every Promise for
 * that ballot delivered to it before its propose event, in arrival order.
 */
export function promisesBefore(
  trace: Trace,
  node: NodeId,
  ballot: number,
): { from: NodeId; accepted: Proposal | null }[] {
  const promises: { from: NodeId; accepted: Proposal | null }[] = [];
  for (const event of trace.events) {
    if (event.kind === 'propose' && event.node === node && event.ballot === ballot) return promises;
    if (event.kind !== 'deliver') continue;
    const m = event.message;
    if (m.type === 'Promise' && m.to === node && m.ballot === ballot)
      promises.push({ from: m.from, accepted: m.accepted });
  }
  throw new Error(`${node} never started phase 2 of ballot ${ballot}`);
}

/** The stops that ask a question, with their tick. */
export function asks(id: PresetId): (NonNullable<Stop['ask']> & { at: number })[] {
  return preset(id).stops.flatMap((stop) =>
    stop.ask === undefined ? [] : [{ ...stop.ask, at: stop.at }],
  );
}

/** The English text of the option a question marks as right. */
export function rightAnswer(ask: NonNullable<Stop['ask']>): string {
  return ask.options[ask.answer]!.en!;
}
