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

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
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
    const near = known.find((k) => editDistance(k, key) <= 2);
    const where = path === '' ? key : `${path}.${key}`;
    problems.add(where, `unknown field${near === undefined ? '' : ` (did you mean "${near}"?)`}`);
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

export class Problems {
  readonly errors: ValidationError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
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
