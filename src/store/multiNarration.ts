import type { EngineEvent, Message, MultiPaxosEvent, SlotEntry, World } from '../engine';
import { indexOf, MULTI_PAXOS_DEFAULTS, NOOP, roleOf } from '../engine';
import type { Line } from './narrationLine';
import { find, line } from './narrationLine';
import { appliedPrefix } from './logView';

/**
 * Multi-Paxos's narration, slot by slot: why each step happens, in the protocol's words. Like
 * Basic Paxos's it is read from the step's events (`campaign`, `lead`, `propose-slot` with its
 * source, `decide-slot`, `learn-slot`, `apply`, `follow`, `backoff`, `retry`, `counted`,
 * `ignored`) and from the world after the step; it decides nothing about the protocol.
 */

type Events = EngineEvent[];

function all<K extends MultiPaxosEvent['kind'] | EngineEvent['kind']>(
  events: Events,
  kind: K,
): Extract<EngineEvent, { kind: K }>[] {
  return events.filter((e) => e.kind === kind) as Extract<EngineEvent, { kind: K }>[];
}

export function sent(events: Events): Message[] {
  return events.flatMap((e) => (e.kind === 'send' ? [e.message] : []));
}

/** A slot's command as a sentence shows it: noop is the word, a command its value. */
function shown(value: string): string {
  return value === NOOP ? 'noop' : value;
}

/** A Promise's report as `1: X (ballot 1), 2: Y (ballot 1)`, or null when it reports nothing. */
function reportText(log: readonly SlotEntry[] | undefined): string | null {
  if (log === undefined || log.length === 0) return null;
  return log.map((e) => `${e.slot}: ${shown(e.value)} (${e.ballot})`).join(', ');
}

/** What a leader's proposals of this step say, one line per slot, with why it chose each. */
function proposeLines(events: Events): Line[] {
  return all(events, 'propose-slot').map((p) => {
    const value = shown(p.command.value);
    const base = { proposer: p.node, slot: p.slot, value, ballot: p.ballot };
    if (p.ignoredReport !== null)
      return line(
        'multi.narration.proposeIgnoring',
        { ...base, acceptor: p.ignoredReport.acceptor, reported: shown(p.ignoredReport.value) },
        'violation',
      );
    if (p.source === 'reported' && p.reported !== null)
      return line('multi.narration.proposeReported', {
        ...base,
        acceptor: p.reported.acceptor,
        reportedBallot: p.reported.ballot,
      });
    if (p.source === 'noop') return line('multi.narration.proposeNoop', base);
    return line('multi.narration.proposeNew', base);
  });
}

/** A backoff in words: a Nack naming a higher ballot deposes, a silent phase 1 times out. */
function backoffLine(b: Extract<EngineEvent, { kind: 'backoff' }>, from: string | null): Line {
  return b.reason === 'nack'
    ? line('multi.narration.deposed', {
        proposer: b.node,
        ballot: b.ballot,
        acceptor: from ?? '',
        promised: b.promised ?? 0,
        time: b.retryAt,
      })
    : line('multi.narration.phase1Timeout', {
        proposer: b.node,
        ballot: b.ballot,
        time: b.retryAt,
      });
}

function countedLine(m: Message, events: Events): Line | null {
  const counted = find(events, 'counted');
  if (counted === undefined) return null;
  const { count, quorum } = counted;
  if (m.type === 'Promise')
    return line('multi.narration.countPromises', {
      proposer: m.to,
      count,
      quorum,
      ballot: m.ballot!,
    });
  return line('multi.narration.countAccepted', {
    node: m.to,
    count,
    quorum,
    slot: m.slot ?? 0,
    ballot: m.ballot!,
  });
}

function ignoredLine(m: Message, events: Events): Line | null {
  const ignored = find(events, 'ignored');
  if (ignored === undefined) return null;
  const params = {
    node: m.to,
    from: m.from,
    type: m.type,
    ballot: m.ballot ?? 0,
    slot: m.slot ?? 0,
  };
  switch (ignored.reason) {
    case 'already-quorum':
      return line('multi.narration.alreadyQuorum', params);
    case 'already-counted':
      return line('multi.narration.alreadyCounted', params);
    case 'not-current-proposal':
      return line('multi.narration.notPending', params);
    case 'not-higher':
      return line('multi.narration.nackNotHigher', params);
    default:
      return m.type === 'Heartbeat'
        ? line('multi.narration.ignoreHeartbeat', params)
        : line('multi.narration.oldBallot', params);
  }
}

