import type { EngineEvent, Message, ProposerState, ViolationFacts, World } from '../engine';
import { allNodeIds, countBits } from '../engine';
import type { MessageKey, Params } from '../i18n';
import type { Trace } from '../trace';
import { messageLabel } from '../trace';

/** One sentence of narration: a dictionary key and its facts, translated by the component. */
export interface Line {
  key: MessageKey;
  params: Params;
  tone: 'normal' | 'chosen' | 'violation';
}

const line = (key: MessageKey, params: Params = {}, tone: Line['tone'] = 'normal'): Line => ({
  key,
  params,
  tone,
});

/**
 * What the last step did and why, in the protocol's words: the input, then what the receiver
 * decided, then consequences (a value chosen, a rule broken). Built from the trace's events and
 * the world after the step, never by re-running the protocol.
 */
export function narrate(trace: Trace, step: number, world: World): Line[] {
  if (step === 0) return [];
  const { input, eventStart, eventEnd } = trace.steps[step - 1]!;
  const events = trace.events.slice(eventStart, eventEnd);
  const lines = describeStep(input.kind, events, trace, world);
  for (const event of events) {
    if (event.kind === 'chosen') {
      // Paxos's promise that nothing else is chosen holds only while its rules are kept.
      lines.push(
        line(
          world.config.bugs.length === 0 ? 'narration.chosen' : 'narration.chosenRuleBroken',
          { value: event.value, ballot: event.ballot, acceptors: event.acceptors.join(', ') },
          'chosen',
        ),
      );
    } else if (event.kind === 'violation') {
      lines.push(violationLine(event.violation.facts));
    }
  }
  return lines;
}

function find<K extends EngineEvent['kind']>(
  events: EngineEvent[],
  kind: K,
): Extract<EngineEvent, { kind: K }> | undefined {
  return events.find((e) => e.kind === kind) as Extract<EngineEvent, { kind: K }> | undefined;
}

function route(trace: Trace, m: Message): Params {
  return { label: messageLabel(trace.messages[m.id]!), from: m.from, to: m.to };
}

function describeStep(kind: string, events: EngineEvent[], trace: Trace, world: World): Line[] {
  const drop = find(events, 'drop');
  if (drop !== undefined)
    return [line(`narration.lost.${drop.reason}`, route(trace, drop.message))];
  const delivered = find(events, 'deliver');
  if (delivered !== undefined) return describeDelivery(delivered.message, events, world);
  switch (kind) {
    case 'request': {
      const sent = find(events, 'send');
      return sent === undefined
        ? []
        : [
            line('narration.request', {
              client: sent.message.from,
              proposer: sent.message.to,
              value: sent.message.value!,
            }),
          ];
    }
    case 'timeout':
      return describeTimer(events);
    case 'duplicate': {
      const copy = find(events, 'duplicate');
      return copy === undefined
        ? [line('narration.nothing')]
        : [line('narration.duplicate', route(trace, copy.message))];
    }
    case 'delay': {
      const held = find(events, 'delay');
      return held === undefined
        ? [line('narration.nothing')]
        : [
            line('narration.delay', {
              ...route(trace, held.message),
              time: held.message.deliverAt,
            }),
          ];
    }
    case 'deliver':
      return [line('narration.nothing')];
    default:
      return describeFault(events, world);
  }
}

function describeFault(events: EngineEvent[], world: World): Line[] {
  for (const event of events) {
    switch (event.kind) {
      case 'crash':
        return [line(crashKey(event.node), { node: event.node })];
      case 'restart':
        return [
          line(
            event.forgot
              ? 'narration.restartForgot'
              : event.node[0] === 'A'
                ? 'narration.restartAcceptor'
                : 'narration.restart',
            { node: event.node },
          ),
        ];
      case 'partition':
        return [line('narration.partition', { sides: sidesText(event.groups, allNodeIds(world)) })];
      case 'heal':
        return [line('narration.heal')];
      case 'configure':
        return [line('narration.configure')];
      case 'drop-rule':
        return [line('narration.dropRule')];
      default:
    }
  }
  return [];
}

function crashKey(node: string): MessageKey {
  if (node[0] === 'A') return 'narration.crashAcceptor';
  return node[0] === 'P' ? 'narration.crashProposer' : 'narration.crash';
}

/** The sides of a partition as `{P1, A1} | {C1, P2, A2, …}`: unlisted nodes form one more side. */
export function sidesText(groups: string[][], nodes: string[]): string {
  const listed = new Set(groups.flat());
  const others = nodes.filter((id) => !listed.has(id));
  return [...groups, ...(others.length > 0 ? [others] : [])]
    .map((g) => `{${g.join(', ')}}`)
    .join(' | ');
}

function describeTimer(events: EngineEvent[]): Line[] {
  const backoff = find(events, 'backoff');
  if (backoff !== undefined)
    return [
      line('narration.timeout', {
        proposer: backoff.node,
        ballot: backoff.ballot,
        wait: backoff.retryAt - backoff.at,
      }),
    ];
  const retry = find(events, 'prepare');
  if (retry !== undefined)
    return [line('narration.retry', { proposer: retry.node, ballot: retry.ballot })];
  return [];
}

function describeDelivery(m: Message, events: EngineEvent[], world: World): Line[] {
  const index = Number(m.to.slice(1)) - 1;
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
      return m.to[0] === 'L'
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
          wait: backoff.retryAt - backoff.at,
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
  const learner = world.learners[Number(m.to.slice(1)) - 1]!;
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

export function violationLine(facts: ViolationFacts): Line {
  const quorum = (nodes: string[]) => `{${nodes.join(', ')}}`;
  switch (facts.code) {
    case 'two-values-chosen': {
      const { first, second } = facts;
      return line(
        `violation.${facts.code}`,
        {
          first: first.value,
          firstBallot: first.ballot,
          firstQuorum: quorum(first.acceptors),
          second: second.value,
          secondBallot: second.ballot,
          secondQuorum: quorum(second.acceptors),
        },
        'violation',
      );
    }
    case 'learned-value-changed':
      return line(
        `violation.${facts.code}`,
        { learner: facts.learner, before: facts.before, after: facts.after ?? '—' },
        'violation',
      );
    default: {
      const { code, ...params } = facts;
      return line(`violation.${code}`, params as Params, 'violation');
    }
  }
}
