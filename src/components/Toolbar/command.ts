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
