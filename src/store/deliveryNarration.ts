import type { EngineEvent, IgnoreReason, Message, World } from '../engine';
import { indexOf, roleOf } from '../engine';
import type { Line } from './narrationLine';
import { find, line } from './narrationLine';

/**
 * What a receiver decided on a delivery, and why: the proposer's count towards its quorum, the
 * acceptor's promise or refusal, the learner's tally. Read from the step's events, which carry
 * the engine's own reasons (`ignored`, `counted`), and the world after it for the words; no
 * protocol rule is decided here.
 */
export function describeDelivery(m: Message, events: EngineEvent[], world: World): Line[] {
  const index = indexOf(m.to);
  const sent = events.flatMap((e) => (e.kind === 'send' ? [e.message] : []));
  const ignored = find(events, 'ignored');
  if (ignored !== undefined) return [ignoredLine(m, ignored.reason, world)];
  switch (m.type) {
    case 'Request': {
      const started = find(events, 'prepare');
      if (started !== undefined)
        return [
          line('narration.startBallot', {
            proposer: m.to,
            client: m.from,
            value: m.value!,
            ballot: started.ballot,
          }),
        ];
      return [
        line('narration.busy', {
          proposer: m.to,
          client: m.from,
          ballot: world.proposers[index]!.ballot,
        }),
      ];
    }
    case 'Prepare': {
      const reply = sent[0]!;
      if (reply.type === 'Nack')
        return [
          line('narration.refusePrepare', {
            acceptor: m.to,
            ballot: m.ballot!,
            promised: reply.promised!,
          }),
        ];
      if (reply.accepted === null)
        return [line('narration.promise', { acceptor: m.to, ballot: m.ballot! })];
      return [
        line('narration.promiseReport', {
          acceptor: m.to,
          ballot: m.ballot!,
          value: reply.accepted.value,
          accepted: reply.accepted.ballot,
          proposer: m.from,
        }),
      ];
    }
    case 'Promise':
      return describePromise(m, events);
    case 'Accept': {
      const reply = sent[0]!;
      if (reply.type === 'Nack')
        return [
          line('narration.refuseAccept', {
            acceptor: m.to,
            ballot: m.ballot!,
            value: m.value!,
            promised: reply.promised!,
          }),
        ];
      return [
        line('narration.accept', {
          acceptor: m.to,
          ballot: m.ballot!,
          value: m.value!,
          proposer: m.from,
        }),
      ];
    }
    case 'Accepted':
      return roleOf(m.to) === 'learner' ? describeLearner(m, events) : describeAccepted(m, events);
    case 'Nack': {
      const backoff = find(events, 'backoff')!;
      return [
        line('narration.nack', {
          proposer: m.to,
          ballot: backoff.ballot,
          promised: m.promised!,
          time: backoff.retryAt,
        }),
      ];
    }
    case 'Response':
      return [line('narration.response', { client: m.to, learner: m.from, value: m.value! })];
    case 'Heartbeat':
      // Multi-Paxos's narration is later work; a heartbeat says nothing yet.
      return [];
  }
}

/** The engine's reason for acting on nothing in a message, in words. */
function ignoredLine(m: Message, reason: IgnoreReason, world: World): Line {
  const node = m.to;
  const ballot = m.ballot!;
  switch (reason) {
    case 'old-ballot':
      if (m.type === 'Promise') return line('narration.ignorePromise', { proposer: node, ballot });
      if (m.type === 'Nack') return line('narration.ignoreNack', { proposer: node });
      return line('narration.ignoreAccepted', { proposer: node, ballot });
    case 'gave-up':
      return line('narration.gaveUp', { proposer: node, ballot });
    case 'already-decided':
      return line('narration.alreadyDecided', {
        proposer: node,
        value: world.proposers[indexOf(node)]!.chosen!,
      });
    case 'already-quorum':
      return m.type === 'Promise'
        ? line('narration.promiseQuorum', { proposer: node, ballot })
        : line('narration.learnerDone', { learner: node, value: m.value!, ballot });
    case 'already-counted':
      return line('narration.alreadyCounted', { node, from: m.from });
    case 'not-current-proposal':
      return line('narration.notProposed', { proposer: node, value: m.value!, ballot });
    case 'not-higher':
      return line('narration.nackNotHigher', { proposer: node, ballot, promised: m.promised! });
    case 'already-answered':
      return line('narration.learnerAnswered', {
        learner: node,
        ballot,
        learned: world.learners[indexOf(node)]!.learned!.value,
      });
  }
}

function describePromise(m: Message, events: EngineEvent[]): Line[] {
  const propose = find(events, 'propose');
  if (propose === undefined) {
    const { count, quorum, ballot } = find(events, 'counted')!;
    return [line('narration.countPromises', { proposer: m.to, count, quorum, ballot })];
  }
  const { adopted, ignoredReport, value, ballot } = propose;
  if (adopted !== null) {
    return [
      line('narration.proposeAdopted', {
        proposer: m.to,
        reportedBallot: adopted.ballot,
        acceptor: adopted.acceptor,
        value,
        ballot,
      }),
    ];
  }
  if (ignoredReport !== null) {
    // Only a broken rule lets a proposer ignore a reported value: say so.
    return [
      line(
        'narration.proposeIgnoring',
        {
          proposer: m.to,
          value,
          acceptor: ignoredReport.acceptor,
          reported: ignoredReport.value,
          reportedBallot: ignoredReport.ballot,
        },
        'violation',
      ),
    ];
  }
  return [line('narration.proposeOwn', { proposer: m.to, value, ballot })];
}

function describeAccepted(m: Message, events: EngineEvent[]): Line[] {
  const decide = find(events, 'decide');
  if (decide !== undefined)
    return [line('narration.decide', { proposer: m.to, value: decide.value })];
  const { count, quorum, ballot } = find(events, 'counted')!;
  return [line('narration.countAccepts', { proposer: m.to, count, quorum, ballot })];
}

function describeLearner(m: Message, events: EngineEvent[]): Line[] {
  const learn = find(events, 'learn');
  const response = find(events, 'send')?.message;
  const client = response?.to ?? m.client ?? '';
  if (learn !== undefined)
    return [
      line('narration.learn', { learner: m.to, value: learn.value, ballot: learn.ballot, client }),
    ];
  if (response !== undefined)
    return [
      line('narration.answer', {
        learner: m.to,
        ballot: m.ballot!,
        client,
        value: response.value!,
      }),
    ];
  const { count, quorum, ballot } = find(events, 'counted')!;
  return [
    line('narration.countLearner', { learner: m.to, count, quorum, value: m.value!, ballot }),
  ];
}
