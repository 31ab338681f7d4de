import type { LeaderState, LogClientState, MultiWorld, NodeId, World } from '../engine';
import { countBits, indexOf, MULTI_PAXOS_DEFAULTS, roleOf } from '../engine';
import type { MessageKey, Params } from '../i18n';
import { isolate } from '../i18n';
import { appliedPrefix } from './logView';
import type { Countdown } from './nodeViews';

type Lines = { key: MessageKey; params: Params }[];

/** What a Multi-Paxos header says: the words, the compact notation, its ballot and timer. */
export interface MultiHeader {
  lines: Lines;
  short: string[];
  ballot: number | null;
  countdown: Countdown | null;
  timer: boolean;
}

/** A header without a ballot or a timer. */
const quiet = { ballot: null, countdown: null, timer: false };

/** A replica's key-value state as `x=1, y=2`, at most this many keys before an ellipsis. */
const STORE_KEYS_MAX = 3;

function storeText(store: Record<string, string>): string {
  const keys = Object.keys(store).sort();
  const shown = keys.slice(0, STORE_KEYS_MAX).map((k) => `${k}=${store[k]}`);
  return keys.length > STORE_KEYS_MAX ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * A proposer's pending timer as the header's ring shows it. A follower's silence deadline and a
 * candidate's phase 1 deadline both end in a new ballot (`timeout`); a backoff ends in a retry.
 * A leader's own heartbeat is routine, not something to watch coming, so it shows no ring.
 */
function countdownOf(world: World, p: LeaderState): Countdown | null {
  const timer = p.timer;
  if (timer === null || !world.proposers[p.index]!.up || timer.kind === 'heartbeat') return null;
  const { timeout, backoff } = world.settings.proposer;
  const kind = timer.kind === 'retry' ? 'retry' : 'timeout';
  const total = Math.max(1, kind === 'timeout' ? timeout : backoff[1]);
  const left = Math.max(0, timer.at - world.now);
  return { kind, left, total: Math.max(total, left) };
}

function proposerHeader(world: World, p: LeaderState): MultiHeader {
  const ballot = p.ballot === 0 ? null : p.ballot;
  const base = {
    ballot,
    countdown: countdownOf(world, p),
    timer: p.timer !== null && world.proposers[p.index]!.up,
  };
  switch (p.phase) {
    case 'leader':
      return {
        ...base,
        lines: [
          { key: 'multi.proposer.leader', params: { ballot: p.ballot } },
          { key: 'multi.proposer.nextSlot', params: { slot: p.nextSlot } },
        ],
        short: [`★b${p.ballot}`, `→${p.nextSlot}`],
      };
    case 'candidate': {
      const count = countBits(p.promises);
      const quorum = world.rules.prepareQuorum;
      return {
        ...base,
        lines: [
          { key: 'proposer.prepare', params: { ballot: p.ballot } },
          { key: 'proposer.promises', params: { count, quorum } },
        ],
        short: [`b${p.ballot}`, `${count}/${quorum}`],
      };
    }
    case 'backoff':
      return {
        ...base,
        lines: [{ key: 'proposer.backoff', params: {} }],
        short: [`b${p.ballot}`, '…'],
      };
    case 'follower':
      return p.leader === null
        ? { ...base, lines: [{ key: 'proposer.idle', params: {} }], short: ['–'] }
        : {
            ...base,
            lines: [{ key: 'multi.proposer.follows', params: { leader: p.leader } }],
            short: [`→${p.leader}`],
          };
  }
}

/** The header of a node of a Multi-Paxos world, read off its state in `world.multi`. */
export function multiHeader(world: World, multi: MultiWorld, id: NodeId): MultiHeader {
  const index = indexOf(id);
  switch (roleOf(id)) {
    case 'proposer':
      return proposerHeader(world, multi.proposers[index]!);
    case 'acceptor': {
      const a = multi.acceptors[index]!;
      return {
        ...quiet,
        lines: [
          a.promised === 0
            ? { key: 'acceptor.noPromise', params: {} }
            : { key: 'acceptor.promised', params: { ballot: a.promised } },
          a.accepted.length === 1
            ? { key: 'multi.acceptor.slotOne', params: {} }
            : { key: 'multi.acceptor.slots', params: { count: a.accepted.length } },
        ],
        short: [a.promised === 0 ? '–' : `p${a.promised}`, `#${a.accepted.length}`],
      };
    }
    case 'learner': {
      const r = multi.replicas[index]!;
      const store = storeText(r.store);
      const prefix = appliedPrefix(r.applied);
      return {
        ...quiet,
        lines: [
          prefix <= 1
            ? {
                key: prefix === 0 ? 'multi.replica.appliedNone' : 'multi.replica.appliedOne',
                params: {},
              }
            : { key: 'multi.replica.applied', params: { count: prefix } },
          store === ''
            ? { key: 'multi.replica.storeEmpty', params: {} }
            : { key: 'multi.replica.store', params: { store } },
        ],
        short: [`≤${prefix}`],
      };
    }
    case 'client':
      return clientHeader(world, multi.clients[index]!);
  }
}

/**
 * When the client sends its first unanswered request again, as the header's ring shows it: a
 * lost Response is otherwise invisible until the retry goes out.
 */
function retryCountdown(world: World, c: LogClientState): Countdown | null {
  const due = c.outstanding.flatMap((o) => (o.retryAt === null ? [] : [o.retryAt]));
  if (due.length === 0 || !world.clients[c.index]!.up) return null;
  const total = world.config.client?.retry ?? MULTI_PAXOS_DEFAULTS.retry;
  const left = Math.max(0, Math.min(...due) - world.now);
  return { kind: 'retry', left, total: Math.max(1, total, left) };
}

/**
 * A client's latest request and whether it was answered, after any earlier one still waiting
 * for its answer (whose retry the ring counts down), oldest first.
 */
function clientHeader(world: World, c: LogClientState): MultiHeader {
  const request = c.requests.at(-1);
  if (request === undefined)
    return { ...quiet, lines: [{ key: 'client.idle', params: {} }], short: ['–'] };
  const countdown = retryCountdown(world, c);
  const earlier = c.outstanding.filter((o) => o.seq !== request.seq);
  const answer = c.responses.find((r) => r.seq === request.seq);
  const latest =
    answer === undefined
      ? {
          line: {
            key: 'multi.client.waiting' as const,
            params: { seq: request.seq, value: request.value },
          },
          short: `#${request.seq}…`,
        }
      : {
          line: {
            key: 'multi.client.answered' as const,
            params: { seq: request.seq, value: answer.value },
          },
          short: `#${request.seq}✓${isolate(answer.value)}`,
        };
  return {
    ...quiet,
    countdown,
    timer: countdown !== null,
    lines: [
      ...earlier.map((o) => ({
        key: 'multi.client.waiting' as const,
        params: { seq: o.seq, value: o.value },
      })),
      latest.line,
    ],
    short: [...earlier.map((o) => `#${o.seq}…`), latest.short],
  };
}
