import { LIMITS } from '../../scenario';
import { useT } from '../useT';
import type { CommandOp, CommandParts } from './command';

/**
 * A Multi-Paxos command in the words a replica's key-value state reads: set a key (`put k v`)
 * or read one (`get k`), so the user need not know the syntax. The value goes with a put only.
 */
export function CommandFields({
  parts,
  onChange,
}: {
  parts: CommandParts;
  onChange(parts: CommandParts): void;
}) {
  const tr = useT();
  return (
    <>
      <label className="px-field">
        <span>{tr('request.command')}</span>
        <select
          value={parts.op}
          onChange={(e) => onChange({ ...parts, op: e.target.value as CommandOp })}
        >
          <option value="put">{tr('request.put')}</option>
          <option value="get">{tr('request.get')}</option>
        </select>
      </label>
      <label className="px-field">
        <span>{tr('request.key')}</span>
        <input
          value={parts.key}
          maxLength={LIMITS.valueLengthMax}
          size={6}
          onChange={(e) => onChange({ ...parts, key: e.target.value })}
          required
        />
      </label>
      {parts.op === 'put' ? (
        <label className="px-field">
          <span>{tr('request.putValue')}</span>
          <input
            value={parts.value}
            maxLength={LIMITS.valueLengthMax}
            size={6}
            onChange={(e) => onChange({ ...parts, value: e.target.value })}
            required
          />
        </label>
      ) : null}
    </>
  );
}
