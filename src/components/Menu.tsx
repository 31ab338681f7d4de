import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { activeElementIn, isInside } from './shadow';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  /** Choosing it leads to another menu in the same place, so the menu stays open. */
  opens?: boolean;
}

interface Props {
  label: string;
  items: MenuItem[];
  /** A visible heading naming what the menu acts on. */
  title?: string;
  onClose(): void;
  style?: React.CSSProperties;
  /** A variant's class besides `px-menu`. */
  className?: string;
  /** Shifts the menu to lie whole inside the box it is placed in (a menu opened at a click near its edge). */
  keepInside?: boolean;
}

/** How far to move `inner` so that it lies inside `outer` (its start edge wins when it cannot). */
function shiftInto(inner: DOMRect, outer: DOMRect): { x: number; y: number } {
  const along = (start: number, end: number, min: number, max: number) =>
    start < min ? min - start : end > max ? Math.max(min - start, max - end) : 0;
  return {
    x: along(inner.left, inner.right, outer.left, outer.right),
    y: along(inner.top, inner.bottom, outer.top, outer.bottom),
  };
}

/**
 * A small menu (role menu, items role menuitem), under an optional visible title: opens with the first item focused, arrows
 * move between items, Enter chooses, Escape or a click elsewhere closes it.
 */
export function Menu({
  label,
  items,
  title,
  onClose,
  style,
  className,
  keepInside = false,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const menu = ref.current;
    const box = menu?.offsetParent;
    if (!keepInside || menu === null || !(box instanceof HTMLElement)) return;
    menu.style.translate = '';
    const { x, y } = shiftInto(menu.getBoundingClientRect(), box.getBoundingClientRect());
    menu.style.translate = `${x}px ${y}px`;
  });
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!isInside(event, ref.current)) onClose();
    };
    // Listen from the next frame on, so the click that opened the menu does not close it.
    const timer = setTimeout(() => document.addEventListener('pointerdown', onPointer), 0);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose]);
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ??
        []),
    ];
    const index = buttons.indexOf(activeElementIn(ref.current) as HTMLButtonElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp')
      buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  // The title sits outside the role=menu list, which may hold only its items.
  return (
    <div
      ref={ref}
      className={className === undefined ? 'px-menu' : `px-menu ${className}`}
      style={style}
    >
      {title === undefined ? null : (
        <p className="px-menu__title" data-menu-title="">
          {title}
        </p>
      )}
      <div className="px-menu__items" role="menu" aria-label={label} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className="px-menu__item"
            disabled={item.disabled}
            onClick={() => {
              item.onSelect();
              if (item.opens !== true) onClose();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </div>
  );
}