/** What a replica did on learning slots: applied, skipped a noop, answered from its cache, or waits. */
function replicaLines(m: Message, events: Events, world: World, repeated: boolean): Line[] {
  const replica = m.to;
  const lines: Line[] = all(events, 'learn-slot').map((l) =>
    line(m.type === 'Heartbeat' ? 'multi.narration.learnFromHeartbeat' : 'multi.narration.learn', {
      replica,
      slot: l.slot,
      value: shown(l.value),
      ballot: l.ballot,
      leader: m.from,
    }),
  );
  const applied = all(events, 'apply');
  for (const { applied: a } of applied) {
    const params = { replica, slot: a.slot, value: a.value, client: a.client ?? '', seq: a.seq };
    if (a.kind === 'noop') lines.push(line('multi.narration.applyNoop', params));
    else if (a.kind === 'duplicate')
      lines.push(line('multi.narration.applyDuplicate', { ...params, result: a.result }));
    else lines.push(line('multi.narration.apply', { ...params, result: a.result }));
  }
  const multi = world.multi!;
  const state = multi.replicas[indexOf(replica)]!;
  const next = appliedPrefix(state.applied) + 1;
  if (lines.length > 0 && applied.length === 0 && state.chosen.some((e) => e.slot > next))
    lines.push(line('multi.narration.waitForSlot', { replica, slot: next }));
  if (lines.length === 0 && m.type === 'Heartbeat')
    lines.push(
      line(
        repeated ? 'multi.narration.heartbeatReplicaAgain' : 'multi.narration.heartbeatReplica',
        {
          replica,
          leader: m.from,
        },
      ),
    );
  return lines;
}

function describeRequest(m: Message, events: Events): Line[] {
  const campaign = find(events, 'campaign');
  if (campaign !== undefined)
    return [
      line('multi.narration.campaignRequest', {
        proposer: m.to,
        client: m.from,
        value: m.value!,
        ballot: campaign.ballot,
        slot: campaign.slot,
      }),
    ];
  const proposed = proposeLines(events);
  if (proposed.length > 0) return proposed;
  const forwarded = sent(events).find((s) => s.type === 'Request');
  if (forwarded !== undefined)
    return [
      line('multi.narration.forward', { proposer: m.to, leader: forwarded.to, value: m.value! }),
    ];
  return [line('multi.narration.requestWaits', { proposer: m.to, value: m.value! })];
}

