import { compressToEncodedURIComponent } from 'lz-string';
import { bugFits, bugsOf, isRuleBreak } from '../engine';
import type { Protocol } from '../engine';
import type { Lang } from '../i18n';
import type { Edit, PresetId, Scenario } from '../scenario';
import {
  applyEdits,
  compactScenarioFile,
  formatError,
  isPresetId,
  LIMITS,
  parseJson,
  preset,
  quote,
  scenarioToFile,
  validateEdits,
  validateScenario,
} from '../scenario';
import { decompressBounded } from './lz';
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

/**
 * A compressed part of a link, read with every bound checked before the work it bounds: the
 * compressed length before decompressing, the decompressed length while decompressing (a
 * crafted link can grow to hundreds of millions of characters), the nesting before parsing.
 */
function decompressJson(text: string, what: string): unknown {
  if (text.length > LIMITS.linkParamLengthMax)
    throw new Error(
      `the ${what} in this link is ${text.length} characters; the limit is ${LIMITS.linkParamLengthMax}`,
    );
  const json = decompressBounded(text, LIMITS.fileLengthMax);
  if (!json.ok)
    throw new Error(
      json.reason === 'long'
        ? `the ${what} in this link is longer than ${LIMITS.fileLengthMax} characters`
        : `the ${what} in this link is damaged`,
    );
  const parsed = parseJson(json.text, `the ${what} in this link`, LIMITS.fileLengthMax);
  if (!parsed.ok)
    throw new Error(
      parsed.message.startsWith('not valid JSON')
        ? `the ${what} in this link is damaged`
        : parsed.message,
    );
  return parsed.data;
}

/**
 * Why a link's `v` cannot be read by this version, or null when it can: a link without one is
 * version 1, a higher one comes from a newer Paxoscope, and anything else was damaged on the way.
 */
function versionProblem(version: string | null): string | null {
  if (version === null) return null;
  if (!/^[1-9]\d{0,8}$/.test(version))
    return `this link is damaged: its version ${quote(version)} is not a whole number from 1`;
  if (Number(version) > LINK_VERSION)
    return `this link is from a newer Paxoscope (link version ${version}; this one reads version ${LINK_VERSION})`;
  return null;
}

/** Why a link's `bug=` cannot be opened: a name no protocol has, or one the scenario's has not. */
function bugRefusal(bug: string, protocol: Protocol): string {
  const known = bugsOf(protocol).join(', ');
  return isRuleBreak(bug)
    ? `this link breaks ${quote(bug)}, a rule of the other protocol (this scenario's: ${known})`
    : `this link breaks an unknown rule ${quote(bug)} (known: ${known})`;
}

/**
 * Reads what a link asks for. A stranger may have written or tampered with it: every part is
 * validated, and anything wrong opens the basic scenario with the reason, never a broken page.
 */
export function openRun(request: RunRequest): OpenedRun {
  try {
    const tooNew = versionProblem(request.version);
    if (tooNew !== null) return { ...BASIC, error: tooNew };
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
      if (!isPresetId(id)) return { ...BASIC, error: `unknown scenario ${quote(id)}` };
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
      // Each protocol has its own rules to break: a log's rules mean nothing to one value.
      const protocol = base.protocol ?? 'basic';
      if (!isRuleBreak(request.bug) || !bugFits(request.bug, protocol))
        return { ...BASIC, error: bugRefusal(request.bug, protocol) };
      edits.push({ kind: 'bugs', bugs: [...new Set([...base.bugs, request.bug])] });
    }
    if (request.edits !== null) {
      const checked = validateEdits(
        decompressJson(request.edits, 'list of edits'),
        base.script.length,
      );
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
