import type { ChosenFact, EngineEvent, Message, ViolationFacts, World } from '../engine';
import { allNodeIds, nodeSet, roleOf } from '../engine';
import type { MessageKey, Params } from '../i18n';
import type { Line } from './narrationLine';
import { find, line } from './narrationLine';
import { describeDelivery } from './deliveryNarration';
import { describeMultiDelivery, describeMultiTimer } from './multiNarration';
import { repeatsHeartbeat } from './heartbeatRepeat';
import { describeSettings } from './settingsNarration';
import { describeLostAnswer, describeMultiRequest } from './clientNarration';
import type { Trace } from '../trace';
import { messageLabel } from '../trace';

/**
 * What the last step did and why, in the protocol's words: the input, then what the receiver
 * decided, then consequences (a value chosen, a rule broken). Built from the trace's events and
 * the world after the step, never by re-running the protocol.
 */
export function narrate(trace: Trace, step: number, world: World): Line[] {
  if (step === 0) return [];
  const { input, eventStart, eventEnd } = trace.steps[step - 1]!;
  const events = trace.events.slice(eventStart, eventEnd);
  // A heartbeat told before is told in short: the earlier steps say whether it was.
  const repeated = world.multi !== undefined && repeatsHeartbeat(trace, step);
  const lines = describeStep(input.kind, events, trace, world, repeated);
  // The step that breaks agreement says both choices in its violation line, in their order.
  const broken = events.some(
    (e) => e.kind === 'violation' && e.violation.facts.code === 'two-values-chosen',
  );
  for (const event of events) {
    if (event.kind === 'chosen-slot') {
      // The ghost keeps the first choice of each slot: a later ballot choosing it again says so.
      const first = world.multi!.ghost.chosen.find((c) => c.slot === event.slot)!;
      lines.push(
        line(
          world.config.bugs.length > 0
            ? 'multi.narration.chosenRuleBroken'
            : first.ballot < event.ballot
              ? 'multi.narration.chosenAgain'
              : 'multi.narration.chosen',
          {
            slot: event.slot,
            value: event.value,
            ballot: event.ballot,
            acceptors: event.acceptors.join(', '),
            firstBallot: first.ballot,
          },
          'chosen',
        ),
      );
    } else if (event.kind === 'chosen' && !broken) {
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
    } else if (event.kind === 'backoff' && event.retryAt > trace.end && !trace.recording) {
      // A retry promised past the last tick would otherwise read as something still to come.
      lines.push(line('narration.retryAfterEnd', { end: trace.end }));
    }
  }
  return lines;
}

function route(trace: Trace, m: Message): Params {
  return { label: messageLabel(trace.messages[m.id]!), from: m.from, to: m.to };
}

function describeStep(
  kind: string,
  events: EngineEvent[],
  trace: Trace,
  world: World,
  repeated: boolean,
): Line[] {
  const drop = find(events, 'drop');
  if (drop !== undefined)
    return [
      line(`narration.lost.${drop.reason}`, route(trace, drop.message)),
      ...describeLostAnswer(drop.message, world, trace.recording ? null : trace.end),
    ];
  const delivered = find(events, 'deliver');
  // A Multi-Paxos world has its own handlers, whose events say why per slot.
  const multi = world.multi !== undefined;
  if (delivered !== undefined)
    return multi
      ? describeMultiDelivery(delivered.message, events, world, repeated)
      : describeDelivery(delivered.message, events, world);
  if (multi && kind === 'request') return describeMultiRequest(events, world);
  if (multi && kind === 'timeout') return describeMultiTimer(events, world, repeated);
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
              : roleOf(event.node) === 'acceptor'
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
        return describeSettings(event.before, event.settings);
      case 'drop-rule':
        return [line('narration.dropRule')];
      default:
    }
  }
  return [];
}

function crashKey(node: string): MessageKey {
  if (roleOf(node) === 'acceptor') return 'narration.crashAcceptor';
  return roleOf(node) === 'proposer' ? 'narration.crashProposer' : 'narration.crash';
}

/** The sides of a partition as `{P1, A1} | {C1, P2, A2, …}`: unlisted nodes form one more side. */
export function sidesText(groups: string[][], nodes: string[]): string {
  const listed = new Set(groups.flat());
  const others = nodes.filter((id) => !listed.has(id));
  return [...groups, ...(others.length > 0 ? [others] : [])].map(nodeSet).join(' | ');
}

function describeTimer(events: EngineEvent[]): Line[] {
  const backoff = find(events, 'backoff');
  if (backoff !== undefined)
    return [
      line('narration.timeout', {
        proposer: backoff.node,
        ballot: backoff.ballot,
        time: backoff.retryAt,
      }),
    ];
  const retry = find(events, 'prepare');
  if (retry !== undefined)
    return [line('narration.retry', { proposer: retry.node, ballot: retry.ballot })];
  return [];
}

export function violationLine(facts: ViolationFacts): Line {
  switch (facts.code) {
    case 'two-values-chosen': {
      const { first, second } = facts;
      const order =
        second.ballot > first.ballot ? '' : second.ballot < first.ballot ? '.earlier' : '.same';
      return line(`violation.${facts.code}${order}`, twoChosen(first, second), 'violation');
    }
    case 'two-values-in-slot': {
      const { slot, first, second } = facts;
      return line(
        'violation.two-values-in-slot',
        { slot, ...twoChosen(first, second) },
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

/** The two chosen values a broken agreement names, each with its ballot and quorum. */
function twoChosen(first: ChosenFact, second: ChosenFact): Params {
  return {
    first: first.value,
    firstBallot: first.ballot,
    firstQuorum: nodeSet(first.acceptors),
    second: second.value,
    secondBallot: second.ballot,
    secondQuorum: nodeSet(second.acceptors),
  };
}
