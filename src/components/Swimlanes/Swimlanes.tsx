import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimeView } from '../../layout';
import { laneLayout, PX_PER_TICK_MAX, PX_PER_TICK_MIN } from '../../layout';
import { setFollow, usePaxos, useStoreApi } from '../../store';
import { brokenAt, laneNodes } from '../../trace';
import { useRem, useSize } from '../useSize';
import { LazyViolationMarks } from '../Lab/lazy';
import { useT } from '../useT';
import { ArrowStrokes } from './ArrowStrokes';
import { CursorLine, cursorMarkRoom } from './CursorLine';
import { FaultMarks } from './FaultMarks';
import { LaneHeaders } from './LaneHeaders';
import { LaneLines } from './LaneLines';
import { MessageArrows } from './MessageArrows';
import { MessageLabels } from './MessageLabels';
import type { PanZoom } from './panZoom';
import { createPanZoom } from './panZoom';
import { FitButton } from './FitButton';
import { FollowButton } from './FollowButton';
import { MessageMenu } from './MessageMenu';
import { useArrows } from './useArrows';
import { useFollowView } from './useFollowView';

/** The margin of the row of Fit and Follow from the diagram's bottom right corner, in rem. */
const VIEW_BUTTONS_MARGIN_REM = 0.6;

/** Before the first measurement: a view that shows nothing. */
const NO_VIEW: TimeView = { start: 0, pxPerTick: 1 };

// Loaded on the first hover: the tooltip carries framer-motion, which the diagram does not need.
const MessageTooltip = lazy(() => import('./MessageTooltip'));

/**
 * The run as the classic sequence diagram: one column per node, time running down, one arrow
 * per message. The view (which ticks are on screen, how zoomed) is local: wheel and drag move
 * it, and it follows the cursor until the user moves it away.
 */
export function Swimlanes() {
  const tr = useT();
  const store = useStoreApi();
  const trace = usePaxos((s) => s.trace);
  const diagramRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const { width, height } = useSize(diagramRef);
  const buttonsRef = useRef<HTMLDivElement>(null);
  const buttons = useSize(buttonsRef);
  const rem = useRem();
  const lanes = useMemo(
    () => laneLayout(laneNodes(trace.scenario.nodes), width, rem, cursorMarkRoom(trace.end, rem)),
    [trace, width, rem],
  );
  const [view, setView] = useState<TimeView | null>(null);
  // Each click opens a menu of its own (`opened`), so a choice made in the last one is forgotten.
  const [menu, setMenu] = useState<{ ids: number[]; x: number; y: number; opened: number } | null>(
    null,
  );
  // Once a message has been hovered the tooltip stays mounted, so it can fade out.
  const tooltipWanted = usePaxos((s) => s.hovered !== null);
  const broken = usePaxos((s) => brokenAt(s.trace, s.trace.steps.length) !== null);
  const [tooltip, setTooltip] = useState(false);
  if (tooltipWanted && !tooltip) setTooltip(true);
  const openMenu = useCallback(
    (ids: number[], x: number, y: number) =>
      setMenu((last) => ({ ids, x, y, opened: (last?.opened ?? 0) + 1 })),
    [],
  );
  const closeMenu = useCallback(() => setMenu(null), []);
  // Worked out once per step, view or selection; the canvas strokes them, the SVG makes them interactive.
  const arrows = useArrows(lanes, view ?? NO_VIEW, height);
  // The follow effect reads the latest view outside React's render cycle.
  const viewRef = useRef<TimeView | null>(null);

  // Before the first paint, as the size and the opening view are: the first frame shows lanes.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const panZoom = createPanZoom(svg, {
      pxPerTickMin: PX_PER_TICK_MIN,
      pxPerTickMax: PX_PER_TICK_MAX,
      onView: (next, byUser) => {
        viewRef.current = next;
        setView(next);
        if (byUser) setFollow(store, false);
      },
    });
    panZoomRef.current = panZoom;
    return () => panZoom.destroy();
  }, [store]);

  // The buttons are measured, as their words differ by language and Follow comes and goes.
  const margin = VIEW_BUTTONS_MARGIN_REM * rem;
  const cover =
    buttons.height === 0
      ? null
      : { top: height - margin - buttons.height - 2, left: width - margin - buttons.width };
  const clearBottom = cover === null ? 0 : margin + buttons.height;
  useFollowView(store, trace, height, panZoomRef, viewRef, clearBottom);

  return (
    <div className="px-swimlanes">
      <LaneHeaders lanes={lanes} />
      <div className="px-swimlanes__diagram" ref={diagramRef}>
        {view !== null && width > 0 ? (
          <>
            {/* Under the interactive layer: the lanes and the grid, then the arrows' strokes. */}
            <svg className="px-swimlanes__back" width={width} height={height} aria-hidden="true">
              <LaneLines lanes={lanes} view={view} height={height} />
              <FaultMarks lanes={lanes} view={view} height={height} />
            </svg>
            <ArrowStrokes arrows={arrows} width={width} height={height} />
            {broken ? (
              <Suspense fallback={null}>
                <LazyViolationMarks lanes={lanes} view={view} width={width} height={height} />
              </Suspense>
            ) : null}
          </>
        ) : null}
        {/* The interactive layer on top: pan and zoom, the cursor, hit areas, packets on top. */}
        <svg
          ref={svgRef}
          className="px-swimlanes__svg"
          width={width}
          height={height}
          role="group"
          aria-label={tr('app.diagram')}
        >
          {view !== null && width > 0 ? (
            <>
              <CursorLine lanes={lanes} view={view} height={height} />
              <MessageArrows
                lanes={lanes}
                view={view}
                height={height}
                arrows={arrows}
                onInFlightClick={openMenu}
              />
            </>
          ) : null}
        </svg>
        {view !== null && width > 0 ? (
          <MessageLabels lanes={lanes} view={view} height={height} cover={cover} />
        ) : null}
        {tooltip ? (
          <Suspense fallback={null}>
            <MessageTooltip lanes={lanes} view={view} height={height} />
          </Suspense>
        ) : null}
        <div className="px-view-buttons" ref={buttonsRef} data-view-buttons>
          <FitButton />
          <FollowButton />
        </div>
        {menu === null ? null : (
          <MessageMenu key={menu.opened} ids={menu.ids} x={menu.x} y={menu.y} onClose={closeMenu} />
        )}
      </div>
    </div>
  );
}
