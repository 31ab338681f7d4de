/**
 * How much work and memory one run may take, whatever its scenario says. A scenario within
 * every documented limit can still ask for millions of messages (nine proposers timing out
 * every tick for 10,000 ticks), and recording them would exhaust the memory of the page or the
 * CLI; a run that meets its budget is cut there, with a notice, instead. Documented in
 * docs/scenario-format.md.
 */
export interface RunBudget {
  /** Inputs applied (deliveries, losses, timeouts, script entries). */
  steps: number;
  /** Messages sent, copies included. */
  messages: number;
}

export const RUN_BUDGET: RunBudget = { steps: 200_000, messages: 100_000 };
