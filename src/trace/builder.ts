import type { EngineEvent, Input, Message, World } from '../engine';
import { cloneWorld } from '../engine';
import type { Scenario } from '../scenario';
import { groupKey } from './labels';
import type { Checkpoint, Cut, MessageGroup, MessageRecord, Trace, TraceStep } from './types';

/** Checkpoint spacing for a small world: seeking replays at most this many steps. */
export const CHECKPOINT_EVERY = 64;

/**
 * The steps until the next checkpoint. A checkpoint copies the world, and a world with
 * thousands of messages in flight costs thousands of entries a copy: spacing checkpoints in
 * proportion to the world's size keeps their memory to a few entries a step, and a seek then
 * replays about as many steps as copying the world costs anyway.
 */
function spacingFor(world: World): number {
  const size = world.inFlight.length + world.ghost.votes.length;
  return Math.max(CHECKPOINT_EVERY, size >> 3);
}

/**
 * Accumulates a trace while a scheduler drives the engine: call `beforeStep` with the world
 * about to change, then `afterStep` with the input and the events it produced.
 */
export class TraceBuilder {
  private readonly steps: TraceStep[] = [];
  private readonly events: EngineEvent[] = [];
  private readonly messages: MessageRecord[] = [];
  private readonly groups: MessageGroup[] = [];
  private readonly groupIndex = new Map<string, number>();
  private readonly checkpoints: Checkpoint[] = [];
  private nextCheckpoint = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: number,
  ) {}

  beforeStep(world: World): void {
    const step = this.steps.length;
    if (step < this.nextCheckpoint) return;
    this.checkpoints.push({ step, world: cloneWorld(world) });
    this.nextCheckpoint = step + spacingFor(world);
  }

  afterStep(input: Input, events: EngineEvent[]): void {
    const eventStart = this.events.length;
    // Whatever a node sends while handling a delivered message was caused by that message.
    const cause = input.kind === 'deliver' ? input.id : null;
    for (const event of events) {
      this.events.push(event);
      this.noteMessage(event, cause);
    }
    this.steps.push({ at: input.at, input, eventStart, eventEnd: this.events.length });
  }

  private record(message: Message, cause: number | null): void {
    // Written field by field: a spread of the message makes V8 build a slow, dictionary-mode
    // object per record, which was most of the time it takes to record a long run.
    const record: MessageRecord = {
      id: message.id,
      type: message.type,
      from: message.from,
      to: message.to,
      ballot: message.ballot,
      value: message.value,
      accepted: message.accepted,
      promised: message.promised,
      client: message.client,
      sentAt: message.sentAt,
      deliverAt: message.deliverAt,
      loss: message.loss,
      copyOf: message.copyOf,
      fate: 'in-flight',
      deliveredAt: null,
      droppedAt: null,
      dropReason: null,
      sentStep: this.steps.length,
      endStep: null,
      cause,
      group: -1,
    };
    // Multi-Paxos's fields, only where they exist: a Basic Paxos record stays as it was.
    if (message.slot !== undefined) record.slot = message.slot;
    if (message.seq !== undefined) record.seq = message.seq;
    if (message.log !== undefined) record.log = message.log;
    const key = groupKey(record);
    let group = this.groupIndex.get(key);
    if (group === undefined) {
      group = this.groups.length;
      this.groupIndex.set(key, group);
      this.groups.push({
        key,
        messages: [],
        sentAt: record.sentAt,
        firstEvent: this.events.length - 1,
      });
    }
    this.groups[group]!.messages.push(record.id);
    record.group = group;
    this.messages[record.id] = record;
  }

  private noteMessage(event: EngineEvent, cause: number | null): void {
    switch (event.kind) {
      case 'send':
        this.record(event.message, cause);
        return;
      case 'duplicate':
        this.record(event.copy, this.messages[event.message.id]!.cause);
        return;
      case 'delay':
        this.messages[event.message.id]!.deliverAt = event.message.deliverAt;
        return;
      case 'deliver':
      case 'drop': {
        const record = this.messages[event.message.id]!;
        record.endStep = this.steps.length;
        if (event.kind === 'deliver') {
          record.fate = 'delivered';
          record.deliveredAt = event.at;
        } else {
          record.fate = 'dropped';
          record.droppedAt = event.at;
          record.dropReason = event.reason;
        }
        return;
      }
      default:
        return;
    }
  }

  /**
   * The run so far as a trace of its own, for the screen to show while the rest is recorded:
   * it shares nothing that recording goes on changing (messages still in flight get their
   * fate later, groups gain messages).
   */
  snapshot(world: World): Trace {
    const trace = this.finish(cloneWorld(world), world.now, null, false);
    return {
      ...trace,
      steps: this.steps.slice(),
      events: this.events.slice(),
      messages: this.messages.map((m) => ({ ...m })),
      groups: this.groups.map((g) => ({ ...g, messages: g.messages.slice() })),
      checkpoints: this.checkpoints.slice(),
      recording: true,
    };
  }

  finish(final: World, end: number, cut: Cut | null, capped: boolean): Trace {
    // A run in which nothing happens still has a world to show: the one it started with.
    if (this.checkpoints.length === 0) this.beforeStep(final);
    return {
      scenario: this.scenario,
      seed: this.seed,
      steps: this.steps,
      events: this.events,
      messages: this.messages,
      groups: this.groups,
      violations: final.violations,
      end,
      cut,
      capped,
      recording: false,
      checkpoints: this.checkpoints,
      final,
    };
  }
}
