import type { NodeId, Quorums, RuleBreak, Value } from '../engine';
import { nodeId } from '../engine';
import type { Scenario, ScriptEntry } from './scenarioTypes';
import { LIMITS } from './scenarioTypes';

/**
 * What a user did to a run, in order. Most levers are script entries appended at the cursor;
 * a few change the scenario's shape. A run on screen is always `applyEdits(loaded, edits)`, so
 * edits are plain data: they go into links, and Undo is the list without its last edit.
 */
export type Edit =
  /** Levers pulled together at the cursor (one Undo takes them all back). */
  | { kind: 'script'; entries: ScriptEntry[] }
  /** A competing proposer with a client of its own, which asks it for `value` at `at`. */
  | { kind: 'add-proposer'; at: number; value: Value }
  /** Takes away the last proposer (and the client added with it), and every entry naming them. */
  | { kind: 'remove-proposer' }
  | { kind: 'seed'; seed: number }
  /** The rules broken, for the whole run (rules are part of the world, not of a moment). */
  | { kind: 'bugs'; bugs: RuleBreak[] }
  /** Phase 1 and phase 2 quorum sizes for the whole run (null: majorities), like the rules. */
  | { kind: 'quorums'; quorums: Quorums | null };

export function applyEdits(base: Scenario, edits: readonly Edit[]): Scenario {
  return edits.reduce(applyEdit, base);
}

function applyEdit(scenario: Scenario, edit: Edit): Scenario {
  switch (edit.kind) {
    case 'script':
      return { ...scenario, script: [...scenario.script, ...edit.entries] };
    case 'seed':
      return { ...scenario, seed: edit.seed };
    case 'bugs':
      return { ...scenario, bugs: [...edit.bugs] };
    case 'quorums':
      return withQuorums(scenario, edit.quorums);
    case 'add-proposer':
      return addProposer(scenario, edit.at, edit.value);
    case 'remove-proposer':
      return removeProposer(scenario);
  }
}

function withQuorums(scenario: Scenario, quorums: Quorums | null): Scenario {
  const { quorums: _old, ...rest } = scenario;
  return quorums === null ? rest : { ...rest, quorums: { ...quorums } };
}

function addProposer(scenario: Scenario, at: number, value: Value): Scenario {
  const { nodes } = scenario;
  if (nodes.proposers >= LIMITS.nodesMax || nodes.clients >= LIMITS.nodesMax) return scenario;
  const proposer = nodeId('proposer', nodes.proposers);
  const client = nodeId('client', nodes.clients);
  return {
    ...scenario,
    nodes: { ...nodes, proposers: nodes.proposers + 1, clients: nodes.clients + 1 },
    script: [...scenario.script, { at, request: { client, proposer, value } }],
  };
}

function removeProposer(scenario: Scenario): Scenario {
  const { nodes } = scenario;
  if (nodes.proposers <= 1) return scenario;
  const proposer = nodeId('proposer', nodes.proposers - 1);
  const lastClient = nodeId('client', nodes.clients - 1);
  // The last client goes too when it only ever talked to the proposer being removed.
  const clientTalksElsewhere = scenario.script.some(
    (e) => 'request' in e && e.request.client === lastClient && e.request.proposer !== proposer,
  );
  const dropClient = nodes.clients > 1 && !clientTalksElsewhere;
  const gone = new Set<NodeId>([proposer, ...(dropClient ? [lastClient] : [])]);
  return {
    ...scenario,
    nodes: {
      ...nodes,
      proposers: nodes.proposers - 1,
      clients: nodes.clients - (dropClient ? 1 : 0),
    },
    script: scenario.script.flatMap((entry) => withoutNodes(entry, gone)),
  };
}

/** The entry with the removed nodes taken out, or nothing when it only concerned them. */
function withoutNodes(entry: ScriptEntry, gone: Set<NodeId>): ScriptEntry[] {
  if ('request' in entry)
    return gone.has(entry.request.client) || gone.has(entry.request.proposer) ? [] : [entry];
  if ('crash' in entry) return gone.has(entry.crash) ? [] : [entry];
  if ('restart' in entry) return gone.has(entry.restart) ? [] : [entry];
  if ('timeout' in entry) return gone.has(entry.timeout) ? [] : [entry];
  if ('partition' in entry) {
    const groups = entry.partition
      .map((g) => g.filter((id) => !gone.has(id)))
      .filter((g) => g.length > 0);
    return groups.length === 0 ? [] : [{ ...entry, partition: groups }];
  }
  if ('drop' in entry && !('message' in entry.drop)) {
    const { from, to } = entry.drop;
    return (from !== undefined && gone.has(from)) || (to !== undefined && gone.has(to))
      ? []
      : [entry];
  }
  return [entry];
}
