/** A label that wants to sit at `y` (its centre) and needs `height` pixels. */
export interface LabelRequest {
  key: string;
  y: number;
  height: number;
  /**
   * How far down this label may reach: the top of what covers the gutter where the label's
   * words would run (the view's buttons). None for a label whose words end beside them.
   */
  floor?: number;
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

/** A label on screen and the labels folded into it (its count says how many more are there). */
export interface FoldedLabel {
  key: string;
  y: number;
  folded: string[];
}

/**
 * Places labels beside their arrows at any zoom. Each keeps its wanted position, or moves down
 * at most `driftMax` px to clear the one above; a label that would have to move further is
 * folded into the label above it instead of being pushed away from its arrows (zoomed out, a
 * crowd of labels becomes one label with a count). No label reaches below its `floor` unless
 * it is the first: one that would rises above it if that keeps it within `driftMax` of its
 * place, and is folded into the label above it otherwise. Labels arrive in any order.
 */
export function foldLabels(
  requests: readonly LabelRequest[],
  driftMax: number,
  gap = 2,
): FoldedLabel[] {
  const shown: FoldedLabel[] = [];
  let bottom = -Infinity;
  for (const r of [...requests].sort((a, b) => a.y - b.y)) {
    const wanted = r.y - r.height / 2;
    // A label that would reach below its floor rises to it, as far as it may drift.
    const risen = Math.max(wanted - driftMax, Math.min(wanted, (r.floor ?? Infinity) - r.height));
    const top = Math.max(risen, bottom + gap);
    const above = shown[shown.length - 1];
    if (
      above !== undefined &&
      (Math.abs(top - wanted) > driftMax || top + r.height > (r.floor ?? Infinity) + 0.5)
    ) {
      above.folded.push(r.key);
      continue;
    }
    shown.push({ key: r.key, y: top + r.height / 2, folded: [] });
    bottom = top + r.height;
  }
  return shown;
}
