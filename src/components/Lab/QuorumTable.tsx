import type { NodeId } from '../../engine';
import type { QuorumMember } from '../../trace';
import { useLabT } from './useLabT';

export interface QuorumRow {
  label: string;
  kind: 'accept' | 'promise';
  /** 'low' for the chosen (or first) quorum, 'high' for the one set against it. */
  side: 'low' | 'high';
  members: QuorumMember[];
}

/**
 * Quorums as rows over the acceptors as columns: a filled cell is a member, and an acceptor in
 * the first quorum and in one set against it is shared (marked in words, not by colour alone).
 * A student sees at a glance whether two majorities overlap, and where.
 */
export function QuorumTable({ acceptors, rows }: { acceptors: NodeId[]; rows: QuorumRow[] }) {
  const { lt } = useLabT();
  const on = (side: QuorumRow['side']) =>
    new Set(rows.filter((r) => r.side === side).flatMap((r) => r.members.map((m) => m.acceptor)));
  const low = on('low');
  const high = on('high');
  const inBoth = new Set(acceptors.filter((a) => low.has(a) && high.has(a)));
  return (
    <table className="px-quorums__table">
      <thead>
        <tr>
          <th scope="col">
            <span className="px-visually-hidden">{lt('quorums.acceptor')}</span>
          </th>
          {acceptors.map((a) => (
            <th key={a} scope="col" className={inBoth.has(a) ? 'px-quorums__both' : undefined}>
              {a}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr
            key={i}
            className={`px-quorums__row px-quorums__row--${row.side}`}
            data-quorum={row.kind}
          >
            <th scope="row">{row.label}</th>
            {acceptors.map((a) => {
              const member = row.members.some((m) => m.acceptor === a);
              // Shared with the other side: the chosen quorum and a quorum set against it.
              const both = member && (row.side === 'low' ? high : low).has(a);
              return (
                <td
                  key={a}
                  className={both ? 'px-quorums__both' : undefined}
                  data-shared={both || undefined}
                >
                  {member ? (
                    <span
                      className="px-quorums__dot"
                      title={lt(both ? 'quorums.shared' : 'quorums.member')}
                    >
                      <span className="px-visually-hidden">
                        {lt(both ? 'quorums.shared' : 'quorums.member')}
                      </span>
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
