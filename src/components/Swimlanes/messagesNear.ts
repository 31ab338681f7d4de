/** A message in flight as a pointer can reach it: its packet, and the line it travels. */
export interface InFlightShape {
  id: number;
  packet: { x: number; y: number };
  line: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * How far from a packet's centre, and from a line, a pointer still reaches it (px): a packet's
 * radius and a little, and half the hit line's width (see .px-arrow__hit).
 */
export const REACH = { packet: 9, line: 7 } as const;

function distanceToLine(x: number, y: number, l: InFlightShape['line']): number {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - l.x1) * dx + (y - l.y1) * dy) / length2));
  return Math.hypot(x - (l.x1 + t * dx), y - (l.y1 + t * dy));
}

/**
 * The messages in flight a pointer at (x, y) could mean, nearest first. A packet within reach
 * counts before any line (packets are drawn on top, and a dot is what people aim at); lines
 * count only where no packet is in reach, so a click on a dot never offers the lines crossing it.
 * Near a sender, where a fan of arrows starts, several are in reach: the menu then asks which.
 */
export function messagesNear(x: number, y: number, shapes: readonly InFlightShape[]): number[] {
  const byPacket = shapes
    .map((s) => ({ id: s.id, d: Math.hypot(x - s.packet.x, y - s.packet.y) }))
    .filter((s) => s.d <= REACH.packet);
  const near =
    byPacket.length > 0
      ? byPacket
      : shapes
          .map((s) => ({ id: s.id, d: distanceToLine(x, y, s.line) }))
          .filter((s) => s.d <= REACH.line);
  return near.sort((a, b) => a.d - b.d || a.id - b.id).map((s) => s.id);
}