/** A delivery in a Multi-Paxos world: what the receiver decided, per slot, and why. */
export function describeMultiDelivery(
  m: Message,
  events: Events,
  world: World,
  repeated = false,
): Line[] {
  if (roleOf(m.to) === 'learner') {
    const skipped = ignoredLine(m, events);
    return skipped !== null ? [skipped] : replicaLinesOrCount(m, events, world, repeated);
  }
  const ignored = ignoredLine(m, events);
  if (ignored !== null) return [ignored];
  const reply = sent(events)[0];
  switch (m.type) {
    case 'Request':
      return describeRequest(m, events);
    case 'Prepare': {
      if (reply?.type === 'Nack')
        return [
          line('multi.narration.refuse', {
            acceptor: m.to,
            type: 'Prepare',
            ballot: m.ballot!,
            promised: reply.promised!,
          }),
        ];
      const report = reportText(reply?.log);
      return [
        report === null
          ? line('multi.narration.promise', {
              acceptor: m.to,
              ballot: m.ballot!,
              slot: m.slot ?? 1,
            })
          : line('multi.narration.promiseReport', {
              acceptor: m.to,
              ballot: m.ballot!,
              slot: m.slot ?? 1,
              report,
            }),
      ];
    }
    case 'Promise': {
      const lead = find(events, 'lead');
      if (lead === undefined) return [countedLine(m, events) ?? line('narration.nothing')];
      return [
        line('multi.narration.lead', {
          proposer: m.to,
          ballot: lead.ballot,
          slot: lead.slot,
          quorum: world.rules.prepareQuorum,
        }),
        ...proposeLines(events),
      ];
    }
    case 'Accept':
      if (reply?.type === 'Nack')
        return [
          line('multi.narration.refuse', {
            acceptor: m.to,
            type: 'Accept!',
            ballot: m.ballot!,
            promised: reply.promised!,
          }),
        ];
      return [
        line('multi.narration.accept', {
          acceptor: m.to,
          slot: m.slot ?? 0,
          value: shown(m.value!),
          ballot: m.ballot!,
          leader: m.from,
        }),
      ];
    case 'Accepted': {
      const decided = find(events, 'decide-slot');
      if (decided === undefined) return [countedLine(m, events) ?? line('narration.nothing')];
      return [
        line('multi.narration.decide', {
          proposer: m.to,
          slot: decided.slot,
          value: shown(decided.value),
          quorum: world.rules.quorum,
        }),
        ...proposeLines(events),
      ];
    }
    case 'Heartbeat': {
      const follow = find(events, 'follow');
      if (follow !== undefined)
        return [
          line('multi.narration.follow', {
            proposer: m.to,
            leader: follow.leader,
            ballot: follow.ballot,
            timeout: world.settings.proposer.timeout,
          }),
        ];
      return [
        line(repeated ? 'multi.narration.heartbeatKeptAgain' : 'multi.narration.heartbeatKept', {
          proposer: m.to,
          leader: m.from,
          timeout: world.settings.proposer.timeout,
        }),
      ];
    }
    case 'Nack': {
      const backoff = find(events, 'backoff');
      return backoff === undefined ? [line('narration.nothing')] : [backoffLine(backoff, m.from)];
    }
    case 'Response':
      return [
        line('multi.narration.response', {
          client: m.to,
          replica: m.from,
          seq: m.seq ?? 0,
          value: m.value!,
        }),
      ];
  }
}

function replicaLinesOrCount(m: Message, events: Events, world: World, repeated: boolean): Line[] {
  const lines = replicaLines(m, events, world, repeated);
  if (lines.length > 0) return lines;
  const counted = countedLine(m, events);
  if (counted !== null) return [counted];
  // A replica that knows the slot is chosen drops its count for it, so a late Accepted is moot.
  const replica = world.multi!.replicas[indexOf(m.to)]!;
  if (m.slot !== undefined && replica.chosen.some((e) => e.slot === m.slot))
    return [
      line('multi.narration.notPending', { node: m.to, from: m.from, type: m.type, slot: m.slot }),
    ];
  return [line('narration.nothing')];
}

/** A timer in a Multi-Paxos world: a heartbeat, a silent leader, a retry, a client's resend. */
export function describeMultiTimer(events: Events, world: World, repeated = false): Line[] {
  const campaign = find(events, 'campaign');
  if (campaign !== undefined)
    return [
      line(
        campaign.reason === 'silence'
          ? 'multi.narration.campaignSilence'
          : 'multi.narration.campaignRetry',
        {
          proposer: campaign.node,
          ballot: campaign.ballot,
          slot: campaign.slot,
          timeout: world.settings.proposer.timeout,
        },
      ),
    ];
  const retry = find(events, 'retry');
  if (retry !== undefined)
    return [
      line('multi.narration.clientRetry', {
        client: retry.node,
        seq: retry.seq,
        proposer: retry.proposer,
        retry: world.config.client?.retry ?? MULTI_PAXOS_DEFAULTS.retry,
      }),
    ];
  const backoff = find(events, 'backoff');
  if (backoff !== undefined) return [backoffLine(backoff, null)];
  const out = sent(events);
  const beat = out.find((m) => m.type === 'Heartbeat');
  if (beat !== undefined) {
    const resent = new Set(out.filter((m) => m.type === 'Accept').map((m) => m.slot));
    return [
      line(repeated ? 'multi.narration.heartbeatAgain' : 'multi.narration.heartbeat', {
        leader: beat.from,
        ballot: beat.ballot ?? 0,
      }),
      ...(resent.size === 0
        ? []
        : [line('multi.narration.resend', { leader: beat.from, slots: [...resent].join(', ') })]),
    ];
  }
  return [line('narration.nothing')];
}
