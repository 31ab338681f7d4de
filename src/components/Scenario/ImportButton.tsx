import { useId } from 'react';
import { useT } from '../useT';
import type { ImportProblem } from './useScenarioImport';

interface Props {
  onFile(file: File): void;
  /** Why the last file (picked here or dropped on the page) was not opened. */
  problem: ImportProblem | null;
}

/** Opens a scenario file from the user's disk, and says why the last one was not opened. */
export function ImportButton({ onFile, problem }: Props) {
  const tr = useT();
  const id = useId();
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
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      {problem === null ? null : (
        <p className="px-import__error" role="alert" data-import-error>
          {tr('scenario.importError', { file: problem.file, error: problem.error })}
        </p>
      )}
    </div>
  );
}
