import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import type { Trace } from '../../trace';
import type { FoldedLabel } from '../../layout';
import { foldLabels, timeScale } from '../../layout';
import { usePaxos } from '../../store';
import { groupLabelAt } from '../../trace';
import { useRem } from '../useSize';
import { useT } from '../useT';
import { messageBallotClass } from './ballotClass';
import { useLitMessages, useVisibleMessages } from './useVisibleMessages';

/** Room one label needs in the gutter, in rem: one line, or two in a narrow gutter (phones) where labels wrap. */
const LABEL_HEIGHT_REM = 1.35;
const NARROW_LABEL_HEIGHT_REM = 2.3;
const NARROW_GUTTER_PX = 130;
/** A label's line height, in ems of its type (as .px-labels--wrap sets it). */
const LINE_EM = 1.15;
/** One character of the labels' monospaced type, in ems: 0.6 in the usual such fonts, and a margin. */
const CHAR_EM = 0.62;
/** What a label's bar, padding and margins take of the gutter's width, in rem. */
const INSET_REM = 1.45;
/** The most lines one label wraps onto. */
const LINES_MAX = 3;
/**
 * How far a label may move off its arrows to clear the one above, in px, at least (half a tick
 * when zoomed in): a label further away reads as another message's, so it is folded instead.
 */
const DRIFT_MIN_PX = 12;
/** What a count's margin, padding and border take beside its digits, in characters. */
const COUNT_INSET_CHARS = 2;
/**
 * Folding again with the counts' room settles in one or two passes; this bounds it. Heights only
 * grow from pass to pass and each is one of a few line counts, so the passes cannot cycle.
 */
const FOLD_PASSES_MAX = 8;

/**
 * Folds labels (`foldLabels`) where each label's height depends on the count it shows: a label
 * standing for others wraps its count onto a line of its own when its words fill the last one.
 * Folding is done again until every label's count fits the height it was placed with, so a
 * count never hangs below its label into the next one. A label keeps the tallest height any
 * pass gave it: a pass that shrank one to the height its new count needs could fold another
 * differently and grow it back, and a label placed with one height but drawn with another
 * overlaps its neighbour.
 */
function foldCounted(
  requests: readonly { key: string; y: number; floor?: number }[],
  heightOf: (key: string, folded: number) => number,
  driftMax: number,
): (FoldedLabel & { height: number })[] {
  const heights = new Map(requests.map((r) => [r.key, heightOf(r.key, 0)]));
  let shown: FoldedLabel[] = [];
  for (let pass = 0; pass < FOLD_PASSES_MAX; pass++) {
    shown = foldLabels(
      requests.map((r) => ({ ...r, height: heights.get(r.key)! })),
      driftMax,
    );
    let settled = true;
    for (const label of shown) {
      const needed = heightOf(label.key, label.folded.length);
      if (needed > heights.get(label.key)!) {
        heights.set(label.key, needed);
        settled = false;
      }
    }
    if (settled) break;
  }
  return shown.map((l) => ({ ...l, height: heights.get(l.key)! }));
}

/**
 * Each group's label length at the end of the run, in characters: a Promise's grows as promises
 * arrive, so a label's height is set by its final text and does not jump while the run plays.
 */
function finalParts(trace: Trace): number[][] {
  return trace.groups.map((_, i) =>
    partsOf(groupLabelAt(trace, i, trace.steps.length)?.text ?? '').map((part) => part.length),
  );
}

/** A label breaks only after a comma (see `breakable`). */
function partsOf(text: string): string[] {
  return text.split(/(?<=,)/);
}

/**
 * The lines a label's parts take in `room` px when each part is `charPx` per character and a line
 * breaks only between parts, as the browser lays them out: a part that does not fit where a
 * line has words starts the next one. The count after a folded label is one part more.
 */
function linesOfParts(parts: readonly number[], extra: number, charPx: number, room: number) {
  let lines = 1;
  let used = 0;
  for (const length of extra === 0 ? parts : [...parts, extra]) {
    const width = length * charPx;
    if (used > 0 && used + width > room) {
      lines += 1;
      used = 0;
    }
    if (used === 0 && width > room) {
      // A part wider than the room breaks inside it (overflow-wrap) over whole lines.
      const whole = Math.ceil(width / room) - 1;
      lines += whole;
      used = width - whole * room;
    } else used += width;
  }
  return Math.min(LINES_MAX, lines);
}

/**
 * A label's text with a place to break after each comma, so a wrapped label breaks between its
 * parts, and the count of labels folded into it after its words; in one span, which the
 * label's flex box lays out as one line of text.
 */
function breakable(text: string, more: string | null) {
  return (
    <span>
      {partsOf(text).map((part, i) => (
        <Fragment key={i}>
          {i === 0 ? null : <wbr />}
          {part}
        </Fragment>
      ))}
      {more === null ? null : (
        <>
          <wbr />
          <span className="px-label__more" data-folded="">
            {more}
          </span>
        </>
      )}
    </span>
  );
}

