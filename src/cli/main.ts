import { exploreCommand } from './exploreCommand';
import { fuzzCommand } from './fuzzCommand';
import { USAGE, UsageError } from './errors';
import { runCommand } from './runCommand';
import { oneLine } from '../scenario';

/**
 * `npm run --silent sim -- <command>`: the engine headless. Bad input is one clear line on
 * stderr and exit code 2; nothing the user types produces a stack trace.
 */
function main(argv: string[]): number {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'run':
      process.stdout.write(runCommand(args));
      return 0;
    case 'fuzz':
    case 'explore': {
      const { output, exitCode } = (command === 'fuzz' ? fuzzCommand : exploreCommand)(args);
      process.stdout.write(output);
      return exitCode;
    }
    default:
      throw new UsageError(
        `unknown command ${JSON.stringify(command)} (commands: run, fuzz, explore; see --help)`,
      );
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`sim: ${oneLine(error.message)}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`sim: internal error: ${oneLine(String((error as Error).message))}\n`);
    process.exitCode = 70;
  }
}
