import { fuzz } from '../../src/sim';
import { FAULTS } from '../../src/sim';
import { formatNumber, machine, median, today, writeSection } from './report';

/**
 * Fuzzing throughput: delivered messages per second of engine time, all faults on, invariants
 * checked after every step, on one core (this process). Median of five rounds after a warm-up.
 */
export function benchEngine(): void {
  const shapes = [
    { acceptors: 3, proposers: 2 },
    { acceptors: 5, proposers: 3 },
  ];
  const rows = shapes.map((shape) => {
    const options = { ...shape, faults: [...FAULTS], bugs: [], runs: 2000, seed: 1 };
    fuzz({ ...options, runs: 300 }, () => performance.now());
    const rounds = Array.from(
      { length: 5 },
      (_, i) => fuzz({ ...options, seed: 1 + i * 2000 }, () => performance.now()).messagesPerSecond,
    );
    const rate = median(rounds);
    console.log(
      `fuzz ${shape.acceptors} acceptors / ${shape.proposers} proposers: ${formatNumber(rate)} messages/s`,
    );
    return `| ${shape.acceptors} | ${shape.proposers} | ${formatNumber(rate)} | ${formatNumber(Math.min(...rounds))}–${formatNumber(Math.max(...rounds))} |`;
  });
  writeSection(
    'engine',
    `## Engine: fuzzing throughput

${today()} · ${machine()} · \`npm run bench -- engine\`

Delivered messages per second of engine time while fuzzing: 2,000 random scenarios per round
(every fault on: loss, duplication, partitions, crashes), invariants checked after every step,
one core. Median of five rounds after a warm-up; the range shows the spread on this shared machine.
Target: at least 500,000 messages/s for 5 acceptors / 3 proposers.

| acceptors | proposers | messages/s (median) | range |
|---:|---:|---:|---:|
${rows.join('\n')}`,
  );
}
