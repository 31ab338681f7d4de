import type { NodeId, Value, World } from '../engine';

/** A request a client has sent, by its number: what a retry of the same (client, seq) resends. */
export interface SentRequest {
  seq: number;
  value: Value;
}

/**
 * The requests a Multi-Paxos client has sent by the world's step, once each and in seq order
 * (a retry is the same request again). Empty for a Basic Paxos world, whose requests have no seq.
 */
export function sentRequests(world: World, client: NodeId): SentRequest[] {
  const state = world.multi?.clients.find((c) => c.id === client);
  if (state === undefined) return [];
  const bySeq = new Map<number, Value>();
  for (const r of state.requests) if (!bySeq.has(r.seq)) bySeq.set(r.seq, r.value);
  return [...bySeq].sort(([a], [b]) => a - b).map(([seq, value]) => ({ seq, value }));
}
