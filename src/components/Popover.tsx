import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { isInside } from './shadow';

interface Props {
  label: string;
  /** What the toolbar button shows. */
  button: ReactNode;
  children: (close: () => void) => ReactNode;
  disabled?: boolean;
}

/**
 * A toolbar button that opens a panel below it (a non-modal dialog): Escape or a click outside
 * closes it and gives focus back to the button.
 */
export function Popover({ label, button, children, disabled }: Props) {
  const [open, setOpen] = useState(false);
  // Closing from inside the panel (Escape, an action) gives focus back to the button.
  const [returnFocus, setReturnFocus] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!isInside(event, root.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.querySelector<HTMLElement>('input, select, button:not([aria-controls])')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  useEffect(() => {
    if (!open && returnFocus) trigger.current?.focus();
  }, [open, returnFocus]);
  const close = () => {
    setReturnFocus(true);
    setOpen(false);
  };
  return (
    <div
      className="px-popover"
      ref={root}
      onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), close())}
    >
      <button
        ref={trigger}
        type="button"
        className="px-button"
        aria-expanded={open}
        aria-controls={id}
        disabled={disabled}
        onClick={() => {
          setReturnFocus(false);
          setOpen(!open);
        }}
      >
        {button}
      </button>
      {open ? (
        <div id={id} className="px-popover__panel" role="dialog" aria-label={label}>
          {children(close)}
        </div>
      ) : null}
    </div>
  );
}
