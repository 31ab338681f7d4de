import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BALLOT_COLOURS } from '../../layout';
import { MESSAGE_TYPES } from '../../trace';
import { usePaxos } from '../../store';
import { useRem } from '../useSize';
import { useHost } from '../hostContext';
import type { ArrowStyle, Painter, StrokedArrow } from '../../paint';
import { acquirePainter, releasePainter } from '../../paint';

interface Props {
  width: number;
  height: number;
  arrows: readonly StrokedArrow[];
}

/** Each ballot's and message type's colour as the theme resolves it here (CSS variables, light or dark). */
function useColours(canvas: HTMLCanvasElement | null): Record<string, string> {
  const theme = usePaxos((s) => s.theme);
  const [colours, setColours] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    if (canvas === null) return;
    const read = () => {
      // A throwaway element beside the canvas inherits the same theme and resolves the variables.
      const probe = document.createElement('span');
      canvas.after(probe);
      const resolve = (variable: string) => {
        probe.style.color = `var(${variable})`;
        return getComputedStyle(probe).color;
      };
      const resolved: Record<string, string> = { lost: resolve('--px-danger') };
      for (const type of MESSAGE_TYPES) resolved[type] = resolve(`--px-c-${type}`);
      for (let i = 0; i < BALLOT_COLOURS; i++)
        resolved[`ballot-${i}`] = resolve(`--px-ballot-${i}`);
      probe.remove();
      setColours(resolved);
    };
    read();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', read);
    return () => scheme.removeEventListener('change', read);
  }, [canvas, theme]);
  return colours;
}

/**
 * Arrows' strokes, under the SVG that holds everything interactive (hit areas, packets, the
 * data hooks). Painted when the arrows change — a step, the view, the selection — never merely
 * because the cursor moved; and when a step only adds strokes, only those are painted, in the
 * host's painter worker where it has one.
 */
export function ArrowCanvas({ width, height, arrows }: Props) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const { arrowPainter } = useHost();
  const colours = useColours(canvas);
  const rem = useRem();
  const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  const style = useMemo<ArrowStyle>(() => ({ colour: colours, width: 0.13 * rem }), [colours, rem]);
  const painter = useRef<Painter | null>(null);
  useEffect(() => {
    if (canvas === null) return;
    painter.current = acquirePainter(canvas, arrowPainter);
    return () => releasePainter(canvas);
  }, [canvas, arrowPainter]);
  useEffect(() => {
    painter.current?.paint(arrows, style, { width, height, ratio });
  }, [canvas, arrowPainter, arrows, style, ratio, width, height]);
  return (
    // Its bitmap is sized by whoever paints it: a canvas handed to a worker takes no attributes.
    <canvas
      ref={setCanvas}
      className="px-arrow-canvas"
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
