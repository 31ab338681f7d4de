import type { EngineEvent, Input, Message, World } from '../engine';
import { cloneWorld } from '../engine';
import type { Scenario } from '../scenario';
import { groupKey } from './labels';
import type { Checkpoint, MessageGroup, MessageRecord, Trace, TraceStep } from './types';

/** Checkpoint spacing: seeking replays at most this many steps. */
export const CHECKPOINT_EVERY = 64;

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

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: number,
  ) {}

  beforeStep(world: World): void {
    const step = this.steps.length;
    if (step % CHECKPOINT_EVERY === 0) this.checkpoints.push({ step, world: cloneWorld(world) });
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
    const record: MessageRecord = {
      ...message,
      fate: 'in-flight',
      deliveredAt: null,
      droppedAt: null,
      dropReason: null,
      sentStep: this.steps.length,
      endStep: null,
      cause,
      group: -1,
    };
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

  finish(final: World, end: number, truncated: boolean): Trace {
    return {
      scenario: this.scenario,
      seed: this.seed,
      steps: this.steps,
      events: this.events,
      messages: this.messages,
      groups: this.groups,
      violations: final.violations,
      end,
      truncated,
      checkpoints: this.checkpoints,
      checkpointEvery: CHECKPOINT_EVERY,
      final,
    };
  }
}
