import type { MessageKey, Params } from '../i18n';
import type { Trace } from '../trace';
import type { Recording } from './recording';

/** A sentence about the run as a whole, for the screen to say once, above the diagram. */
export interface Notice {
  key: MessageKey;
  params: Params;
}

/**
 * What a reader must know about the run before its steps: that its budget cut it short, or
 * that nothing happens in it at all (a script with no request is a valid file, and a blank
 * diagram would look broken). A screen with narration says the second there instead. While
 * the end of a long run is still being recorded the scrubber's readout says so: a notice that
 * came and went within a moment would move the diagram.
 */
export function runNotice(trace: Trace, narrated: boolean): Notice | null {
  if (trace.cut !== null) {
    const { by, limit, at } = trace.cut;
    return {
      key: by === 'messages' ? 'notice.cutMessages' : 'notice.cutSteps',
      params: { limit, at },
    };
  }
  if (trace.steps.length === 0 && !narrated) return { key: 'notice.empty', params: {} };
  return null;
}

/**
 * The narration's last word at the end of what is recorded: the run is over, or it stops
 * because of its budget, or there is more to come once recording catches up, or once the user
 * (who is the network) delivers a message.
 */
export function endLine(trace: Trace, recording: Recording | null, waiting: number): Notice {
  if (recording !== null) return { key: 'narration.recording', params: {} };
  // The user is the network: the run goes on when they deliver what is in flight.
  if (waiting === 1) return { key: 'narration.waitingOne', params: {} };
  if (waiting > 1) return { key: 'narration.waiting', params: { count: waiting } };
  if (trace.cut !== null) return { key: 'narration.cut', params: {} };
  if (trace.capped) return { key: 'narration.capped', params: { end: trace.end } };
  return { key: 'narration.end', params: {} };
}
