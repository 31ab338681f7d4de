import { parseArgs } from 'node:util';
import type { Bug } from '../engine';
import { BUGS } from '../engine';
import type { Fault } from '../sim';
import { FAULTS } from '../sim';
import { UsageError } from './errors';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** Strict option parsing: an unknown flag or a missing value is a usage error, not a surprise. */
export function parseOptions(
  args: string[],
  spec: Spec,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: spec,
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
}

export function integerOption(
  value: unknown,
  flag: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const text = String(value);
  if (!/^-?\d+$/.test(text))
    throw new UsageError(`--${flag} must be a whole number, not ${JSON.stringify(text)}`);
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
  if (!(choices as readonly string[]).includes(String(value))) {
    throw new UsageError(
      `--${flag} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

export function faultsOption(value: unknown): Fault[] {
  if (value === undefined || value === 'all') return [...FAULTS];
  if (value === 'none') return [];
  const faults = String(value)
    .split(',')
    .map((f) => f.trim());
  for (const fault of faults) {
    if (!(FAULTS as readonly string[]).includes(fault)) {
      throw new UsageError(
        `--faults: unknown fault ${JSON.stringify(fault)} (use none, all or a list of ${FAULTS.join(', ')})`,
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
      throw new UsageError(
        `${flag}: unknown ${noun} ${JSON.stringify(name)} (known: ${known.join(', ')})`,
      );
    }
  }
  return [...new Set(names)] as T[];
}

export function bugsOption(value: unknown): Bug[] {
  return namesOption(value, '--bug', 'rule break', BUGS, []);
}
