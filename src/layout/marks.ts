/**
 * The small shapes every drawing of a run shares (the live swimlanes and the SVG export), so a
 * downloaded diagram has the same arrowheads and crosses as the screen.
 */

/** A triangle in a 10×10 box with its tip on the line's end, 7 stroke widths long. */
export const ARROW_HEAD = {
  viewBox: '0 0 10 10',
  refX: 9,
  refY: 5,
  size: 7,
  path: 'M0,0 L10,5 L0,10 z',
} as const;

/** Half the size of the cross where a lost message stops, and of the one where a node crashed. */
export const LOST_CROSS_HALF = 6;
export const CRASH_CROSS_HALF = 7;
/** The ring where a node restarted. */
export const RESTART_RADIUS = 6;

/** An ✕ centred on (x, y), `half` pixels each way. */
export function crossPath(x: number, y: number, half: number): string {
  return `M${x - half},${y - half} L${x + half},${y + half} M${x - half},${y + half} L${x + half},${y - half}`;
}
