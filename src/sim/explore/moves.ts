import type { Input, Message, NodeId } from '../../engine';
import { contentOf, nodeId, ROLES } from '../../engine';
import type { ScheduleStep } from '../shrink';
import { nodeNumber } from './intern';

/**
 * One step of a search as a single integer: what kind of input, and what it acts on (a
 * message's content number or a node). The search keeps one per state, to walk back from a
 * violation to the schedule that reached it.
 */
const KINDS = [
  'deliver',
  'drop',
  'duplicate',
  'timeout',
  'crash',
  'restart',
  'partition',
  'heal',
  'bounce',
] as const;
type MoveKind = (typeof KINDS)[number];

const KIND_INDEX = Object.fromEntries(KINDS.map((kind, i) => [kind, i])) as Record<
  MoveKind,
  number
>;
const TARGET_BITS = 24;

function nodeOf(number: number): NodeId {
  return nodeId(ROLES[number >> 4]!, number & 15);
}

/**
 * The move of the inputs of one search step about to be applied to `world` (one input, or a
 * crash and the restart right after it: a bounce), or -1 for a step a search never takes.
 */
export function moveOf(inputs: readonly Input[]): number {
  const input = inputs[0]!;
  if (inputs.length === 2)
    return input.kind === 'crash'
      ? (KIND_INDEX.bounce << TARGET_BITS) | nodeNumber(input.node)
      : -1;
  switch (input.kind) {
    case 'deliver':
    case 'drop':
    case 'duplicate': {
      // In a rebuilt world every message is a template, whose id is its content number.
      return (KIND_INDEX[input.kind] << TARGET_BITS) | input.id;
    }
    case 'timeout':
    case 'crash':
    case 'restart':
      return (KIND_INDEX[input.kind] << TARGET_BITS) | nodeNumber(input.node);
    case 'partition':
      // Searches cut one node off at a time (see enabledInputs).
      return input.groups.length === 1 && input.groups[0]!.length === 1
        ? (KIND_INDEX.partition << TARGET_BITS) | nodeNumber(input.groups[0]![0]!)
        : -1;
    case 'heal':
      return KIND_INDEX.heal << TARGET_BITS;
    default:
      return -1;
  }
}

/** The content number a message move acts on. */
function moveContent(move: number): number {
  return move & ((1 << TARGET_BITS) - 1);
}

/**
 * A move as schedule steps that name messages by content (replayable anywhere). `interner`
 * holds the message templates of the search that made the move (Basic Paxos's or Multi-Paxos's).
 */
export function stepsOf(
  move: number,
  interner: { readonly messages: readonly Message[] },
): ScheduleStep[] {
  const kind = KINDS[move >> TARGET_BITS]!;
  const target = moveContent(move);
  switch (kind) {
    case 'deliver':
    case 'drop':
    case 'duplicate':
      return [{ kind, message: contentOf(interner.messages[target]!) }];
    case 'timeout':
    case 'crash':
    case 'restart':
      return [{ kind, at: 0, node: nodeOf(target) }];
    case 'partition':
      return [{ kind, at: 0, groups: [[nodeOf(target)]] }];
    case 'heal':
      return [{ kind, at: 0 }];
    case 'bounce':
      return [
        { kind: 'crash', at: 0, node: nodeOf(target) },
        { kind: 'restart', at: 0, node: nodeOf(target) },
      ];
  }
}
