import type { Invariant } from '../engine';
import { scenarioToFile } from '../scenario';
import type { ExploreModel, SearchReport } from '../sim/explore';
import {
  ALL_REDUCTIONS,
  counterexampleScenario,
  MODEL_LIMITS,
  modelInvariants,
  NO_REDUCTIONS,
  search,
} from '../sim/explore';
import { UsageError } from './errors';
import {
  bugsOption,
  choiceOption,
  integerOption,
  namesOption,
  noPositionals,
  parseOptions,
  protocolOption,
  quorumsOption,
} from './commandLine';
import { printRun } from './runCommand';

const FORMATS = ['json', 'ascii', 'scenario'] as const;

/**
 * `sim explore`: every schedule of a small model, each distinct state once, looking for one
 * that breaks an invariant. Prints the counts and the shortest counterexample (JSON), or that
 * counterexample as the classic diagram or a scenario file. Exit 1 when one was found.
 */
export function exploreCommand(args: string[]): { output: string; exitCode: number } {
  const { values, positionals } = parseOptions(args, {
    acceptors: { type: 'string' },
    proposers: { type: 'string' },
    'max-ballot': { type: 'string' },
    crashes: { type: 'string' },
    drops: { type: 'string' },
    duplicates: { type: 'string' },
    partitions: { type: 'string' },
    bug: { type: 'string', multiple: true },
    protocol: { type: 'string' },
    quorums: { type: 'string' },
    slots: { type: 'string' },
    retries: { type: 'string' },
    invariant: { type: 'string', multiple: true },
    'max-states': { type: 'string' },
    'max-seconds': { type: 'string' },
    walks: { type: 'string' },
    seed: { type: 'string' },
    all: { type: 'boolean' },
    literal: { type: 'boolean' },
    format: { type: 'string' },
  });
  noPositionals('explore', positionals);
  const protocol = protocolOption(values.protocol);
  const multi = protocol === 'multi-paxos';
  for (const flag of ['slots', 'retries'] as const)
    if (!multi && values[flag] !== undefined)
      throw new UsageError(
        `--${flag}: only a Multi-Paxos model has a log; add --protocol multi-paxos`,
      );
  const size = (flag: string, [min, max]: readonly [number, number], fallback: number) =>
    integerOption(values[flag], flag, min, max, fallback);
  const acceptors = size('acceptors', MODEL_LIMITS.acceptors, 3);
  const quorums = quorumsOption(values.quorums, acceptors);
  const model: ExploreModel = {
    ...(multi ? { protocol, slots: size('slots', MODEL_LIMITS.slots, 2) } : {}),
    acceptors,
    proposers: size('proposers', MODEL_LIMITS.proposers, 2),
    bugs: bugsOption(values.bug, protocol),
    ...(quorums === undefined ? {} : { quorums }),
    bounds: {
      maxBallot: size('max-ballot', MODEL_LIMITS.maxBallot, 3),
      crashes: size('crashes', MODEL_LIMITS.faults, 1),
      drops: size('drops', MODEL_LIMITS.faults, 0),
      duplicates: size('duplicates', MODEL_LIMITS.faults, 0),
      partitions: size('partitions', MODEL_LIMITS.faults, 0),
      ...(multi ? { retries: size('retries', MODEL_LIMITS.faults, 1) } : {}),
    },
  };
  const format = choiceOption(values.format, 'format', FORMATS, 'json');
  const report = search(model, {
    target: invariantsOption(values.invariant, model),
    reductions: values.literal === true ? NO_REDUCTIONS : ALL_REDUCTIONS,
    limits: {
      statesMax: integerOption(values['max-states'], 'max-states', 1, 50_000_000, 5_000_000),
      timeMaxMs: integerOption(values['max-seconds'], 'max-seconds', 1, 86_400, 600) * 1000,
    },
    random: {
      walks: integerOption(values.walks, 'walks', 0, 10_000_000, 1000),
      stepsMax: 80,
      timeMaxMs: 10_000,
      seed: integerOption(values.seed, 'seed', 0, 4_294_967_295, 1),
    },
    stopAtFirst: values.all !== true,
    clock: () => performance.now(),
  });
  const exitCode = report.counterexample === null ? 0 : 1;
  if (format === 'json')
    return { output: JSON.stringify(summary(report), null, 2) + '\n', exitCode };
  if (report.counterexample === null)
    throw new UsageError(`--format ${format} needs a counterexample, and none was found`);
  const scenario = counterexampleScenario(model, report.counterexample.steps, {
    name: `Counterexample: ${report.counterexample.violation.detail}`,
    title: null,
    goal: null,
  });
  const output =
    format === 'scenario'
      ? JSON.stringify(scenarioToFile(scenario), null, 2) + '\n'
      : printRun(scenario, scenario.seed, 'ascii');
  return { output, exitCode };
}

function invariantsOption(value: unknown, model: ExploreModel): Invariant[] {
  const known = modelInvariants(model);
  return namesOption(value, '--invariant', 'invariant', known, known);
}

/** The report as printed: the counts first, then what was found and how sure the claim is. */
function summary(report: SearchReport) {
  const found = report.counterexample;
  return {
    states: report.states,
    violations: report.violations,
    statesPerSecond: report.statesPerSecond,
    counterexample: found?.steps ?? null,
    complete: report.complete,
    stoppedBy: report.stoppedBy,
    violation:
      found === null
        ? null
        : { invariant: found.violation.invariant, detail: found.violation.detail },
    foundBy: found?.found ?? null,
    transitions: report.transitions,
    transitionsPerSecond: report.transitionsPerSecond,
    depth: report.depth,
    walks: report.walks,
    elapsedMs: Math.round(report.elapsedMs),
    model: {
      ...(report.model.protocol === undefined ? {} : { protocol: report.model.protocol }),
      acceptors: report.model.acceptors,
      proposers: report.model.proposers,
      ...(report.model.slots === undefined ? {} : { slots: report.model.slots }),
      ...(report.model.quorums === undefined ? {} : { quorums: report.model.quorums }),
      ...report.model.bounds,
      bugs: report.model.bugs,
    },
    invariants: report.target,
    collisionChance: report.collisionChance,
    memoryBytes: report.memoryBytes,
  };
}
