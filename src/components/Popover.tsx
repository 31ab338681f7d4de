import { Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { activeElementIn, isInside } from './shadow';

interface Props {
  label: string;
  /** What the toolbar button shows. */
  button: ReactNode;
  children: (close: () => void) => ReactNode;
  disabled?: boolean;
  /** What the panel shows while content loaded on demand arrives. */
  loading?: ReactNode;
}

/**
 * Gives the panel's first control the focus once the panel's content is on screen, whether at
 * once or after it loaded, unless the user has already moved the focus into the panel.
 */
function FocusFirstControl({ panel }: { panel: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    const element = panel.current;
    if (element === null || element.contains(activeElementIn(element))) return;
    element.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [panel]);
  return null;
}

/**
 * A toolbar button that opens a panel below it (a non-modal dialog): Escape or a click outside
 * closes it and gives focus back to the button.
 */
export function Popover({ label, button, children, disabled, loading = null }: Props) {
  const [open, setOpen] = useState(false);
  // Closing from inside the panel (Escape, an action) gives focus back to the button.
  const [returnFocus, setReturnFocus] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!isInside(event, root.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
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
        <div id={id} ref={panel} className="px-popover__panel" role="dialog" aria-label={label}>
          <Suspense fallback={loading}>
            {children(close)}
            <FocusFirstControl panel={panel} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
