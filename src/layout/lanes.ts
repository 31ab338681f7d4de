import type { NodeId, Role } from '../engine';

/** One column of the diagram. */
export interface Lane {
  id: NodeId;
  role: Role;
  x: number;
}

/** The lanes of one role, with the span its title sits over. */
export interface LaneGroup {
  role: Role;
  x0: number;
  x1: number;
}

export interface LaneLayout {
  lanes: Lane[];
  x: Map<NodeId, number>;
  groups: LaneGroup[];
  /** Horizontal room each lane has (for its header). */
  laneWidth: number;
  /** Where the label gutter starts, and its width. */
  gutterX: number;
  gutterWidth: number;
  width: number;
}

/** The gutter never needs more than this, in rem: a Promise label of three acceptors with room. */
const GUTTER_REM_MAX = 18;

/**
 * Columns like the seed diagram's: clients, proposers, acceptors, learners from left to
 * right, a wider gap between roles than within one, and a gutter on the right for the message
 * labels. Lanes share the width left after the gutter; a role gap counts as half a lane. The
 * gutter's upper bound follows the type size (`rem`, in pixels), which is larger on a projector.
 * `endRoom` px are kept free between the last lane and the gutter (the cursor's `t=` mark sits
 * there): half a lane is room enough on a wide screen, and on a phone the lanes close up a
 * little rather than the mark lying over the last lane's arrowheads.
 */
export function laneLayout(
  nodes: readonly { id: NodeId; role: Role }[],
  width: number,
  rem = 16,
  endRoom = 0,
): LaneLayout {
  const gutterWidth = Math.round(Math.min(GUTTER_REM_MAX * rem, Math.max(92, width * 0.24)));
  const roles = [...new Set(nodes.map((n) => n.role))];
  const slots = Math.max(1, nodes.length + (roles.length - 1) * 0.5);
  const room = width - gutterWidth;
  const laneWidth = Math.max(0, Math.min(room / slots, (room - endRoom) / (slots - 0.5)));
  const lanes: Lane[] = [];
  const groups: LaneGroup[] = [];
  let slot = 0;
  for (const role of roles) {
    const members = nodes.filter((n) => n.role === role);
    const first = slot;
    for (const node of members) {
      lanes.push({ id: node.id, role, x: (slot + 0.5) * laneWidth });
      slot += 1;
    }
    groups.push({ role, x0: first * laneWidth, x1: slot * laneWidth });
    slot += 0.5;
  }
  return {
    lanes,
    x: new Map(lanes.map((l) => [l.id, l.x])),
    groups,
    laneWidth,
    gutterX: width - gutterWidth,
    gutterWidth,
    width,
  };
}
