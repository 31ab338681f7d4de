import type { LogSlot, LogView, LogVote } from '../../store';
import { hoverSlot, pickSlot, useStoreApi } from '../../store';
import { useT } from '../useT';
import { ballotClass } from '../Swimlanes/ballotClass';

/** What a replica's mark says without colour: applied ✓, noop skipped ∅, duplicate answered ↺. */
const APPLIED_MARK = { command: '✓', noop: '∅', duplicate: '↺' } as const;

interface Props {
  view: LogView;
  slot: LogSlot;
  /** This slot is the leader's next free one. */
  next: boolean;
  /** This slot is lit in the diagram, or holds the clicked message. */
  highlighted: boolean;
  /** This slot was clicked and stays lit. */
  picked: boolean;
}

/**
 * One slot of the log. Accepted votes are plain, the chosen value is bold with its ballot and
 * tick, noop is written as the word in italics, and a hole is a dashed row: each state reads
 * without its colour, which only repeats the ballot. Pointing at a row, or focusing its slot's
 * button, lights the slot's messages in the diagram; a click keeps them lit.
 */
export function LogRow({ view, slot, next, highlighted, picked }: Props) {
  const tr = useT();
  const store = useStoreApi();
  const { chosen } = slot;
  const state = slot.hole ? ' px-log__row--hole' : chosen === null ? '' : ' px-log__row--chosen';
  return (
    <tr
      className={`px-log__row${state}${slot.proposed ? ' px-log__row--proposed' : ''}${next ? ' px-log__row--next' : ''}${highlighted ? ' px-log__row--highlighted' : ''}`}
      data-slot={slot.slot}
      data-hole={slot.hole || undefined}
      data-highlighted={highlighted ? '' : undefined}
      onPointerEnter={() => hoverSlot(store, slot.slot)}
      onPointerLeave={() => hoverSlot(store, null)}
      onClick={() => pickSlot(store, slot.slot)}
    >
      <th scope="row">
        <button
          type="button"
          className="px-log__slot"
          data-slot-button={slot.slot}
          aria-pressed={picked}
          aria-label={tr('log.showSlot', { slot: slot.slot })}
          onFocus={() => hoverSlot(store, slot.slot)}
          onBlur={() => hoverSlot(store, null)}
        >
          {slot.slot}
        </button>
        {next ? <span className="px-log__next"> ← {tr('log.next')}</span> : null}
      </th>
      {slot.votes.map((vote, i) => (
        <VoteCell key={view.acceptors[i]} acceptor={view.acceptors[i]!} vote={vote} />
      ))}
      {chosen === null ? (
        <td className="px-log__chosen px-log__chosen--none">
          {slot.hole ? tr('log.hole') : slot.proposed ? '…' : '–'}
        </td>
      ) : (
        <td
          className={`px-log__chosen${ballotClass(chosen.ballot)}`}
          data-slot-chosen={chosen.value}
          title={tr('log.chosenAt', { ballot: chosen.ballot, at: chosen.at })}
        >
          <span className={chosen.noop ? 'px-log__noop' : undefined}>
            {chosen.noop ? tr('log.noop') : chosen.value}
          </span>
          <span className="px-log__meta">
            b{chosen.ballot} t{chosen.at}
          </span>
        </td>
      )}
      {slot.applied.map((kind, i) => {
        const replica = view.replicas[i]!;
        const what = tr(kind === null ? 'log.applied.none' : `log.applied.${kind}`);
        return (
          <td
            key={replica}
            className={`px-log__applied${kind === null ? '' : ` px-log__applied--${kind}`}`}
            data-replica-applied={kind === null ? undefined : replica}
            data-applied={kind ?? undefined}
            title={tr('log.replicaSays', { replica, what })}
            aria-label={tr('log.replicaSays', { replica, what })}
          >
            {kind === null ? '' : APPLIED_MARK[kind]}
          </td>
        );
      })}
    </tr>
  );
}

function VoteCell({ acceptor, vote }: { acceptor: string; vote: LogVote | null }) {
  const tr = useT();
  if (vote === null)
    return (
      <td className="px-log__vote px-log__vote--none" title={tr('log.noVote', { acceptor })}>
        ·
      </td>
    );
  const value = vote.noop ? tr('log.noop') : vote.value;
  return (
    <td
      className={`px-log__vote${ballotClass(vote.ballot)}`}
      data-vote={acceptor}
      title={tr('log.vote', { acceptor, value, ballot: vote.ballot })}
    >
      <span className={vote.noop ? 'px-log__noop' : undefined}>{value}</span>
      <sub className="px-log__ballot">{vote.ballot}</sub>
    </td>
  );
}
