import type { RuleBreak } from '../../src/engine';
import { BUGS, MULTI_PAXOS_BUGS } from '../../src/engine';
import type { ExploreModel, Reductions, SearchReport } from '../../src/sim/explore';
import {
  ALL_REDUCTIONS,
  LAB_MODEL,
  LOG_MODEL,
  LOG_MODEL_INVARIANTS,
  NO_REDUCTIONS,
  search,
} from '../../src/sim/explore';
import { serveBuiltApp } from './browser';
import { formatNumber, machine, median, today, writeSection } from './report';

/**
 * The exhaustive search: distinct states and states per second of CPU time (this process,
 * one core), for a model the size of TLC's tiny Paxos model, the lab's model with every rule
 * kept, and each rule break's shortest counterexample; then the same breaks found and shown
 * in the app, timed in headless Chromium from the click to the mark on the timeline.
 */
interface Measured {
  report: SearchReport;
  cpuMs: number;
}

/** The Multi-Paxos model is searched within these limits: whole, it is far past them. */
const LOG_LIMITS = { statesMax: 3_000_000, timeMaxMs: 10 * 60_000 };

function measure(
  model: ExploreModel,
  reductions: Reductions,
  stopAtFirst: boolean,
  limits = { statesMax: 20_000_000, timeMaxMs: 30 * 60_000 },
): Measured {
  const before = process.cpuUsage();
  const report = search(model, {
    target: model.protocol === 'multi-paxos' ? LOG_MODEL_INVARIANTS : ['Agreement'],
    reductions,
    limits,
    random: null,
    stopAtFirst,
    clock: () => performance.now(),
  });
  const used = process.cpuUsage(before);
  return { report, cpuMs: (used.user + used.system) / 1000 };
}

/** Median of three rounds by CPU time (the states counted are the same every round). */
function rounds(model: ExploreModel, reductions: Reductions, stopAtFirst = false): Measured {
  const all = [0, 1, 2].map(() => measure(model, reductions, stopAtFirst));
  const cpu = median(all.map((m) => m.cpuMs));
  return all.find((m) => m.cpuMs === cpu)!;
}

const rate = (count: number, ms: number) => formatNumber((count * 1000) / ms);

function row(label: string, { report, cpuMs }: Measured): string {
  const { states, transitions, depth } = report;
  return `| ${label} | ${formatNumber(states)} | ${formatNumber(transitions)} | ${depth} | ${(cpuMs / 1000).toFixed(1)} s | ${rate(states, cpuMs)} | ${rate(transitions, cpuMs)} |`;
}

const TINY: ExploreModel = {
  acceptors: 3,
  proposers: 2,
  bugs: [],
  bounds: { maxBallot: 2, crashes: 0, drops: 0, duplicates: 0, partitions: 0 },
};

interface Shown {
  bug: RuleBreak;
  /** From the click to the first run on the timeline (random schedules find one first). */
  firstMs: number;
  /** From the click to the search's end, when the shortest run is on the timeline. */
  shortestMs: number;
  /** The run's length at the end, as the drawer says it. */
  steps: number;
  /** Whether every shorter schedule was searched (else the lab's time limit stopped it first). */
  proven: boolean;
}

/**
 * Each rule break found in the app: Basic Paxos's on dueling-proposers, the log's on
 * mp-hole-noop (the lab searches a log run as a log of two slots).
 */
const IN_THE_APP: { bug: RuleBreak; scenario: string }[] = [
  ...BUGS.map((bug) => ({ bug, scenario: 'dueling-proposers' })),
  ...MULTI_PAXOS_BUGS.map((bug) => ({ bug, scenario: 'mp-hole-noop' })),
];

