import type { EngineEvent, Input, World } from '../engine';
import { cloneWorld } from '../engine';
import type { Scenario } from '../scenario';
import type { Checkpoint, MessageRecord, Trace, TraceStep } from './types';

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
    for (const event of events) {
      this.events.push(event);
      this.noteMessage(event);
    }
    this.steps.push({ at: input.at, input, eventStart, eventEnd: this.events.length });
  }

  private noteMessage(event: EngineEvent): void {
    switch (event.kind) {
      case 'send':
        this.messages[event.message.id] = {
          ...event.message,
          fate: 'in-flight',
          deliveredAt: null,
          droppedAt: null,
          dropReason: null,
        };
        return;
      case 'duplicate':
        this.messages[event.copy.id] = {
          ...event.copy,
          fate: 'in-flight',
          deliveredAt: null,
          droppedAt: null,
          dropReason: null,
        };
        return;
      case 'delay':
        this.messages[event.message.id]!.deliverAt = event.message.deliverAt;
        return;
      case 'deliver': {
        const record = this.messages[event.message.id]!;
        record.fate = 'delivered';
        record.deliveredAt = event.at;
        return;
      }
      case 'drop': {
        const record = this.messages[event.message.id]!;
        record.fate = 'dropped';
        record.droppedAt = event.at;
        record.dropReason = event.reason;
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
      violations: final.violations,
      end,
      truncated,
      checkpoints: this.checkpoints,
      checkpointEvery: CHECKPOINT_EVERY,
      final,
    };
  }
}
