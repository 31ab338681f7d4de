import { useMemo, useState } from 'react';
import type { ChosenQuorum, Conflict, PromiseQuorum, QuorumStory } from '../../trace';
import { brokenAt, nodeSet, quorumStory } from '../../trace';
import { usePaxos } from '../../store';
import type { QuorumRow } from './QuorumTable';
import { QuorumTable } from './QuorumTable';
import { useLabT } from './useLabT';

type Words = ReturnType<typeof useLabT>;

const set = (members: { acceptor: string }[]) => nodeSet(members.map((m) => m.acceptor));

/**
 * The quorum view of the run at the cursor. For the value chosen: its accept quorum, every
 * higher ballot's promise quorum and the acceptors they share (through which the higher
 * ballot hears of the value). When agreement broke: the two majorities, the sentence of which
 * values they chose in which ballots, and the fact of the run that let them disagree.
 */
export default function QuorumCard({ inDrawer = false }: { inDrawer?: boolean }) {
  const words = useLabT();
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const acceptors = usePaxos((s) => s.world.acceptors);
  const story = useMemo(() => quorumStory(trace, step), [trace, step]);
  const broken = brokenAt(trace, step) !== null;
  // Beside the narration, one line that opens on a click, so the diagram keeps its height; it
  // opens by itself when agreement breaks, where there is room for it (not on a phone). The
  // lab's drawer has room for it open. The change is noticed while rendering, as React
  // recommends for state that follows props.
  const [open, setOpen] = useState(inDrawer);
  const [seenBroken, setSeenBroken] = useState(false);
  if (broken !== seenBroken) {
    setSeenBroken(broken);
    const room = inDrawer || typeof matchMedia !== 'function';
    if (broken && (room || matchMedia('(min-width: 700px)').matches)) setOpen(true);
  }
  if (story.chosen === null) return null;
  const ids = acceptors.map((a) => a.id);
  const content = story.conflict === null ? overlap(words, story) : conflict(words, story.conflict);
  return (
    <details
      className={`px-quorums${broken ? ' px-quorums--broken' : ''}`}
      aria-label={words.lt('quorums.label')}
      data-quorums={broken ? 'broken' : 'chosen'}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="px-quorums__title">{open ? content.title : content.summary}</summary>
      {/* Closed, its body is not drawn at all: in a long run (stress) the table grows a row per
          ballot, hundreds of cells that React would otherwise redo on every step while playing. */}
      {open && (
        <div className="px-quorums__body">
          <div>
            {content.lines.map((line, i) => (
              <p key={i} className="px-quorums__line">
                {line}
              </p>
            ))}
          </div>
          <QuorumTable acceptors={ids} rows={content.rows} />
        </div>
      )}
    </details>
  );
}

function overlap({ lt }: Words, story: QuorumStory) {
  const chosen = story.chosen!;
  const rows: QuorumRow[] = [
    {
      label: lt('quorums.row.accept', { value: chosen.value, ballot: chosen.ballot }),
      kind: 'accept',
      side: 'low',
      members: chosen.members,
    },
    ...story.later.map((p) => promiseRow(lt, p)),
  ];
  const lines =
    story.later.length === 0
      ? [lt('quorums.none', { acceptors: set(chosen.members) })]
      : story.later.map((p) => laterLine(lt, p));
  return {
    title: lt('quorums.chosen', {
      value: chosen.value,
      ballot: chosen.ballot,
      acceptors: set(chosen.members),
    }),
    summary: lt('quorums.summary', { value: chosen.value, ballot: chosen.ballot }),
    lines,
    rows,
  };
}

function promiseRow(lt: Words['lt'], p: PromiseQuorum): QuorumRow {
  return {
    label: lt('quorums.row.promise', { ballot: p.ballot, proposer: p.proposer }),
    kind: 'promise',
    side: 'high',
    members: p.promises,
  };
}

function laterLine(lt: Words['lt'], p: PromiseQuorum): string {
  const both =
    p.shared.length === 0
      ? lt('quorums.both.none')
      : lt(p.shared.length === 1 ? 'quorums.both.one' : 'quorums.both.other', {
          acceptors: p.shared.join(', '),
        });
  const proposed =
    p.adopted === null
      ? lt('quorums.own', { proposer: p.proposer, value: p.value })
      : lt('quorums.adopted', {
          acceptor: p.adopted.acceptor,
          value: p.value,
          proposer: p.proposer,
        });
  return `${lt('quorums.later', { ballot: p.ballot, proposer: p.proposer, acceptors: set(p.promises) })} ${both} ${proposed}`;
}

function conflict({ lt }: Words, c: Conflict) {
  // A quorum is called a majority only when it is one (not with the minority-quorum rule broken).
  const quorum = ({ members, majority }: ChosenQuorum) =>
    lt(majority ? 'conflict.majority' : 'conflict.minority', { acceptors: set(members) });
  const params = {
    low: c.low.value,
    lowBallot: c.low.ballot,
    lowQuorum: quorum(c.low),
    high: c.high.value,
    highBallot: c.high.ballot,
    highQuorum: quorum(c.high),
    proposer: c.proposal?.proposer ?? '',
    acceptor: c.reason !== null && 'acceptor' in c.reason ? c.reason.acceptor : '',
  };
  const rows: QuorumRow[] = [
    {
      label: lt('quorums.row.accept', { value: c.low.value, ballot: c.low.ballot }),
      kind: 'accept',
      side: 'low',
      members: c.low.members,
    },
    ...(c.proposal === null || c.low.ballot === c.high.ballot ? [] : [promiseRow(lt, c.proposal)]),
    {
      label: lt('quorums.row.accept', { value: c.high.value, ballot: c.high.ballot }),
      kind: 'accept',
      side: 'high',
      members: c.high.members,
    },
  ];
  // In the order the run chose them: a later ballot after an earlier one, or the other way.
  const [first, second] = c.first === 'low' ? [c.low, c.high] : [c.high, c.low];
  const order =
    first.ballot === second.ballot ? 'same' : first.ballot < second.ballot ? 'later' : 'earlier';
  const lines = [
    lt(`conflict.order.${order}`, {
      first: first.value,
      firstBallot: first.ballot,
      firstQuorum: quorum(first),
      second: second.value,
      secondBallot: second.ballot,
      secondQuorum: quorum(second),
    }),
  ];
  const reason = c.reason;
  if (reason !== null)
    lines.push(
      lt(
        reason.kind === 'forgot'
          ? `reason.forgot.${reason.promisedFirst ? 'promise' : 'vote'}`
          : reason.kind === 'disjoint' || reason.kind === 'accepted-after-promise'
            ? `reason.${reason.kind}.${c.first === 'low' ? 'later' : 'earlier'}`
            : `reason.${reason.kind}`,
        params,
      ),
    );
  return { title: lt('conflict.title'), summary: lt('conflict.title'), lines, rows };
}
