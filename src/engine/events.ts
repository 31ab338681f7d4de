import type { NodeId } from './ids';
import type { DropReason, Message, MessageType, Proposal, Value } from './messages';
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
  | { kind: 'configure'; settings: Settings; at: number }
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
  /** A proposer has a quorum of promises and starts phase 2; adopted names the value it had to take. */
  | {
      kind: 'propose';
      node: NodeId;
      ballot: number;
      value: Value;
      adopted: (Proposal & { acceptor: NodeId }) | null;
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
  /** A proposer has a quorum of Accepted for its proposal and knows its value is chosen. */
  | { kind: 'decide'; node: NodeId; ballot: number; value: Value; at: number }
  | { kind: 'learn'; node: NodeId; ballot: number; value: Value; at: number }
  /** Ghost: a quorum of acceptors has accepted (ballot, value). */
  | { kind: 'chosen'; ballot: number; value: Value; acceptors: NodeId[]; at: number }
  | { kind: 'violation'; violation: Violation };

export type EventSink = EngineEvent[] | null;
