import type { Countdown as CountdownView } from '../../store';
import { ringArcPath } from '../../layout';
import type { MessageKey } from '../../i18n';

/** The sentence a countdown says: what fires, and when. */
export function countdownText(c: CountdownView): { key: MessageKey; params: { ticks: number } } {
  const next = c.left <= 1;
  const key =
    c.kind === 'timeout'
      ? next
        ? 'countdown.timeoutNext'
        : 'countdown.timeout'
      : next
        ? 'countdown.retryNext'
        : 'countdown.retry';
  return { key, params: { ticks: c.left } };
}

/** The ring's size in its own units; CSS sizes it to the type. */
const BOX = 20;
const R = 7.5;

/**
 * A proposer's pending timer as a ring that empties as the cursor moves towards it, and the
 * ticks left as a number beside it, so a timeout is seen coming. The sentence is the header's
 * accessible name; the ring itself is decoration.
 */
export function Countdown({ countdown }: { countdown: CountdownView }) {
  return (
    <span
      className={`px-countdown px-countdown--${countdown.kind}`}
      data-countdown={countdown.kind}
      aria-hidden="true"
    >
      <svg viewBox={`0 0 ${BOX} ${BOX}`} className="px-countdown__ring">
        <circle className="px-countdown__track" cx={BOX / 2} cy={BOX / 2} r={R} />
        <path
          className="px-countdown__arc"
          d={ringArcPath(BOX / 2, BOX / 2, R, countdown.left / countdown.total)}
        />
      </svg>
      <span className="px-countdown__left">{countdown.left}</span>
    </span>
  );
}
