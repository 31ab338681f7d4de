/** A label that wants to sit at `y` (its centre) and needs `height` pixels. */
export interface LabelRequest {
  key: string;
  y: number;
  height: number;
}

/**
 * Stacks labels in the gutter: each keeps its wanted position unless that would overlap the one
 * above, in which case it moves down just enough. Labels arrive in any order.
 */
export function stackLabels(requests: readonly LabelRequest[], gap = 2): Map<string, number> {
  const placed = new Map<string, number>();
  let bottom = -Infinity;
  for (const r of [...requests].sort((a, b) => a.y - b.y)) {
    const top = Math.max(r.y - r.height / 2, bottom + gap);
    placed.set(r.key, top + r.height / 2);
    bottom = top + r.height;
  }
  return placed;
}
