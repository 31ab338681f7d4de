import { isValue } from './ValueField';

/** What a Multi-Paxos replica's key-value state understands (src/engine/multi/replica.ts). */
export type CommandOp = 'put' | 'get';

/** The parts of a command as the Request panel's fields hold them. */
export interface CommandParts {
  op: CommandOp;
  key: string;
  value: string;
}

/**
 * The command the fields spell, `put k v` or `get k`, or null while they spell none a replica
 * would read that way: a key is one word, a put needs a value, and the whole must be a value a
 * scenario file accepts.
 */
export function commandOf({ op, key, value }: CommandParts): string | null {
  const k = key.trim();
  const v = value.trim();
  if (!/^\S+$/.test(k)) return null;
  if (op === 'put' && v === '') return null;
  const command = op === 'put' ? `put ${k} ${v}` : `get ${k}`;
  return isValue(command) ? command : null;
}

/** Keys a new proposer's command may set, in the order they are tried. */
const FRESH_KEYS = ['z', 'w', 'v', 'u', 't', 's', 'r', 'q'];

/** The key a command reads or writes (`put k v`, `get k`), or null for any other value. */
function keyOf(command: string): string | null {
  return /^(?:put|get) (\S+)/.exec(command)?.[1] ?? null;
}

/**
 * The command a proposer added to a Multi-Paxos run brings, the same for the same run: a put
 * of a key none of the run's commands touches, so what it does to the replicas' state shows
 * on its own, and of the new proposer's number (P3 writes 3), so its answer names it.
 */
export function freshCommand(commands: readonly string[], proposers: number): CommandParts {
  const used = new Set(commands.map(keyOf));
  const key = FRESH_KEYS.find((k) => !used.has(k)) ?? FRESH_KEYS[0]!;
  return { op: 'put', key, value: String(proposers + 1) };
}
