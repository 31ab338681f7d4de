/** A problem with what the user gave us: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage: npm run --silent sim -- <command> [options]

commands:
  run FILE [--seed N] [--format json|ascii]
      Run a scenario file and print its outcome (json) or the classic diagram (ascii).
  fuzz [--runs N] [--seed S] [--acceptors N] [--proposers N]
       [--faults none|all|drop,duplicate,partition,crash] [--bug NAME]...
       [--protocol basic|multi-paxos] [--quorums Q1,Q2]
      Run N random scenarios with faults; exit 1 if any breaks an invariant.
  fuzz --replay SEED [same options] [--format json|ascii|scenario]
      Replay one fuzz run by its printed seed: its outcome, diagram or scenario file.
  explore [--acceptors N] [--proposers N] [--max-ballot B] [--bug NAME]...
          [--protocol basic|multi-paxos] [--slots N] [--retries N] [--quorums Q1,Q2]
          [--crashes N] [--drops N] [--duplicates N] [--partitions N]
          [--invariant NAME]... [--max-states N] [--max-seconds S] [--walks N] [--seed S]
          [--all] [--literal] [--format json|ascii|scenario]
      Search every schedule of a small model (each distinct state once) for one that breaks
      an invariant; exit 1 if one does. Prints the counts and the shortest counterexample,
      or that counterexample as the classic diagram or a scenario file. Multi-Paxos: a log
      of --slots slots (default 2) with one replica and --retries client retries (default 1).
`;
