import { useId, useState } from 'react';
import { formatError, parseScenarioText } from '../../scenario';
import { loadScenario, useStoreApi } from '../../store';
import { useT } from '../useT';

/**
 * Opens a scenario file from the user's disk. A file that does not validate leaves the current
 * run on screen and shows the validator's message, which names the field at fault.
 */
export function ImportButton() {
  const tr = useT();
  const store = useStoreApi();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="px-import">
      <label htmlFor={id} className="px-button">
        {tr('scenario.import')}
      </label>
      <input
        id={id}
        className="px-import__input"
        type="file"
        accept=".json,application/json"
        aria-label={tr('scenario.importLabel')}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file === undefined) return;
          const result = parseScenarioText(await file.text());
          if (result.ok) {
            setError(null);
            loadScenario(store, result.scenario);
          } else {
            setError(
              tr('scenario.importError', {
                file: file.name,
                error: formatError(result.errors[0]!),
              }),
            );
          }
        }}
      />
      {error === null ? null : (
        <p className="px-import__error" role="alert" data-import-error>
          {error}
        </p>
      )}
    </div>
  );
}
