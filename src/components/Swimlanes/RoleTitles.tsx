import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { LaneGroup, LaneLayout } from '../../layout';
import { placeTitles } from '../../layout';
import { useRem } from '../useSize';
import { useT } from '../useT';

/** Bold sans-serif type is about this many ems a character, with a margin (CJK is wider: 1). */
const TITLE_CHAR_EM = 0.68;
/** The titles' side margins in px (styles/swimlanes.css), which the word cannot use. */
const TITLE_MARGIN_PX = 8;
/** The least room, in px, between two titles' words that spill over their lanes. */
const TITLE_GAP_PX = 6;

/** A title's box: over its lanes and half the gaps either side, where it is underlined. */
function titleBox(g: LaneGroup, lanes: LaneLayout): CSSProperties {
  return { left: g.x0 - lanes.laneWidth / 4, width: g.x1 - g.x0 + lanes.laneWidth / 2 };
}

/**
 * The largest type, in px, that holds every title's whole word in its box. All titles share it,
 * so the row reads as one line; the stylesheet takes the smaller of it and the usual size, but
 * never less than a readable floor: then a word wider than its box (`Proposer` over one narrow
 * lane) keeps that size and spills over its neighbours' lanes instead (see `placeTitles`).
 */
function fittingSize(titles: string[], lanes: LaneLayout): number {
  const sizes = lanes.groups.map((g, i) => {
    const ems = [...titles[i]!].reduce(
      (sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 1 : TITLE_CHAR_EM),
      0,
    );
    return (g.x1 - g.x0 + lanes.laneWidth / 2 - TITLE_MARGIN_PX) / ems;
  });
  return Math.min(...sizes);
}

/**
 * The role titles over the lanes (as the seed diagram labels its columns). Each word is measured
 * once it is drawn, and words wider than their lanes are moved apart so none covers another;
 * they are placed before the browser paints, so no frame shows them overlapping.
 */
export function RoleTitles({ lanes }: { lanes: LaneLayout }) {
  const tr = useT();
  const rem = useRem();
  const words = useRef<(HTMLSpanElement | null)[]>([]);
  const [shifts, setShifts] = useState<number[]>([]);
  const titles = lanes.groups.map((g) => tr(`role.${g.role}`));
  const key = `${titles.join('|')}|${lanes.groups.map((g) => `${g.x0},${g.x1}`).join('|')}`;
  useLayoutEffect(() => {
    const boxes = words.current.slice(0, lanes.groups.length).map((word) => {
      const box = word?.getBoundingClientRect();
      const line = word?.parentElement?.getBoundingClientRect();
      return { centre: line ? line.left + line.width / 2 : 0, width: box?.width ?? 0 };
    });
    const origin = words.current[0]?.parentElement?.parentElement?.getBoundingClientRect().left;
    if (origin === undefined) return;
    const wished = boxes.map((b) => ({ centre: b.centre - origin, width: b.width }));
    const placed = placeTitles(wished, lanes.gutterX, TITLE_GAP_PX);
    const next = placed.map((centre, i) => Math.round((centre - wished[i]!.centre) * 10) / 10);
    setShifts((old) => (old.join() === next.join() ? old : next));
    // The words' widths follow from the titles, the lanes and the type size, which `key` and
    // `rem` stand for.
  }, [key, rem, lanes.gutterX, lanes.groups.length]);
  return (
    <div
      className="px-headers__roles"
      style={{ '--px-title-fit': `${fittingSize(titles, lanes)}px` } as CSSProperties}
    >
      {lanes.groups.map((g, i) => (
        <div
          key={g.role}
          className={`px-headers__role px-role--${g.role}`}
          data-role-title={g.role}
          style={titleBox(g, lanes)}
        >
          <span
            ref={(word) => {
              words.current[i] = word;
            }}
            className="px-headers__role-word"
            style={shifts[i] ? { transform: `translateX(${shifts[i]}px)` } : undefined}
          >
            {titles[i]}
          </span>
        </div>
      ))}
    </div>
  );
}
