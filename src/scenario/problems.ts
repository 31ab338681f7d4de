import { controlProblem, keyPath, quote } from './quote';

/**
 * Collects validation problems, each with the path of the field at fault, and reads the
 * primitive field shapes the format uses. Readers always return a usable value so validation
 * can continue and report every problem, not just the first.
 */
export interface ValidationError {
  path: string;
  message: string;
}

export function formatError(error: ValidationError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a value is, for a message, without converting it: an object may carry a `toString` that
 * is not a function, so only numbers and booleans are ever turned into text here.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${quote(value, 20)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A value a stranger wrote, as a message repeats it: a string quoted, anything else by its type. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : typeName(value);
}

/**
 * Why a value is not a string of `lengthMin` to `lengthMax` plain characters, or null when it
 * is one: what a value, a name or a sentence of a scenario must be.
 */
export function plainTextProblem(
  value: unknown,
  lengthMin: number,
  lengthMax: number,
): string | null {
  if (typeof value !== 'string') return `must be a string, not ${typeName(value)}`;
  if (value.length < lengthMin || value.length > lengthMax)
    return `must be ${lengthMin} to ${lengthMax} characters`;
  return controlProblem(value);
}

/** Reports fields the format does not have, suggesting the nearest known name for a typo. */
export function knownKeys(
  problems: Problems,
  record: Record<string, unknown>,
  path: string,
  known: readonly string[],
): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    // A length far from every known name cannot be a typo, and a huge key must not cost a huge
    // edit-distance table.
    const near = known.find(
      (k) => Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2,
    );
    problems.add(
      keyPath(path, key),
      `unknown field${near === undefined ? '' : ` (did you mean "${near}"?)`}`,
    );
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** How many problems one validation keeps: users see the first, and a hostile file has millions. */
export const PROBLEMS_MAX = 100;

export class Problems {
  readonly errors: ValidationError[] = [];

  add(path: string, message: string): void {
    if (this.errors.length < PROBLEMS_MAX) this.errors.push({ path, message });
  }

  /**
   * A string of `lengthMin` to `lengthMax` characters with no control or bidi character, or
   * null (with the problem added) when it is not one.
   */
  plainText(value: unknown, path: string, lengthMin: number, lengthMax: number): string | null {
    const problem = plainTextProblem(value, lengthMin, lengthMax);
    if (problem === null) return value as string;
    this.add(path, problem);
    return null;
  }

  /** A whole number in [min, max]; `fallback` when absent (or an error when required). */
  integer(
    value: unknown,
    path: string,
    min: number,
    max: number,
    fallback: number,
    required = false,
  ): number {
    if (value === undefined) {
      if (required) this.add(path, `required: a whole number from ${min} to ${max}`);
      return fallback;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.add(path, `must be a whole number, not ${typeName(value)}`);
      return fallback;
    }
    if (value < min || value > max) {
      this.add(path, `is ${value}; it must be from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  probability(value: unknown, path: string, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      this.add(path, `must be a probability from 0 to 1, not ${typeName(value)}`);
      return fallback;
    }
    return value;
  }

  /** An inclusive [min, max] pair of whole numbers within [low, high]. */
  range(
    value: unknown,
    path: string,
    low: number,
    high: number,
    fallback: readonly [number, number],
  ): [number, number] {
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value) || value.length !== 2) {
      this.add(path, `must be [min, max], not ${typeName(value)}`);
      return [...fallback];
    }
    const before = this.errors.length;
    const min = this.integer(value[0], `${path}[0]`, low, high, fallback[0]);
    const max = this.integer(value[1], `${path}[1]`, low, high, fallback[1]);
    if (this.errors.length === before && min > max)
      this.add(path, `min ${min} is above max ${max}`);
    return [min, max];
  }
}
