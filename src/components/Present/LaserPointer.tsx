import { useEffect, useRef } from 'react';

/**
 * A laser-pointer dot that follows the mouse over the presenter screen, so a lecturer can point
 * at an arrow from the back of the room. It moves by transform, outside React's render cycle.
 */
export function LaserPointer() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = dot.current;
    const screen = element?.parentElement;
    if (element === null || screen === null || screen === undefined) return;
    const move = (event: PointerEvent) => {
      const box = screen.getBoundingClientRect();
      element.style.transform = `translate(${event.clientX - box.left}px, ${event.clientY - box.top}px)`;
      element.style.opacity = '1';
    };
    const hide = () => {
      element.style.opacity = '0';
    };
    screen.addEventListener('pointermove', move);
    screen.addEventListener('pointerleave', hide);
    return () => {
      screen.removeEventListener('pointermove', move);
      screen.removeEventListener('pointerleave', hide);
    };
  }, []);
  return <div ref={dot} className="px-laser" aria-hidden="true" data-laser />;
}
