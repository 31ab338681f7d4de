import { useEffect, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The element's content size (for an element without padding or border, which is what it is
 * used on), kept current with a ResizeObserver. The first size is read as soon as the element
 * is in the document, before the browser paints: waiting for the observer's first report
 * would paint one frame with nothing measured and draw what depends on the size a frame later.
 */
export function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const { width, height } = element.getBoundingClientRect();
    setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * The root font size in pixels, for sizes computed in script. Type scales with the viewport and
 * grows in presenter mode (a class on the root element), so both are watched.
 */
export function useRem(): number {
  const read = () =>
    typeof getComputedStyle === 'function'
      ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
      : 16;
  const [rem, setRem] = useState(read);
  useEffect(() => {
    const update = () => setRem(read());
    window.addEventListener('resize', update);
    const classes = new MutationObserver(update);
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    update();
    return () => {
      window.removeEventListener('resize', update);
      classes.disconnect();
    };
  }, []);
  return rem;
}