async function inTheApp(): Promise<Shown[]> {
  const served = await serveBuiltApp();
  try {
    const shown: Shown[] = [];
    for (const { bug, scenario } of IN_THE_APP) {
      const page = await served.browser.newPage({ viewport: { width: 1366, height: 800 } });
      await page.goto(`${served.url}?motion=0&lang=en&scenario=${scenario}&bug=${bug}`);
      await page.getByRole('button', { name: /^Rules/ }).click();
      await page.getByRole('switch').first().waitFor();
      const started = performance.now();
      await page.getByRole('button', { name: 'Find counterexample' }).click();
      // The first run is on the timeline once the drawer names it (or the search has ended).
      await page
        .locator('[data-search-interim], .px-lab__result[data-search="done"]')
        .first()
        .waitFor({ timeout: 120_000 });
      const firstMs = performance.now() - started;
      const done = page.locator('.px-lab__result[data-search="done"]');
      await done.waitFor({ timeout: 300_000 });
      const shortestMs = performance.now() - started;
      const outcome = await done.innerText();
      const steps = Number(/a run of (\d+) steps/.exec(outcome)?.[1] ?? NaN);
      shown.push({ bug, firstMs, shortestMs, steps, proven: outcome.includes('No shorter run') });
      await page.close();
    }
    return shown;
  } finally {
    await served.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function benchExplore(): Promise<void> {
  const tinyLiteral = rounds(TINY, NO_REDUCTIONS);
  const tinyReduced = rounds(TINY, ALL_REDUCTIONS);
  const lab = rounds(LAB_MODEL, ALL_REDUCTIONS);
  // One round: minutes of CPU, and the count is the same every round.
  const log = measure(LOG_MODEL, ALL_REDUCTIONS, false, LOG_LIMITS);
  console.log(
    `explore: Multi-Paxos model ${formatNumber(log.report.states)} states (${log.report.complete ? 'complete' : `stopped by ${log.report.stoppedBy}`}), ${rate(log.report.states, log.cpuMs)} states/s`,
  );
  console.log(
    `explore: lab model ${formatNumber(lab.report.states)} states, ${rate(lab.report.states, lab.cpuMs)} states/s`,
  );
  const breaks = BUGS.map((bug) => ({
    bug,
    ...rounds({ ...LAB_MODEL, bugs: [bug] }, ALL_REDUCTIONS, true),
  }));
  const app = await inTheApp();
  for (const { bug, firstMs, shortestMs, steps } of app)
    console.log(
      `explore: ${bug} first run in the app after ${seconds(firstMs)}, the shortest (${steps} steps) after ${seconds(shortestMs)}`,
    );
  writeSection(
    'explore',
    `## Exhaustive search: distinct states and states per second

${today()} · ${machine()} · \`npm run bench -- explore\`

Breadth-first search over every schedule a model allows (\`src/sim/explore\`), each distinct state
once by its 64-bit fingerprint, invariants checked after every step. Times are CPU time of this
process (one core), the median of three rounds; the machine is shared, so wall time is noisier.
"Steps" are engine inputs tried (TLC's "states generated"); "depth" the longest schedule.

| model | distinct states | steps tried | depth | CPU time | states/s | steps/s |
|---|---:|---:|---:|---:|---:|---:|
${row('3 acceptors, 2 proposers, ballots ≤ 2, no faults, literal', tinyLiteral)}
${row('the same, with reductions', tinyReduced)}
${row('the lab: 3 acceptors, 2 proposers, ballots ≤ 3, 1 crash, reductions', lab)}
${row(`Multi-Paxos: the lab's model, 2 slots, 1 replica, 1 retry, reductions${log.report.complete ? '' : ` (stopped at the ${log.report.stoppedBy} limit)`}`, log)}

Every rule break's shortest counterexample in the lab's model (the two requests included), and
in the app (headless Chromium, 1366×800) the time from pressing Find counterexample to the first
run on the timeline (seeded random schedules find one first and it is shown at once) and to the
shortest (the breadth-first search in a worker, which replaces it). Target: every one within 10 s.

| rule broken | shortest run | states searched | CPU time (Node) | first run in the app | shortest in the app |
|---|---:|---:|---:|---:|---:|
${breaks
  .map(({ bug, report, cpuMs }) => {
    const shown = app.find((a) => a.bug === bug)!;
    return `| \`${bug}\` | ${report.counterexample!.steps.length} steps | ${formatNumber(report.states)} | ${(cpuMs / 1000).toFixed(2)} s | ${seconds(shown.firstMs)} | ${seconds(shown.shortestMs)} |`;
  })
  .join('\n')}

The log's rule breaks in the app, on \`mp-hole-noop\` (the lab searches a log run as a log of two
slots, one client retry, the lab's size otherwise; every invariant of the log is searched for):

| rule broken | run at the end | first run in the app | search over in the app |
|---|---:|---:|---:|
${app
  .filter(({ bug }) => (MULTI_PAXOS_BUGS as readonly string[]).includes(bug))
  .map(
    ({ bug, steps, proven, firstMs, shortestMs }) =>
      `| \`${bug}\` | ${steps} steps, ${proven ? 'the shortest' : 'random, shrunk (the 60 s limit came first)'} | ${seconds(firstMs)} | ${seconds(shortestMs)} |`,
  )
  .join('\n')}

**Next to TLC.** TLC reports 3,921 distinct states for the tiny model of the Paxos spec from
Lamport's Turing-award material (3 acceptors, 2 values, ballots 0..1); that figure is quoted from
issue 6, TLC was not run here. Our nearest model (first two rows: two ballots, 1 for P1 and 2 for
P2, two values, X and Y) counts ${formatNumber(tinyLiteral.report.states)} states literally and ${formatNumber(tinyReduced.report.states)} with reductions. The two
models count different things:

- **Messages.** The TLA+ spec keeps one growing set of sent messages: a message can be received
  any number of times and is never lost, so "who has seen what" is not state. Paxoscope's engine
  has a network: a message in flight is delivered once, so the multiset in flight is part of every
  state, and copies and losses are faults with budgets (0 here: for safety a lost message is one
  never delivered, which every schedule already includes).
- **Proposers.** The spec has no proposer processes: any ballot may start phase 1 or 2 whenever
  its guard holds, with any value. Here two proposers each own their ballots and their client's
  value, count promises and Accepteds, time out and retry: their phases are state.
- **What else is state.** Paxoscope's states also hold the ghost's record of every vote (to check
  Agreement from the votes, as the spec's \`chosen\` does) and the fault budgets used. Learners are
  left out, as in the spec (choice is defined by acceptors' votes).
- **Reductions** (each checked against the literal search in \`src/sim/explore/reductions.test.ts\`):
  replies a proposer can no longer use are not state; acceptors are symmetric, so mirror images
  count once; and steps that only take behaviour away are skipped (a proposer hearing that its
  value was chosen only stops; a crash that keeps the disk only delays and loses messages, so
  acceptors crash only when the \`amnesiac-acceptor\` rule is broken, restarting at once).

**Multi-Paxos next to TLC.** The TLA+ MultiPaxos-SMR spec (tlaplus/Examples, \`MultiPaxos-SMR\`;
not run here) reports 343,796 distinct states for its small model. Paxoscope's Multi-Paxos row
searches ${formatNumber(log.report.states)} states ${log.report.complete ? 'and covers its bounds' : 'before its limit and does not cover its bounds'}: the spec's servers are replicas,
acceptors and leaders at once and its messages a set received any number of times, so who has
seen what is not state; here proposers, acceptors, a replica and clients are separate nodes
whose every field is state (leaders' pending commands, proposals and what they know is chosen, the
replica's counts of Accepted, log and store, clients' outstanding requests), a message in flight
is delivered once (as a set: copies are one), each order in which Accepted messages reach the
leader and the replica is a state of its own (no partial-order reduction), and heartbeats, a
crash and a client retry add behaviour the spec leaves out. Times are not state (every step is
one tick after the last), nor are replies a node ignores for good and Responses to clients.

**Speed.** The target (issue 13) is 150,000 distinct states per second of CPU time on the lab's
model; this search reaches about ${rate(lab.report.states, lab.cpuMs)} (and ${rate(lab.report.transitions, lab.cpuMs)} steps tried per second). A step
rebuilds only the node it acted on, the network and the ghost, runs one engine \`apply\` (the real
handlers, invariant checks and message objects), and is fingerprinted from the node it touched:
every node's fingerprint words are seen once per state expanded and a step sees again only its
own node's, before the acceptors are ranked and words, votes and messages hashed. Measured in
one hour on one machine (AMD EPYC, CPU time, three rounds each), that took the lab's model from
about 57,000 to about 72,000 states per second (medians). What is left, from a CPU profile: the probe of
the fingerprint table (a cache miss a step, about 7%), the garbage collector (about 9%: the
engine's new messages and each state's inputs), ranking and hashing (about 15%), rebuilding the
network and the ghost (about 4%) and the engine itself (about 12%). World cloning is no
longer in the loop (a \`cloneWorld\` per step cost 0.9 µs of the 1.2 µs a step took with it).
Memory: ${formatNumber(lab.report.memoryBytes / 2 ** 20)} MiB for the lab's model; the chance that two of its states shared a
fingerprint is ${lab.report.collisionChance.toExponential(1)}.`,
  );
}
