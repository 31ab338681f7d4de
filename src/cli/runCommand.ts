import { readFileSync, statSync } from 'node:fs';
import { asciiDiagram, runReport } from '../export';
import type { Scenario } from '../scenario';
import { fileSizeProblem, formatError, LIMITS, parseScenarioText } from '../scenario';
import { runScenario } from '../sim';
import { cutText } from '../trace';
import { UsageError } from './errors';
import { choiceOption, integerOption, parseOptions } from './commandLine';

const FORMATS = ['json', 'ascii'] as const;

/** `sim run FILE`: one scenario, its outcome as JSON or the classic diagram. */
export function runCommand(args: string[]): string {
  const { values, positionals } = parseOptions(args, {
    seed: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'run needs a scenario FILE'
        : `run takes one FILE, got ${positionals.length}`,
    );
  const scenario = readScenario(positionals[0]!);
  const seed = integerOption(values.seed, 'seed', 0, LIMITS.seedMax, scenario.seed);
  const format = choiceOption(values.format, 'format', FORMATS, 'json');
  return printRun(scenario, seed, format);
}

export function printRun(scenario: Scenario, seed: number, format: 'json' | 'ascii'): string {
  const trace = runScenario(scenario, seed);
  // The run is valid and printed as far as it went; one line says why it ends early.
  if (trace.cut !== null) process.stderr.write(`sim: ${cutText(trace.cut)}\n`);
  return format === 'ascii'
    ? asciiDiagram(trace)
    : JSON.stringify(runReport(trace), null, 2) + '\n';
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

function readScenario(path: string): Scenario {
  let text: string;
  try {
    const tooLarge = fileSizeProblem(statSync(path).size);
    if (tooLarge !== null) throw new UsageError(`${path}: ${tooLarge}`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read ${path}: ${READ_ERRORS[code] ?? (error as Error).message}`);
  }
  const result = parseScenarioText(text);
  if (!result.ok) throw new UsageError(`${path}: ${formatError(result.errors[0]!)}`);
  return result.scenario;
}
