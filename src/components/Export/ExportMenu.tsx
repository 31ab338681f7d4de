import { useCallback, useRef, useState } from 'react';
import { useStoreApi } from '../../store';
import { Menu } from '../Menu';
import { useT } from '../useT';
import type { ExportFormat } from './formats';
import { EXPORT_FORMATS, exportRun, runStem } from './formats';
import { fileName, saveFile } from './save';

/**
 * Download: the run on screen as a scenario file, a trace, or its diagram as text, SVG or PNG.
 * A file that cannot be made (a browser without canvas) says so and leaves the run as it is.
 */
export function ExportMenu() {
  const tr = useT();
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    trigger.current?.focus();
  }, []);
  const download = async (format: ExportFormat, extension: string) => {
    const state = store.getState();
    const name = fileName(runStem(state), extension);
    try {
      saveFile(await exportRun(format, state, tr), name);
      setError(null);
    } catch (e) {
      setError(tr('export.failed', { file: name, error: (e as Error).message }));
    }
  };
  return (
    <div className="px-export">
      <button
        ref={trigger}
        type="button"
        className="px-button"
        aria-haspopup="menu"
        aria-expanded={open}
        // While the menu is open, a press on this button is the button's (it closes the menu):
        // the menu's press-outside handler would close it only for this click to open it again.
        onPointerDown={(e) => open && e.stopPropagation()}
        onClick={() => setOpen(!open)}
      >
        {tr('export.button')}
      </button>
      {open ? (
        <Menu
          label={tr('export.menu')}
          items={EXPORT_FORMATS.map(({ format, label, extension }) => ({
            label: tr(label),
            onSelect: () => void download(format, extension),
          }))}
          onClose={close}
          style={{ left: '50%', top: '100%' }}
        />
      ) : null}
      {error === null ? null : (
        <p className="px-export__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
