import type { NodeId } from '../ids';
import type { Value } from '../messages';
import type { Applied, Command, ReportedEntry } from './log';

/**
 * What Multi-Paxos's handlers decided, with the facts they decided on, so narration can say
 * why per slot ("slot 2 comes back with Y from A1 in ballot 1, so P2 must propose Y there").
 */
export type MultiPaxosEvent =
  /** A proposer runs phase 1 for every slot from `slot` on. */
  | {
      kind: 'campaign';
      node: NodeId;
      ballot: number;
      slot: number;
      reason: 'request' | 'silence' | 'retry';
      at: number;
    }
  /** Phase 1 won: the proposer leads, and recovers the slots from `slot` to `highest`. */
  | { kind: 'lead'; node: NodeId; ballot: number; slot: number; highest: number; at: number }
  /**
   * A leader proposes a command in a slot: a new one, the one its promises reported
   * (`reported` says by whom, in which ballot), or noop for a gap no acceptor reported.
   * `ignoredReport` is the report it should have taken, under `ignore-promised-slots`.
   */
  | {
      kind: 'propose-slot';
      node: NodeId;
      ballot: number;
      slot: number;
      command: Command;
      source: 'new' | 'reported' | 'noop';
      reported: ReportedEntry | null;
      ignoredReport: ReportedEntry | null;
      at: number;
    }
  /** A leader has a quorum of Accepted for a slot: it knows the slot's command is chosen. */
  | { kind: 'decide-slot'; node: NodeId; ballot: number; slot: number; value: Value; at: number }
  /** A proposer recognises a leader (a heartbeat of a ballot at least its own). */
  | { kind: 'follow'; node: NodeId; leader: NodeId; ballot: number; at: number }
  | { kind: 'learn-slot'; node: NodeId; slot: number; ballot: number; value: Value; at: number }
  /** A replica applied a slot: executed a command, skipped a noop or answered a duplicate. */
  | { kind: 'apply'; node: NodeId; applied: Applied; at: number }
  /** Ghost: a quorum of acceptors accepted this command in this slot and ballot. */
  | {
      kind: 'chosen-slot';
      slot: number;
      ballot: number;
      value: Value;
      acceptors: NodeId[];
      at: number;
    }
  /** A client had no answer in time and sends its request again. */
  | { kind: 'retry'; node: NodeId; seq: number; proposer: NodeId; at: number };
