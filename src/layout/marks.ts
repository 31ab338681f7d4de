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

/** Half the size of the cross where a node crashed. */
export const CRASH_CROSS_HALF = 7;
/**
 * Half the length of the bar across a lost message's line where it stopped: a message that hit
 * a wall, a different shape from a crashed node's cross, so the two are never mistaken.
 */
export const LOST_BAR_HALF = 7;
/** The ring where a node restarted. */
export const RESTART_RADIUS = 6;

/** An ✕ centred on (x, y), `half` pixels each way. */
export function crossPath(x: number, y: number, half: number): string {
  return `M${x - half},${y - half} L${x + half},${y + half} M${x - half},${y + half} L${x + half},${y - half}`;
}

/** A bar across the line from (x1, y1) to (x2, y2), centred on its end, `half` pixels each way. */
export function barPath(x1: number, y1: number, x2: number, y2: number, half: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / length) * half;
  const ny = ((x2 - x1) / length) * half;
  const r = (v: number) => Math.round(v * 100) / 100;
  return `M${r(x2 - nx)},${r(y2 - ny)} L${r(x2 + nx)},${r(y2 + ny)}`;
}

/**
 * How many colours ballots take turns in (theme.css `--px-ballot-*`, svg-style.ts): few enough
 * to tell apart with any colour vision, and two ballots in a row never share one. The ballot's
 * number is always written beside its colour, so colour is never the only cue.
 */
export const BALLOT_COLOURS = 5;

/** Which of the ballot colours ballot `ballot` (1, 2, …) takes. */
export function ballotColour(ballot: number): number {
  return (((ballot - 1) % BALLOT_COLOURS) + BALLOT_COLOURS) % BALLOT_COLOURS;
}

/**
 * The arc of a countdown ring around (cx, cy): from twelve o'clock clockwise, `fraction` (0…1)
 * of the way round. As the time left shrinks the arc shrinks with it, as RaftScope draws a
 * server's election timeout; a full ring is drawn as two halves, since one arc cannot close.
 */
export function ringArcPath(cx: number, cy: number, r: number, fraction: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  if (f === 0) return '';
  const at = (t: number) => {
    const angle = 2 * Math.PI * t;
    const x = Math.round((cx + r * Math.sin(angle)) * 1000) / 1000;
    const y = Math.round((cy - r * Math.cos(angle)) * 1000) / 1000;
    return `${x},${y}`;
  };
  const half = f > 0.5 ? ` A${r},${r} 0 0,1 ${at(0.5)}` : '';
  const end = f >= 1 ? ` A${r},${r} 0 0,1 ${at(0.999999)}` : ` A${r},${r} 0 0,1 ${at(f)}`;
  return `M${at(0)}${half}${end}`;
}

/**
 * The ballot whose colour a message wears: the one its label names. A Nack names the higher
 * ballot that refused it (`Nack(3)`), so it wears ballot 3's colour: the colour of what won.
 */
export function colouringBallot(m: {
  type: string;
  ballot: number | null;
  promised: number | null;
}): number | null {
  const ballot = m.type === 'Nack' ? m.promised : m.ballot;
  return ballot === null || ballot <= 0 ? null : ballot;
}
