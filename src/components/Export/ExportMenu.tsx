import { useCallback, useRef, useState } from 'react';
import { finishRecording, useStoreApi } from '../../store';
import { useHost } from '../hostContext';
import { Menu } from '../Menu';
import { useT } from '../useT';
import type { ExportFormat } from './formats';
import { EXPORT_FORMATS, exportRun, runStem } from './formats';
import { fileName, saveFile } from './save';

/**
 * Download: the run on screen as a scenario file, a trace, its diagram as text, SVG or PNG, or
 * — where the host can make one — a page that works without internet (one HTML file, for a
 * classroom offline). A file that cannot be made says so and leaves the run as it is.
 */
export function ExportMenu() {
  const tr = useT();
  const store = useStoreApi();
  const { savePage } = useHost();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    trigger.current?.focus();
  }, []);
  const download = async (format: ExportFormat, extension: string) => {
    // A file holds the whole run, even while its last part is still being recorded.
    finishRecording(store);
    const state = store.getState();
    const name = fileName(runStem(state), extension);
    try {
      saveFile(await exportRun(format, state, tr), name);
      setError(null);
    } catch (e) {
      setError(tr('export.failed', { file: name, error: (e as Error).message }));
    }
  };
  // Making the page needs the element's script, which may have to be fetched or found offline.
  const savePageOrSay = async (save: () => Promise<void>) => {
    try {
      await save();
      setError(null);
    } catch (e) {
      setError(tr('save.failed', { error: (e as Error).message }));
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
          items={[
            ...EXPORT_FORMATS.map(({ format, label, extension }) => ({
              label: tr(label),
              onSelect: () => void download(format, extension),
            })),
            ...(savePage === null
              ? []
              : [{ label: tr('save.menu'), onSelect: () => void savePageOrSay(savePage) }]),
          ]}
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
