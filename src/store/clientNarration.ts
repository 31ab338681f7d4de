import type { EngineEvent, Message, World } from '../engine';
import type { Line } from './narrationLine';
import { line } from './narrationLine';
import { sent } from './multiNarration';

/**
 * The client's side of a Multi-Paxos run: a request sent (or sent again, with the same
 * (client, seq)) and an answer lost on its way back. Read from the step's events and the world
 * after it, like the rest of the narration.
 */
/**
 * A client's request entering the run: its value and its number. A request the client sent
 * before (a retry pulled as a lever names its seq) is said to be the same (client, seq) again,
 * as the automatic retry is, since that is what keeps replicas from applying it twice.
 */
export function describeMultiRequest(events: EngineEvent[], world: World): Line[] {
  const request = sent(events).find((m) => m.type === 'Request');
  if (request === undefined) return [];
  const seq = request.seq ?? 0;
  const client = world.multi?.clients.find((c) => c.id === request.from);
  const times = client?.requests.filter((r) => r.seq === seq).length ?? 0;
  return [
    line(times > 1 ? 'multi.narration.requestAgain' : 'multi.narration.request', {
      client: request.from,
      proposer: request.to,
      value: request.value!,
      seq,
    }),
  ];
}

/**
 * After a client's answer is lost: whether the client already has its answer from another
 * replica, or will send the same (client, seq) again when its retry falls due (if the run lasts
 * that long), so the lost Response is not the end of the request's story.
 */
export function describeLostAnswer(m: Message, world: World, end: number | null): Line[] {
  if (m.type !== 'Response' || m.seq === undefined) return [];
  const client = world.multi?.clients.find((c) => c.id === m.to);
  if (client === undefined) return [];
  const params = { client: client.id, seq: m.seq };
  const waiting = client.outstanding.find((o) => o.seq === m.seq);
  if (waiting === undefined) return [line('multi.narration.answerLostAnswered', params)];
  if (waiting.retryAt === null) return [line('multi.narration.answerLostNoRetry', params)];
  const retry = line('multi.narration.answerLost', { ...params, at: waiting.retryAt });
  return end !== null && waiting.retryAt > end
    ? [retry, line('narration.retryAfterEnd', { end })]
    : [retry];
}
