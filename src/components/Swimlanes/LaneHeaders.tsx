import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { LaneLayout } from '../../layout';
import { nodeViews, usePaxos } from '../../store';
import { faultsUpTo } from '../../trace';
import { useRem } from '../useSize';
import { HeaderLegend } from './HeaderLegend';
import { NodeHeader } from './NodeHeader';
import { NodeList } from './NodeList';
import { NodeMenu } from './NodeMenu';
import { RoleTitles } from './RoleTitles';

/**
 * The longest line a header shows (`phase 2 · ballot 12`) is about this many ems of the header's
 * type; narrower lanes wrap it, so their header row is taller. Measured in ems, not pixels,
 * because type scales with the screen and is larger still in presenter mode.
 */
const TALL_BELOW_EM = 11;
/** The headers' type size in rem (styles/swimlanes.css and present.css). */
const NODE_FONT_REM = 0.84;
const NODE_FONT_REM_PRESENTING = 0.72;
/**
 * Below this lane width in rem even the tall headers' smaller type cannot hold a word such as
 * `promised 12`, so the headers switch to the compact notation and the legend explains it.
 */
const WORDS_MIN_REM = 4.1;
/**
 * A label gutter at least this wide (rem) holds the key beside the headers, in the room over the
 * labels, where it costs the diagram no height; a narrower one puts it in a row below them.
 */
const KEY_ASIDE_MIN_REM = 8.5;
/**
 * A finger needs a target this wide, in CSS pixels (WCAG's target size): narrower lanes share
 * one target, the row of headers, which opens the node list.
 */
const TARGET_MIN_PX = 24;

/**
 * Role titles over their lanes, then one header per node. The headers follow the cursor as a deferred value: React redraws them when a frame has
 * time, so at top speed they may skip a step or two rather than hold the diagram back.
 */
export const LaneHeaders = memo(function LaneHeaders({ lanes }: { lanes: LaneLayout }) {
  const rem = useRem();
  const presenting = usePaxos((s) => s.presenting);
  const world = useDeferredValue(usePaxos((s) => s.world));
  // Room for a side's line is kept for the whole run, so the diagram does not jump when it
  // splits; a run in which nothing crashes keeps none for a DOWN line.
  const trace = usePaxos((s) => s.trace);
  const { sides, steady } = useMemo(() => {
    const marks = faultsUpTo(trace, trace.steps.length).marks;
    return {
      sides: marks.some((m) => m.kind === 'partition'),
      steady: !marks.some((m) => m.kind === 'crash'),
    };
  }, [trace]);
  const views = useMemo(() => nodeViews(world), [world]);
  const [menu, setMenu] = useState<string | null>(null);
  const open = views.find((v) => v.id === menu);
  const closeMenu = useCallback(() => setMenu(null), []);
  const toggleMenu = useCallback((id: string) => setMenu((m) => (m === id ? null : id)), []);
  const laneEm = lanes.laneWidth / (rem * (presenting ? NODE_FONT_REM_PRESENTING : NODE_FONT_REM));
  const compact = lanes.laneWidth < WORDS_MIN_REM * rem;
  const tall = laneEm < TALL_BELOW_EM && !compact;
  const pressable = lanes.laneWidth >= TARGET_MIN_PX;
  return (
    <div
      className={`px-headers${tall ? ' px-headers--tall' : ''}${sides ? ' px-headers--sides' : ''}${steady ? ' px-headers--steady' : ''}${compact ? ' px-headers--compact' : ''}`}
      style={{ width: lanes.width }}
    >
      <RoleTitles lanes={lanes} />
      <div className="px-headers__nodes">
        {pressable || lanes.width === 0 ? null : (
          <NodeList views={views} signX={lanes.gutterX} onChoose={setMenu} />
        )}
        {views.map((view) => (
          <NodeHeader
            key={view.id}
            view={view}
            x={lanes.x.get(view.id)!}
            width={lanes.laneWidth}
            compact={compact}
            pressable={pressable}
            menuOpen={menu === view.id}
            onOpenMenu={toggleMenu}
          />
        ))}
      </div>
      {/* Not before the diagram is measured: a key wrapped into a zero-wide row would be tall
          for one frame, and the run's first view would be fitted to the short diagram left. */}
      {lanes.width === 0 ? null : (
        <HeaderLegend
          compact={compact}
          aside={
            !compact && lanes.gutterWidth >= KEY_ASIDE_MIN_REM * rem
              ? { left: lanes.gutterX, width: lanes.gutterWidth }
              : null
          }
        />
      )}
      {open === undefined ? null : (
        <NodeMenu view={open} x={lanes.x.get(open.id)!} onClose={closeMenu} />
      )}
    </div>
  );
});
