/**
 * The heaviest run a valid scenario asks for, as a file (under 800 bytes, within every
 * documented limit): nine of every role, slow and uneven messages, proposers that give up every tick and
 * retry at once, until tick 10,000. Unbounded, it records millions of messages and exhausts
 * the memory of a page or the CLI; the run's budget cuts it short. Tests and `npm run bench`
 * share it.
 */
export function heavyScenarioFile(): Record<string, unknown> {
  const script = Array.from({ length: 9 }, (_, i) => ({
    at: 0,
    request: { client: `C${i + 1}`, proposer: `P${i + 1}`, value: `V${i + 1}` },
  }));
  return {
    version: 1,
    seed: 1,
    nodes: { clients: 9, proposers: 9, acceptors: 9, learners: 9 },
    network: { delay: [1, 100], drop: 0, duplicate: 0 },
    proposer: { timeout: 1, backoff: [0, 0] },
    until: 10000,
    script,
  };
}
