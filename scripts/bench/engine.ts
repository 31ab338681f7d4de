import type { Protocol } from '../../src/engine';
import { fuzz } from '../../src/sim';
import { FAULTS } from '../../src/sim';
import { formatNumber, machine, median, today, writeSection } from './report';

/** The fuzzed shapes: both protocols, a small cluster and the one the target names. */
const SHAPES: { protocol: Protocol; acceptors: number; proposers: number }[] = [
  { protocol: 'basic', acceptors: 3, proposers: 2 },
  { protocol: 'basic', acceptors: 5, proposers: 3 },
  { protocol: 'multi-paxos', acceptors: 3, proposers: 2 },
  { protocol: 'multi-paxos', acceptors: 5, proposers: 3 },
];

/**
 * Fuzzing throughput: delivered messages per second of engine time, all faults on, invariants
 * checked after every step, on one core (this process). Median of five rounds after a warm-up.
 */
export function benchEngine(): void {
  const rows = SHAPES.map(({ protocol, ...shape }) => {
    const options = { ...shape, protocol, faults: [...FAULTS], bugs: [], runs: 2000, seed: 1 };
    fuzz({ ...options, runs: 300 }, () => performance.now());
    const rounds = Array.from(
      { length: 5 },
      (_, i) => fuzz({ ...options, seed: 1 + i * 2000 }, () => performance.now()).messagesPerSecond,
    );
    const rate = median(rounds);
    console.log(
      `fuzz ${protocol} ${shape.acceptors} acceptors / ${shape.proposers} proposers: ${formatNumber(rate)} messages/s`,
    );
    return `| ${protocol} | ${shape.acceptors} | ${shape.proposers} | ${formatNumber(rate)} | ${formatNumber(Math.min(...rounds))}–${formatNumber(Math.max(...rounds))} |`;
  });
  writeSection(
    'engine',
    `## Engine: fuzzing throughput

${today()} · ${machine()} · \`npm run bench -- engine\`

Delivered messages per second of engine time while fuzzing: 2,000 random scenarios per round
(every fault on: loss, duplication, partitions, crashes), invariants checked after every step,
one core. Median of five rounds after a warm-up; the range shows the spread on this shared machine.
A Multi-Paxos scenario is the Basic one of the same seed with three commands per client, client
retries, and a random heartbeat and window (\`sim fuzz --protocol multi-paxos\`); its invariants
are the log's (agreement per slot, prefixes, no command applied twice, slot order).
Target: at least 1,000,000 messages/s for Basic Paxos with 5 acceptors / 3 proposers.

| protocol | acceptors | proposers | messages/s (median) | range |
|---|---:|---:|---:|---:|
${rows.join('\n')}`,
  );
}
