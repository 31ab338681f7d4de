import { useState } from 'react';
import { useHost } from '../host';
import { useT } from '../useT';

/**
 * "Download page": this run as one HTML file that needs no network and no server, for a
 * classroom without internet. Making it needs the element's script, which the app may have to
 * fetch (or find in the offline cache), so a failure is said in words.
 */
export function SavePageButton() {
  const tr = useT();
  const { savePage } = useHost();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  if (savePage === null) return null;
  return (
    <div className="px-save">
      <button
        type="button"
        className="px-button"
        disabled={state.busy}
        title={tr('save.hint')}
        onClick={async () => {
          setState({ busy: true, error: null });
          try {
            await savePage();
            setState({ busy: false, error: null });
          } catch (error) {
            setState({ busy: false, error: (error as Error).message });
          }
        }}
      >
        {tr('save.button')}
      </button>
      {state.error === null ? null : (
        <p className="px-import__error" role="alert">
          {tr('save.failed', { error: state.error })}
        </p>
      )}
    </div>
  );
}
