import type { EngineEvent, Message, ProposerState, World } from '../engine';
import { countBits, indexOf, roleOf } from '../engine';
import type { Line } from './narrationLine';
import { find, line } from './narrationLine';

/**
 * What a receiver decided on a delivery, and why: the proposer's count towards its quorum, the
 * acceptor's promise or refusal, the learner's tally. Read from the step's events and the world
 * after it.
 */
export function describeDelivery(m: Message, events: EngineEvent[], world: World): Line[] {
  const index = indexOf(m.to);
  const sent = events.flatMap((e) => (e.kind === 'send' ? [e.message] : []));
  const quorum = world.rules.quorum;
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
      return describePromise(m, events, world.proposers[index]!, quorum);
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
      return roleOf(m.to) === 'learner'
        ? describeLearner(m, events, world, quorum)
        : describeAccepted(m, events, world.proposers[index]!, quorum);
    case 'Nack': {
      const backoff = find(events, 'backoff');
      if (backoff === undefined) return [line('narration.ignoreNack', { proposer: m.to })];
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
  }
}

function describePromise(
  m: Message,
  events: EngineEvent[],
  proposer: ProposerState,
  quorum: number,
): Line[] {
  const propose = find(events, 'propose');
  if (propose === undefined) {
    if (proposer.phase !== 'prepare' || proposer.ballot !== m.ballot)
      return [line('narration.ignorePromise', { proposer: m.to, ballot: m.ballot! })];
    return [
      line('narration.countPromises', {
        proposer: m.to,
        count: countBits(proposer.promises),
        quorum,
        ballot: m.ballot!,
      }),
    ];
  }
  const { adopted, value, ballot } = propose;
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
  const reported = proposer.highest;
  if (reported !== null) {
    // Only a broken rule lets a proposer ignore a reported value: say so.
    return [
      line(
        'narration.proposeIgnoring',
        {
          proposer: m.to,
          value,
          acceptor: reported.acceptor,
          reported: reported.value,
          reportedBallot: reported.ballot,
        },
        'violation',
      ),
    ];
  }
  return [line('narration.proposeOwn', { proposer: m.to, value, ballot })];
}

function describeAccepted(
  m: Message,
  events: EngineEvent[],
  proposer: ProposerState,
  quorum: number,
): Line[] {
  const decide = find(events, 'decide');
  if (decide !== undefined)
    return [line('narration.decide', { proposer: m.to, value: decide.value })];
  if (proposer.phase !== 'accept' || proposer.ballot !== m.ballot)
    return [line('narration.ignoreAccepted', { proposer: m.to })];
  return [
    line('narration.countAccepts', {
      proposer: m.to,
      count: countBits(proposer.accepts),
      quorum,
      ballot: m.ballot!,
    }),
  ];
}

function describeLearner(m: Message, events: EngineEvent[], world: World, quorum: number): Line[] {
  const learner = world.learners[indexOf(m.to)]!;
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
  const tally = learner.tallies.find((t) => t.ballot === m.ballot && t.value === m.value);
  const count = tally === undefined ? 0 : countBits(tally.acceptors);
  if (count > quorum) return [line('narration.learnerDone', { learner: m.to })];
  return [
    line('narration.countLearner', {
      learner: m.to,
      count,
      quorum,
      value: m.value!,
      ballot: m.ballot!,
    }),
  ];
}
