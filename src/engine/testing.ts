import type { Bug, WorldConfig } from './config';
import type { EngineEvent } from './events';
import { heapPush } from './heap';
import type { Message } from './messages';
import type { Input } from './step';
import { apply } from './step';
import type { World } from './world';
import { createWorld } from './world';

/**
 * Small helpers for tests that drive the engine by hand: a world with the seed diagram's shape
 * unless told otherwise, and ways to deliver the messages a test is about by what they are.
 */
export function testConfig(
  overrides: Partial<WorldConfig['nodes']> = {},
  bugs: Bug[] = [],
): WorldConfig {
  return {
    nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2, ...overrides },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: 10, backoff: [0, 0] },
    bugs,
  };
}

export function testWorld(overrides: Partial<WorldConfig['nodes']> = {}, bugs: Bug[] = []): World {
  return createWorld(testConfig(overrides, bugs), 1);
}

/** Applies an input at the world's current time and returns its events. */
/** An input whose time defaults to the world's current time. */
export type TestInput = Input extends infer I
  ? I extends Input
    ? Omit<I, 'at'> & { at?: number }
    : never
  : never;

export function act(world: World, input: TestInput): EngineEvent[] {
  const events: EngineEvent[] = [];
  apply(world, { at: world.now, ...input } as Input, events);
  return events;
}

export function inFlight(world: World, match: Partial<Message> = {}): Message[] {
  return world.inFlight
    .filter((m) => Object.entries(match).every(([key, value]) => m[key as keyof Message] === value))
    .sort((a, b) => a.id - b.id);
}

/** Delivers every in-flight message that matches, oldest first; returns all events. */
export function deliverAll(world: World, match: Partial<Message> = {}): EngineEvent[] {
  return inFlight(world, match).flatMap((m) => act(world, { kind: 'deliver', id: m.id }));
}

export function sent(events: EngineEvent[]): Message[] {
  return events.flatMap((e) => (e.kind === 'send' ? [e.message] : []));
}

/** Puts a message on the wire as if a node had sent it now, and returns its id. */
export function inject(
  world: World,
  message: Pick<Message, 'type' | 'from' | 'to'> & Partial<Message>,
): number {
  const id = world.nextMessageId++;
  heapPush(world.inFlight, {
    ballot: null,
    value: null,
    accepted: null,
    promised: null,
    client: null,
    sentAt: world.now,
    deliverAt: world.now,
    loss: null,
    copyOf: null,
    ...message,
    id,
  });
  return id;
}

/** Injects a message and delivers it at once; returns what the receiver sent in reply. */
export function receive(
  world: World,
  message: Pick<Message, 'type' | 'from' | 'to'> & Partial<Message>,
): Message[] {
  return sent(act(world, { kind: 'deliver', id: inject(world, message) }));
}
