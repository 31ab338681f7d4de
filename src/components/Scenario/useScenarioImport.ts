import { useCallback, useState } from 'react';
import type { ParseResult } from '../../scenario';
import { formatError, readScenarioFile } from '../../scenario';
import { loadScenario, useStoreApi } from '../../store';

/** Why the last file was not opened: its name and the validator's message. */
export interface ImportProblem {
  file: string;
  error: string;
}

/**
 * Opening a scenario file from the user's disk, however it arrives (the Import button, a drop
 * on the page): a valid file replaces the run; any other leaves the run on screen and keeps the
 * validator's message, which names the field at fault.
 */
export function useScenarioImport(): {
  problem: ImportProblem | null;
  open(file: File): Promise<void>;
} {
  const store = useStoreApi();
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const open = useCallback(
    async (file: File) => {
      let result: ParseResult;
      try {
        result = await readScenarioFile(file);
      } catch (error) {
        result = { ok: false, errors: [{ path: '', message: (error as Error).message }] };
      }
      if (result.ok) {
        setProblem(null);
        loadScenario(store, result.scenario);
      } else {
        setProblem({ file: file.name, error: formatError(result.errors[0]!) });
      }
    },
    [store],
  );
  return { problem, open };
}
