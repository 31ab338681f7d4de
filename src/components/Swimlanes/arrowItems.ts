import type { ArrowGeometry, ArrowLook, LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import type { Fate, MessageRecord } from '../../trace';
import { messageArrow } from '../../trace';
import type { VisibleMessage } from './useVisibleMessages';

/** A visible message, where its arrow runs, and how much it stands out (a click's family). */
export interface ArrowItem {
  record: MessageRecord;
  fate: Fate;
  /** Where it ended (or will, while in flight); it does not move with the cursor. */
  geometry: ArrowGeometry;
  /** The whole way it was sent, to its planned arrival, which a lost message never reached. */
  path: ArrowGeometry;
  emphasis: ArrowLook['emphasis'];
}

export type Emphasis = ArrowItem['emphasis'];

/** The items made for one view of one layout, by message id. */
interface Made {
  lanes: LaneLayout;
  height: number;
  items: Map<number, ArrowItem>;
}

// A memo of pure results: an item depends only on its message, fate and emphasis and on the
// view, layout and height it is drawn in. Keyed weakly by the view, so old views go with it.
const madeFor = new WeakMap<TimeView, Made>();

/**
 * The items of the visible messages. An arrow that did not change since the last step is the
 * same object as before, so whatever draws it can tell at a glance: at top speed a step
 * changes a few arrows of hundreds.
 */
export function arrowItems(
  visible: readonly VisibleMessage[],
  lanes: LaneLayout,
  view: TimeView,
  height: number,
  emphasisOf: (id: number) => Emphasis,
): ArrowItem[] {
  let made = madeFor.get(view);
  if (made === undefined || made.lanes !== lanes || made.height !== height) {
    made = { lanes, height, items: new Map() };
    madeFor.set(view, made);
  }
  const { items } = made;
  const y = timeScale(view, height);
  return visible.map(({ record, fate }) => {
    const emphasis = emphasisOf(record.id);
    const before = items.get(record.id);
    if (before !== undefined && before.fate === fate && before.emphasis === emphasis) return before;
    const item: ArrowItem = {
      record,
      fate,
      geometry:
        before !== undefined && before.fate === fate
          ? before.geometry
          : messageArrow(record, fate, lanes.x, y, 0),
      path: before?.path ?? messageArrow(record, 'in-flight', lanes.x, y, 0),
      emphasis,
    };
    items.set(record.id, item);
    return item;
  });
}