/**
 * The classic diagram's labels in a gutter on the right: one per group of messages of one kind
 * sent together (`Prepare(1)`, `Promise(1,{-,-,-})`…), level with its arrows, pushed down a
 * little to clear the one above. Where they crowd (zoomed out) one label stands for several,
 * with a count, rather than labels drifting ticks away from their arrows. A Promise label lists
 * only the promises sent so far.
 */
export function MessageLabels({
  lanes,
  view,
  height,
  cover,
}: {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
  /**
   * Where Fit and Follow sit over the gutter's bottom (their top and left edge in the diagram),
   * or null when neither is shown: no label's words may run under them.
   */
  cover: { top: number; left: number } | null;
}) {
  const tr = useT();
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const visible = useVisibleMessages(view, height);
  const lit = useLitMessages();
  const rem = useRem();
  // The labels' type size is the stylesheet's (smaller on a phone, larger on a projector): read
  // once per gutter, so the run's longest label can be fitted to it without measuring each one.
  const ref = useRef<HTMLDivElement>(null);
  const [fontPx, setFontPx] = useState(0);
  useLayoutEffect(() => {
    if (ref.current !== null) setFontPx(parseFloat(getComputedStyle(ref.current).fontSize));
  }, [lanes.gutterWidth, rem]);
  const parts = useMemo(() => finalParts(trace), [trace]);
  const lengths = useMemo(() => parts.map((p) => p.reduce((sum, n) => sum + n, 0)), [parts]);
  const room = lanes.gutterWidth - INSET_REM * rem;
  const linesOf = (index: number, extra = 0) =>
    linesOfParts(parts[index]!, extra, CHAR_EM * fontPx, room);
  const narrow = lanes.gutterWidth < NARROW_GUTTER_PX;
  const countOf = (folded: number) => tr('labels.more', { count: folded });
  // A folded label's count is words too: beside them it takes `extra` characters; in a narrow
  // gutter, where the words need the whole width, it takes a line of its own under them.
  const extraOf = (folded: number) =>
    folded === 0 || narrow ? 0 : countOf(folded).length + COUNT_INSET_CHARS;
  // Each label takes the lines its own words need, so one long Promise does not make every
  // label two lines tall and crowd them off their arrows; a phone's narrow gutter keeps two.
  const heightOf = (index: number, folded: number) => {
    const lines = linesOf(index, extraOf(folded)) + (narrow && folded > 0 ? 1 : 0);
    const least = narrow ? NARROW_LABEL_HEIGHT_REM : LABEL_HEIGHT_REM;
    return Math.max(least * rem, (lines * LINE_EM + 0.3) * fontPx);
  };
  const y = timeScale(view, height);
  const groups = useMemo(() => {
    const seen = new Set<number>();
    for (const { record } of visible) seen.add(record.group);
    return [...seen].flatMap((index) => groupLabelAt(trace, index, step) ?? []);
  }, [visible, trace, step]);
  const byKey = new Map(groups.map((g) => [String(g.index), g]));
  // A label's words end where its characters do, or at the gutter's edge once they wrap: only
  // one whose words reach the buttons' left edge has to end above them.
  const floorOf = (length: number) =>
    cover !== null &&
    lanes.gutterX + INSET_REM * rem + Math.min(room, length * CHAR_EM * fontPx) > cover.left
      ? cover.top
      : undefined;
  const shown = foldCounted(
    groups.map((g) => ({
      key: String(g.index),
      y: y(g.middle),
      floor: floorOf(lengths[g.index]!),
    })),
    (key, folded) => heightOf(Number(key), folded),
    Math.max(DRIFT_MIN_PX, view.pxPerTick / 2),
  );
  const wrap =
    narrow ||
    parts.some((_, index) => linesOf(index) > 1) ||
    shown.some((l) => linesOf(Number(l.key), extraOf(l.folded.length)) > 1);
  return (
    <div
      ref={ref}
      className={`px-labels${wrap ? ' px-labels--wrap' : ''}${narrow ? ' px-labels--narrow' : ''}`}
      style={{ left: lanes.gutterX, width: lanes.gutterWidth }}
    >
      {shown.map((label) => {
        const g = byKey.get(label.key)!;
        const labelHeight = label.height;
        const top = label.y - labelHeight / 2;
        if (top < -labelHeight || top > height) return null;
        const folded = label.folded.map((key) => byKey.get(key)!);
        const all = [g, ...folded];
        const dimmed = lit !== null && !all.some((l) => l.ids.some((id) => lit.ids.has(id)));
        return (
          <div
            key={g.index}
            className={`px-label px-msg--${g.type}${messageBallotClass(trace.messages[g.ids[0]!]!)}${dimmed ? ' px-label--dimmed' : ''}`}
            data-label={g.type}
            data-ids={g.ids.join(' ')}
            style={{ top, height: labelHeight }}
            title={all.map((l) => l.text).join('\n')}
          >
            {breakable(g.text, folded.length === 0 ? null : countOf(folded.length))}
          </div>
        );
      })}
    </div>
  );
}
