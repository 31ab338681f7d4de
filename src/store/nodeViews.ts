import type {
  AcceptorState,
  ClientState,
  LearnerState,
  NodeId,
  ProposerState,
  Role,
  World,
} from '../engine';
import { countBits, indexOf, partitionSide, roleOf } from '../engine';
import type { MessageKey, Params } from '../i18n';
import { isolate } from '../i18n';
import { multiHeader } from './multiNodeViews';

/** A node's column header: who it is, whether it is up, its side of a partition, its state. */
export interface NodeView {
  id: NodeId;
  role: Role;
  up: boolean;
  /** 1-based side of the current partition, or null when the network is whole. */
  side: number | null;
  lines: { key: MessageKey; params: Params }[];
  /**
   * The same state in a compact notation for narrow lanes (phones): `p1` promised ballot 1,
   * `X@1` accepted or learned X in ballot 1, `b2 1/2` ballot 2 with one of two replies, `✓X`
   * chosen or answered, `…` waiting, `–` nothing yet.
   */
  short: string[];
  /** A running proposer whose timer could fire now (the Time out lever). */
  timer: boolean;
  /** The ballot a proposer is running, waiting to retry or decided in, whose colour it wears. */
  ballot: number | null;
  /** A running proposer's pending timer: what fires, in how many ticks, out of how many at most. */
  countdown: Countdown | null;
}

/**
 * A proposer's timer seen from the cursor: `timeout` gives up the ballot, `retry` ends a
 * backoff. `total` is the longest such a wait can be (the timeout, or the backoff's maximum),
 * so a ring drawn as `left / total` only ever shrinks while one timer runs.
 */
export interface Countdown {
  kind: 'timeout' | 'retry';
  left: number;
  total: number;
}

function countdownOf(world: World, p: ProposerState): Countdown | null {
  if (!p.up || p.timer === null) return null;
  const { timeout, backoff } = world.settings.proposer;
  const total = Math.max(1, p.timer.kind === 'timeout' ? timeout : backoff[1]);
  const left = Math.max(0, p.timer.at - world.now);
  return { kind: p.timer.kind, left, total: Math.max(total, left) };
}

type Lines = NodeView['lines'];

function acceptorLines(a: AcceptorState): Lines {
  return [
    a.promised === 0
      ? { key: 'acceptor.noPromise', params: {} }
      : { key: 'acceptor.promised', params: { ballot: a.promised } },
    a.accepted === null
      ? { key: 'acceptor.nothingAccepted', params: {} }
      : {
          key: 'acceptor.accepted',
          params: { ballot: a.accepted.ballot, value: a.accepted.value },
        },
  ];
}

/** Phase 1 counts promises against q1, phase 2 counts Accepted against q2 (flexible quorums). */
function proposerLines(p: ProposerState, quorums: { phase1: number; phase2: number }): Lines {
  switch (p.phase) {
    case 'idle':
      return [{ key: 'proposer.idle', params: {} }];
    case 'backoff':
      return [{ key: 'proposer.backoff', params: {} }];
    case 'chosen':
      return [{ key: 'proposer.chosen', params: { value: p.chosen! } }];
    case 'prepare':
      return [
        { key: 'proposer.prepare', params: { ballot: p.ballot } },
        {
          key: 'proposer.promises',
          params: { count: countBits(p.promises), quorum: quorums.phase1 },
        },
      ];
    case 'accept':
      return [
        { key: 'proposer.accept', params: { ballot: p.ballot } },
        { key: 'proposer.proposes', params: { value: p.proposal! } },
        {
          key: 'proposer.accepts',
          params: { count: countBits(p.accepts), quorum: quorums.phase2 },
        },
      ];
  }
}

function learnerLines(l: LearnerState): Lines {
  return [
    l.learned === null
      ? { key: 'learner.nothing', params: {} }
      : { key: 'learner.learned', params: { value: l.learned.value } },
  ];
}

function clientLines(c: ClientState): Lines {
  const request = c.requests.at(-1);
  if (request === undefined) return [{ key: 'client.idle', params: {} }];
  const response = c.responses.at(-1);
  if (response === undefined) return [{ key: 'client.waiting', params: { value: request.value } }];
  return [{ key: 'client.answered', params: { value: response.value } }];
}

function shortLines(world: World, id: NodeId): string[] {
  const index = indexOf(id);
  switch (roleOf(id)) {
    case 'acceptor': {
      const a = world.acceptors[index]!;
      return [
        a.promised === 0 ? '–' : `p${a.promised}`,
        a.accepted === null ? '–' : `${isolate(a.accepted.value)}@${a.accepted.ballot}`,
      ];
    }
    case 'proposer': {
      const p = world.proposers[index]!;
      if (p.phase === 'idle') return ['–'];
      if (p.phase === 'backoff') return [`b${p.ballot}`, '…'];
      if (p.phase === 'chosen') return [`✓${isolate(p.chosen!)}`];
      const prepare = p.phase === 'prepare';
      const count = countBits(prepare ? p.promises : p.accepts);
      const quorum = prepare ? world.rules.prepareQuorum : world.rules.quorum;
      return [`b${p.ballot}`, `${count}/${quorum}`];
    }
    case 'learner': {
      const l = world.learners[index]!;
      return [l.learned === null ? '–' : `${isolate(l.learned.value)}@${l.learned.ballot}`];
    }
    case 'client': {
      const c = world.clients[index]!;
      const answer = c.responses.at(-1);
      const request = c.requests.at(-1);
      return [
        answer !== undefined
          ? `✓${isolate(answer.value)}`
          : request !== undefined
            ? `…${isolate(request.value)}`
            : '–',
      ];
    }
  }
}

function sideOf(world: World, id: NodeId): number | null {
  return world.partition.length === 0 ? null : partitionSide(world, id) + 1;
}

/** Every node's header, in lane order: clients, proposers, acceptors, learners. */
export function nodeViews(world: World): NodeView[] {
  const quorums = { phase1: world.rules.prepareQuorum, phase2: world.rules.quorum };
  const multi = world.multi;
  if (multi !== undefined) {
    // Multi-Paxos keeps its roles' state beside the Basic Paxos records, which still say who is up.
    const nodes = [...world.clients, ...world.proposers, ...world.acceptors, ...world.learners];
    return nodes.map(({ id, up }) => ({
      id,
      role: roleOf(id),
      up,
      side: sideOf(world, id),
      ...multiHeader(world, multi, id),
    }));
  }
  const view = (id: NodeId, up: boolean, lines: Lines): NodeView => {
    const proposer = roleOf(id) === 'proposer' ? world.proposers[indexOf(id)]! : null;
    return {
      id,
      role: roleOf(id),
      up,
      side: sideOf(world, id),
      lines,
      short: shortLines(world, id),
      timer: proposer !== null && up && proposer.timer !== null,
      ballot: proposer === null || proposer.ballot === 0 ? null : proposer.ballot,
      countdown: proposer === null ? null : countdownOf(world, proposer),
    };
  };
  return [
    ...world.clients.map((c) => view(c.id, c.up, clientLines(c))),
    ...world.proposers.map((p) => view(p.id, p.up, proposerLines(p, quorums))),
    ...world.acceptors.map((a) => view(a.id, a.up, acceptorLines(a))),
    ...world.learners.map((l) => view(l.id, l.up, learnerLines(l))),
  ];
}
