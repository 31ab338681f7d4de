import type { EventSink } from './events';
import type { NodeId } from './ids';
import type { Message, Value } from './messages';
import { send } from './network';
import type { ClientState } from './nodes';
import { CLIENT } from './nodes';
import type { World } from './world';

/** A client asks one proposer to get its value chosen; it does not retry on its own. */
export function sendRequest(
  world: World,
  client: ClientState,
  proposer: NodeId,
  value: Value,
  sink: EventSink,
): void {
  client.requests.push({ value, proposer, at: world.now });
  send(world, { type: 'Request', from: client.id, to: proposer, value }, sink);
}

/** Every answer is recorded: with several learners a client normally hears the value more than once. */
export function onResponse(world: World, client: ClientState, message: Message): void {
  client.responses.push({ value: message.value!, from: message.from, at: world.now });
}

/** A client's record of what it asked and heard is kept: it only comes back up. */
export function restartClient(client: ClientState): void {
  CLIENT.forget(client, ['volatile']);
}
