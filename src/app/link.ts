import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { BUGS, isBug } from '../engine';
import type { Lang } from '../i18n';
import type { Edit, PresetId, Scenario } from '../scenario';
import {
  applyEdits,
  compactScenarioFile,
  formatError,
  isPresetId,
  preset,
  scenarioToFile,
  validateEdits,
  validateScenario,
} from '../scenario';
import type { RunRequest } from './options';

/**
 * Links that reproduce a run exactly: the scenario (a preset's id, or the whole file
 * compressed), every edit, the playback position and the language. `v` versions the encoding so
 * links made today keep opening when it grows; a link without `v` is version 1.
 */
export const LINK_VERSION = 1;

export interface RunState {
  presetId: PresetId | null;
  base: Scenario;
  edits: Edit[];
  cursor: number;
  step: number;
}

export function encodeRun(run: RunState, lang: Lang): URLSearchParams {
  const params = new URLSearchParams();
  params.set('v', String(LINK_VERSION));
  if (run.presetId !== null) params.set('scenario', run.presetId);
  else
    params.set('s', compressToEncodedURIComponent(JSON.stringify(compactScenarioFile(run.base))));
  if (run.edits.length > 0)
    params.set('e', compressToEncodedURIComponent(JSON.stringify(run.edits)));
  if (run.step > 0) {
    params.set('t', String(Math.round(run.cursor * 100) / 100));
    params.set('n', String(run.step));
  }
  params.set('lang', lang);
  return params;
}

/**
 * A run to open (with its position when the link gave one), or the basic scenario and a sentence
 * saying why the link could not be used.
 */
export type OpenedRun = Omit<RunState, 'cursor' | 'step'> & {
  cursor: number | null;
  step: number | null;
  error: string | null;
};

const BASIC: OpenedRun = {
  presetId: 'basic',
  base: preset('basic'),
  edits: [],
  cursor: null,
  step: null,
  error: null,
};

function decompressJson(text: string, what: string): unknown {
  const json = decompressFromEncodedURIComponent(text);
  if (json === null || json === '') throw new Error(`the ${what} in this link is damaged`);
  try {
    return JSON.parse(json);
  } catch {
    throw new Error(`the ${what} in this link is damaged`);
  }
}

/**
 * Reads what a link asks for. A stranger may have written or tampered with it: every part is
 * validated, and anything wrong opens the basic scenario with the reason, never a broken page.
 */
export function openRun(request: RunRequest): OpenedRun {
  try {
    let presetId: PresetId | null = null;
    let base: Scenario;
    if (request.scenario !== null) {
      const parsed = validateScenario(decompressJson(request.scenario, 'scenario'));
      if (!parsed.ok)
        return {
          ...BASIC,
          error: `the scenario in this link is not valid: ${formatError(parsed.errors[0]!)}`,
        };
      base = parsed.scenario;
    } else {
      const id = request.preset ?? 'basic';
      if (!isPresetId(id)) return { ...BASIC, error: `unknown scenario ${JSON.stringify(id)}` };
      presetId = id;
      base = preset(id);
    }
    // A hand-written `seed=` or `bug=` is an edit of its own, so a preset stays a preset in
    // the link; once opened, the edits carry them.
    let edits: Edit[] =
      request.seed !== null && Number.isInteger(request.seed)
        ? [{ kind: 'seed', seed: request.seed }]
        : [];
    if (request.bug !== null) {
      if (!isBug(request.bug))
        return {
          ...BASIC,
          error: `this link breaks an unknown rule ${JSON.stringify(request.bug)} (known: ${BUGS.join(', ')})`,
        };
      edits.push({ kind: 'bugs', bugs: [...new Set([...base.bugs, request.bug])] });
    }
    if (request.edits !== null) {
      const checked = validateEdits(decompressJson(request.edits, 'list of edits'));
      if (!checked.ok)
        return {
          ...BASIC,
          error: `the edits in this link are not valid: ${formatError(checked.errors[0]!)}`,
        };
      const edited = validateScenario(
        scenarioToFile(applyEdits(base, [...edits, ...checked.edits])),
      );
      if (!edited.ok)
        return {
          ...BASIC,
          error: `the edits in this link do not fit the scenario: ${formatError(edited.errors[0]!)}`,
        };
      edits = [...edits, ...checked.edits];
    }
    return { presetId, base, edits, cursor: request.cursor, step: request.step, error: null };
  } catch (error) {
    return { ...BASIC, error: (error as Error).message };
  }
}
