import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { MESSAGE_TYPES } from '../../trace';
import { usePaxos } from '../../store';
import { useRem } from '../useSize';
import type { ArrowStyle, StrokedArrow } from './drawArrows';
import { drawArrows } from './drawArrows';

interface Props {
  width: number;
  height: number;
  arrows: readonly StrokedArrow[];
}

/** Each message type's colour as the theme resolves it here (CSS variables, light or dark). */
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
 * The arrows' strokes, under the SVG that holds everything interactive (hit areas, packets,
 * the data hooks). Redrawn when the arrows change — a step, the view, the selection — never
 * merely because the cursor moved.
 */
export function ArrowCanvas({ width, height, arrows }: Props) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const colours = useColours(canvas);
  const rem = useRem();
  const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  const style = useMemo<ArrowStyle>(() => ({ colour: colours, width: 0.13 * rem }), [colours, rem]);
  useEffect(() => {
    const ctx = canvas?.getContext('2d');
    if (ctx === null || ctx === undefined) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawArrows(ctx, arrows, style);
  }, [canvas, arrows, style, ratio, width, height]);
  return (
    <canvas
      ref={setCanvas}
      className="px-arrow-canvas"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
