/** Where a message is drawn: from its sender's lane at send time towards its receiver's. */
export interface ArrowGeometry {
  x1: number;
  y1: number;
  /** The receiving end (on the receiver's lane at arrival, or where the message was lost). */
  x2: number;
  y2: number;
  /** The moving packet while in flight: how far along (0..1) and where. */
  progress: number;
  headX: number;
  headY: number;
}

export interface ArrowInput {
  fromX: number;
  toX: number;
  sentAt: number;
  /** When it arrives (or is planned to). */
  arriveAt: number;
  /** When the network lost it, if it did. */
  lostAt: number | null;
  /** Copies made by the network are drawn beside the original so both stay visible. */
  copy: boolean;
}

/** A message lost on arrival stops this many pixels before the receiver's lane, so the loss is seen at the receiver. */
const LOST_SHORT_PX = 16;
const COPY_OFFSET_PX = 6;

/**
 * The arrow for a message at time `cursor`. A message in flight is drawn up to its packet,
 * which moves with the cursor (exactly: scrubbing moves it the same as playing). A lost message
 * ends where it was lost: part of the way when the network lost it mid-flight, just short of
 * the receiver when it was lost on arrival.
 */
export function arrowAt(
  input: ArrowInput,
  y: (tick: number) => number,
  cursor: number,
  ended: boolean,
): ArrowGeometry {
  const offset = input.copy ? COPY_OFFSET_PX : 0;
  const x1 = input.fromX + offset;
  const x2Full = input.toX + offset;
  const y1 = y(input.sentAt);
  const y2Full = y(input.arriveAt);
  const span = input.arriveAt - input.sentAt;
  let end = 1;
  if (input.lostAt !== null) {
    const length = Math.hypot(x2Full - x1, y2Full - y1);
    const shortOfLane = length > 0 ? 1 - LOST_SHORT_PX / length : 0;
    const lostFraction = span > 0 ? (input.lostAt - input.sentAt) / span : 1;
    end = Math.max(0.1, Math.min(lostFraction, shortOfLane));
  }
  const x2 = x1 + (x2Full - x1) * end;
  const y2 = y1 + (y2Full - y1) * end;
  const travelled = span > 0 ? (cursor - input.sentAt) / span : 1;
  const progress = ended ? end : Math.max(0, Math.min(travelled, end));
  return {
    x1,
    y1,
    x2,
    y2,
    progress,
    headX: x1 + (x2Full - x1) * progress,
    headY: y1 + (y2Full - y1) * progress,
  };
}
