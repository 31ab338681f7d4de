/**
 * How a search may be run: its limits, its random phase and its reductions. These are plain
 * settings that every part of the search reads, so they sit below all of it and import nothing.
 */

/** When the exhaustive phase stops short of covering the bounded space. */
export interface Limits {
  /** Stop after this many distinct states. */
  statesMax: number;
  /** Stop after this long (by `clock`). */
  timeMaxMs: number;
}

/** Seeded random schedules tried before the exhaustive phase. */
export interface RandomPhase {
  walks: number;
  stepsMax: number;
  timeMaxMs: number;
  seed: number;
}

/**
 * Ways of searching less without missing a broken invariant. The tests check each against
 * the search without it on models small enough to search both ways.
 */
export interface Reductions {
  /** Count states that differ only in which acceptor is which once (see fingerprint.ts). */
  symmetry: boolean;
  /** Skip steps whose every outcome another schedule reaches too (see `nextSteps`). */
  dominance: boolean;
}

export const ALL_REDUCTIONS: Reductions = { symmetry: true, dominance: true };
export const NO_REDUCTIONS: Reductions = { symmetry: false, dominance: false };
