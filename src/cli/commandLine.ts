import { parseArgs } from 'node:util';
import type { Protocol, Quorums, RuleBreak } from '../engine';
import { bugsOf, PROTOCOLS } from '../engine';
import type { Fault } from '../sim';
import { quote } from '../scenario';
import { FAULTS } from '../sim';
import { UsageError } from './errors';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/**
 * Strict option parsing: an unknown flag, a missing value or a flag given twice is a usage
 * error, not a surprise (only flags declared `multiple`, like --bug and --invariant, repeat).
 * A value that starts with a dash, like `--seed -1`, is the flag's value, so its range is what
 * the message talks about.
 */
export function parseOptions(
  args: string[],
  spec: Spec,
): { values: Record<string, unknown>; positionals: string[] } {
  const parsed = parseStrict(joinDashedValues(args, spec), spec);
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || spec[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

function parseStrict(args: string[], spec: Spec) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
}

/** `--flag -1` as `--flag=-1` for a flag that takes a value, so the dash is not read as a flag. */
function joinDashedValues(args: string[], spec: Spec): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name !== null && spec[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** A command that takes no file refuses a stray argument instead of ignoring it. */
export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0)
    throw new UsageError(`${command} takes no file, got ${quote(positionals[0]!)}`);
}

export function integerOption(
  value: unknown,
  flag: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const text = typeof value === 'string' ? value : '';
  if (!/^-?\d+$/.test(text))
    throw new UsageError(`--${flag} must be a whole number, not ${quote(text)}`);
  const n = Number(text);
  if (n < min || n > max)
    throw new UsageError(`--${flag} is ${n}; it must be from ${min} to ${max}`);
  return n;
}

export function choiceOption<T extends string>(
  value: unknown,
  flag: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new UsageError(
      `--${flag} must be one of ${choices.join(', ')}, not ${quote(String(value))}`,
    );
  }
  return value as T;
}

export function faultsOption(value: unknown): Fault[] {
  if (value === undefined || value === 'all') return [...FAULTS];
  if (value === 'none') return [];
  const faults = (typeof value === 'string' ? value : '').split(',').map((f) => f.trim());
  for (const fault of faults) {
    if (!(FAULTS as readonly string[]).includes(fault)) {
      throw new UsageError(
        `--faults: unknown fault ${quote(fault)} (use none, all or a list of ${FAULTS.join(', ')})`,
      );
    }
  }
  return faults as Fault[];
}

/**
 * A repeatable flag's names, each one of `known` (repeats count once), or `fallback` when the
 * flag is absent.
 */
export function namesOption<T extends string>(
  value: unknown,
  flag: string,
  noun: string,
  known: readonly T[],
  fallback: readonly T[],
): T[] {
  const names = (value as string[] | undefined) ?? fallback;
  for (const name of names) {
    if (!(known as readonly string[]).includes(name)) {
      throw new UsageError(`${flag}: unknown ${noun} ${quote(name)} (known: ${known.join(', ')})`);
    }
  }
  return [...new Set(names)] as T[];
}

/** The rule breaks named by `--bug`, each one of the protocol's own (Basic Paxos by default). */
export function bugsOption(value: unknown, protocol: Protocol = 'basic'): RuleBreak[] {
  const known = bugsOf(protocol);
  return namesOption(value, '--bug', 'rule break', known, []);
}

export function protocolOption(value: unknown): Protocol {
  return choiceOption(value, 'protocol', PROTOCOLS, 'basic');
}

/** `--quorums Q1,Q2`: phase 1 and phase 2 quorums, each 1 to the number of acceptors. */
export function quorumsOption(value: unknown, acceptors: number): Quorums | undefined {
  if (value === undefined) return undefined;
  const parts = typeof value === 'string' ? value.split(',') : [];
  if (parts.length !== 2)
    throw new UsageError(
      `--quorums: expected Q1,Q2 (phase 1 and phase 2 quorums), got ${quote(String(value))}`,
    );
  const [phase1, phase2] = parts.map((part) =>
    integerOption(part.trim(), 'quorums', 1, acceptors, 1),
  );
  return { phase1: phase1!, phase2: phase2! };
}
