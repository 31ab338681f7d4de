import type { NodeId } from './ids';
import type { DropReason, Message, MessageType, Proposal, Value } from './messages';
import type { MultiPaxosEvent } from './multi/events';
import type { Violation } from './violations';
import type { Settings } from './world';

/**
 * What a step reports. Network events say what happened to messages; protocol events say what
 * a node decided and the facts it decided on, so narration can explain *why* without
 * re-deriving the protocol.
 */
export type EngineEvent =
  | { kind: 'send'; message: Message }
  | { kind: 'deliver'; message: Message; at: number }
  | { kind: 'drop'; message: Message; at: number; reason: DropReason }
  | { kind: 'duplicate'; message: Message; copy: Message; at: number }
  | { kind: 'delay'; message: Message; at: number }
  | { kind: 'crash'; node: NodeId; at: number }
  | { kind: 'restart'; node: NodeId; at: number; forgot: boolean }
  | { kind: 'partition'; groups: NodeId[][]; at: number }
  | { kind: 'heal'; at: number }
  /** New network or proposer settings; `before` lets the narration say what changed. */
  | { kind: 'configure'; settings: Settings; before: Settings; at: number }
  | {
      kind: 'drop-rule';
      type: MessageType | null;
      from: NodeId | null;
      to: NodeId | null;
      until: number | null;
      at: number;
    }
  /** A proposer starts phase 1 with a new ballot. */
  | { kind: 'prepare'; node: NodeId; ballot: number; reason: 'request' | 'retry'; at: number }
  /**
   * A proposer has a quorum of promises and starts phase 2; adopted names the value it had to
   * take, ignoredReport the one it should have taken but did not, under `ignore-promised-values`.
   */
  | {
      kind: 'propose';
      node: NodeId;
      ballot: number;
      value: Value;
      adopted: Reported | null;
      ignoredReport: Reported | null;
      at: number;
    }
  /** A proposer gives up on a ballot and waits before retrying. */
  | {
      kind: 'backoff';
      node: NodeId;
      ballot: number;
      reason: 'nack' | 'timeout';
      promised: number | null;
      retryAt: number;
      at: number;
    }
  /** A node received a message and, for the reason given, acts on nothing in it. */
  | { kind: 'ignored'; node: NodeId; message: number; reason: IgnoreReason; at: number }
  /** A proposer or learner counted a promise or an Accepted, still short of its quorum. */
  | {
      kind: 'counted';
      node: NodeId;
      message: number;
      ballot: number;
      count: number;
      quorum: number;
      at: number;
    }
  /** A proposer has a quorum of Accepted for its proposal and knows its value is chosen. */
  | { kind: 'decide'; node: NodeId; ballot: number; value: Value; at: number }
  | { kind: 'learn'; node: NodeId; ballot: number; value: Value; at: number }
  /** Ghost: a quorum of acceptors has accepted (ballot, value). */
  | { kind: 'chosen'; ballot: number; value: Value; acceptors: NodeId[]; at: number }
  | { kind: 'violation'; violation: Violation }
  | MultiPaxosEvent;

export type EventSink = EngineEvent[] | null;

/** A proposal an acceptor reported in its promise, and who reported it. */
export type Reported = Proposal & { acceptor: NodeId };

/**
 * Why a delivery changes nothing. `old-ballot`: the receiver no longer runs the message's
 * ballot. `gave-up`: it gave that ballot up and waits to retry. `already-decided`: it already
 * knows its value is chosen. `already-quorum`: its count for that ballot had already reached a
 * quorum. `already-counted`: the sender was counted before (the message is a copy).
 * `not-current-proposal`: the Accepted is not for the value it proposed in that ballot.
 * `not-higher`: the Nack names no ballot above the proposer's own. `already-answered`: a
 * learner sees a quorum it has already learned from, with no client left to tell.
 */
export type IgnoreReason =
  | 'old-ballot'
  | 'gave-up'
  | 'already-decided'
  | 'already-quorum'
  | 'already-counted'
  | 'not-current-proposal'
  | 'not-higher'
  | 'already-answered';

/** Reports that `node` acts on nothing in `message`, for `reason`. */
export function ignore(
  sink: EventSink,
  node: NodeId,
  message: Message,
  reason: IgnoreReason,
  at: number,
): void {
  sink?.push({ kind: 'ignored', node, message: message.id, reason, at });
}
