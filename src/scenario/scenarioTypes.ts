import type {
  RuleBreak,
  MessageType,
  NodeCounts,
  NodeId,
  Protocol,
  Quorums,
  Value,
} from '../engine';

/**
 * The scenario file, version 1: the public contract shared by presets, links, imports and the
 * CLI (docs/scenario-format.md). This is the normalised form, every default filled in.
 */
export interface Scenario {
  version: 1;
  name: string | null;
  /** Presets and lessons: a short title and a goal sentence, in English and/or Chinese. */
  title: Text | null;
  goal: Text | null;
  seed: number;
  nodes: NodeCounts;
  network: NetworkSettings;
  proposer: ProposerSettings;
  bugs: RuleBreak[];
  /** The last tick of the run; null runs until nothing is in flight and no timer is pending. */
  until: number | null;
  script: ScriptEntry[];
  /** Narrated stops of a guided lesson, in time order. */
  stops: Stop[];
  /**
   * The fields below are absent when a file leaves them at Basic Paxos's defaults, so every
   * scenario written before Multi-Paxos reads back as the very same object.
   * `protocol`: present only as "multi-paxos" (absent means "basic").
   */
  protocol?: Protocol;
  /** Flexible quorums, both protocols; absent means majorities. */
  quorums?: Quorums;
  /** Multi-Paxos only, always present there. */
  client?: ClientSettings;
}

export interface ClientSettings {
  /** Ticks without an answer before a client sends its request again; 0 never. */
  retry: number;
}

export interface NetworkSettings {
  delay: [number, number];
  drop: number;
  duplicate: number;
}

export interface ProposerSettings {
  timeout: number;
  backoff: [number, number];
  /** Multi-Paxos only (always present there): ticks between a leader's heartbeats. */
  heartbeat?: number;
  /** Multi-Paxos only (always present there): slots a leader may have in flight at once. */
  window?: number;
}

/** Words in English and/or Chinese (at least one). */
export interface Text {
  en?: string;
  zh?: string;
}

export interface Stop {
  at: number;
  say: Text;
  /** Ask the audience to predict what happens next, then reveal the answer. */
  ask?: { question: Text; options: Text[]; answer: number; reveal: Text };
}

export interface DropFilter {
  type?: MessageType;
  from?: NodeId;
  to?: NodeId;
}

/** One in-flight message, by the id the run gave it (ids are deterministic for a scenario). */
export interface MessageTarget {
  message: number;
}

export type SchedulerMode = 'timed' | 'manual';

export type ScriptEntry =
  | { at: number; request: { client: NodeId; proposer: NodeId; value: Value; seq?: number } }
  | { at: number; crash: NodeId }
  | { at: number; restart: NodeId }
  | { at: number; partition: NodeId[][] }
  | { at: number; heal: true }
  | { at: number; drop: DropFilter; until?: number }
  | { at: number; drop: MessageTarget }
  | { at: number; duplicate: MessageTarget }
  | { at: number; delay: MessageTarget & { by: number } }
  | { at: number; deliver: MessageTarget }
  | { at: number; timeout: NodeId }
  | { at: number; network: Partial<NetworkSettings> }
  | { at: number; proposer: Partial<ProposerSettings> }
  | { at: number; scheduler: SchedulerMode };

/** Every documented limit of the format, in one place (docs/scenario-format.md lists them). */
export const LIMITS = {
  nodesMax: 9,
  tickMax: 10_000,
  delayMax: 100,
  timeoutMax: 1_000,
  backoffMax: 1_000,
  heartbeatMax: 1_000,
  windowMax: 20,
  retryMax: 1_000,
  seqMax: 1_000,
  scriptMax: 1_000,
  valueLengthMax: 64,
  nameLengthMax: 120,
  textLengthMax: 500,
  stopsMax: 100,
  messageIdMax: 10_000_000,
  seedMax: 4_294_967_295,
  /** Characters (UTF-16 units) of a file or of a link's decompressed scenario or edits. */
  fileLengthMax: 1_000_000,
  /** How deep lists and objects may nest; the deepest a valid file needs is 5. */
  depthMax: 20,
  /** Characters of a link's compressed `s` or `e` before decompressing it. */
  linkParamLengthMax: 2_000_000,
} as const;

/** When a run has no `until`, it still ends this many ticks after its last script entry. */
export const UNTIL_DEFAULT_CAP = 1_000;

export const SCRIPT_ACTIONS = [
  'request',
  'crash',
  'restart',
  'partition',
  'heal',
  'drop',
  'duplicate',
  'delay',
  'deliver',
  'timeout',
  'network',
  'proposer',
  'scheduler',
] as const;
