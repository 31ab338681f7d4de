import { scenarioToFile } from '../scenario';
import { fuzz, fuzzScenario } from '../sim';
import {
  bugsOption,
  choiceOption,
  faultsOption,
  integerOption,
  noPositionals,
  parseOptions,
  protocolOption,
  quorumsOption,
} from './commandLine';
import { printRun } from './runCommand';

const FORMATS = ['json', 'ascii', 'scenario'] as const;

/**
 * This process's CPU time, in milliseconds: the engine's speed as printed should not depend on
 * what else the machine runs, and wall time counts every moment another process held the core.
 */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * `sim fuzz`: many random runs with faults. The exit code says whether any broke an invariant;
 * the printed seed replays that run alone with `--replay`.
 */
export function fuzzCommand(args: string[]): { output: string; exitCode: number } {
  const { values, positionals } = parseOptions(args, {
    runs: { type: 'string' },
    seed: { type: 'string' },
    acceptors: { type: 'string' },
    proposers: { type: 'string' },
    faults: { type: 'string' },
    protocol: { type: 'string' },
    quorums: { type: 'string' },
    bug: { type: 'string', multiple: true },
    replay: { type: 'string' },
    format: { type: 'string' },
  });
  noPositionals('fuzz', positionals);
  const protocol = protocolOption(values.protocol);
  const acceptors = integerOption(values.acceptors, 'acceptors', 1, 9, 3);
  const quorums = quorumsOption(values.quorums, acceptors);
  const shape = {
    acceptors,
    proposers: integerOption(values.proposers, 'proposers', 1, 9, 2),
    faults: faultsOption(values.faults),
    bugs: bugsOption(values.bug, protocol),
    // Basic Paxos with majorities leaves both out, so its scenarios are the ones it always drew.
    ...(protocol === 'basic' ? {} : { protocol }),
    ...(quorums === undefined ? {} : { quorums }),
  };
  if (values.replay !== undefined) {
    const seed = integerOption(values.replay, 'replay', 0, 4_294_967_295, 0);
    const scenario = fuzzScenario(seed, shape);
    const format = choiceOption(values.format, 'format', FORMATS, 'json');
    const output =
      format === 'scenario'
        ? JSON.stringify(scenarioToFile(scenario), null, 2) + '\n'
        : printRun(scenario, seed, format);
    return { output, exitCode: 0 };
  }
  const options = {
    ...shape,
    runs: integerOption(values.runs, 'runs', 1, 1_000_000, 1000),
    seed: integerOption(values.seed, 'seed', 0, 4_294_967_295, 1),
  };
  const report = fuzz(options, cpuMilliseconds);
  return {
    output: JSON.stringify(report, null, 2) + '\n',
    exitCode: report.violations > 0 ? 1 : 0,
  };
}
