import { readText } from '../meta';
import { formatError, isRecord, Problems } from '../problems';
import type { Scenario, Text } from '../scenarioTypes';
import { LIMITS } from '../scenarioTypes';
import { validateScenario } from '../validate';
import basic from './basic.json';
import { PRESET_LOADERS } from './loaders';
import { LOG_PRESET_IDS } from './multi/ids';

/**
 * The canonical Basic Paxos scenarios, in the order a course meets them: the failure-free run,
 * one failure of each role, the stories that show why the rules are what they are, and the
 * network at its worst. Each is an ordinary scenario file (docs/presets.md describes them).
 */
export const BASIC_PRESET_IDS = [
  'basic',
  'acceptor-failure',
  'learner-failure',
  'proposer-failure',
  'dueling-proposers',
  'two-values',
  'chosen-is-stable',
  'split-majority',
  'highest-ballot',
  'no-quorum',
  'minority-partition',
  'lossy-network',
  'crash-recovery',
  'stress',
] as const;

/** Every preset: Basic Paxos's, then Multi-Paxos's and flexible quorums' (in presets/multi). */
export const PRESET_IDS = [...BASIC_PRESET_IDS, ...LOG_PRESET_IDS] as const;

export type PresetId = (typeof PRESET_IDS)[number];

/**
 * The preset files at hand. The basic run is always here: it is the default and what a broken
 * link falls back to. The app and the element add all of them at once (`./files`); the iframe
 * embed loads only the one its link names (`loadPreset`), a few KB instead of all of them.
 */
const FILES: Partial<Record<PresetId, object>> = { basic };

/** Adds preset files that are already loaded. */
export function addPresetFiles(files: Partial<Record<PresetId, object>>): void {
  Object.assign(FILES, files);
}

/** Makes preset `id` available before a screen that opens it is drawn. */
export async function loadPreset(id: PresetId): Promise<void> {
  if (id === 'basic' || FILES[id] !== undefined) return;
  FILES[id] = (await PRESET_LOADERS[id]()).default;
}

/** A preset's file; one not loaded yet is a bug of the caller, so it throws. */
function fileOf(id: PresetId): object {
  const file = FILES[id];
  if (file === undefined) throw new Error(`preset "${id}" is not loaded (loadPreset first)`);
  return file;
}

/** The preset as its file says it, a fresh copy each time so that a caller may edit it freely. */
export function presetFile(id: PresetId): Record<string, unknown> {
  return structuredClone(fileOf(id)) as Record<string, unknown>;
}

/**
 * The preset as a validated scenario. Presets are checked by tests, so a failure here is a bug
 * in the shipped file: it throws with every problem the validator found rather than limp on.
 */
export function preset(id: PresetId): Scenario {
  const result = validateScenario(fileOf(id));
  if (!result.ok) {
    const problems = result.errors.map(formatError).join('; ');
    throw new Error(`preset "${id}" is not a valid scenario: ${problems}`);
  }
  return result.scenario;
}

/**
 * A preset's title, read by the validator's own rule for titles without validating the rest:
 * the scenario picker lists all of them on the app's first screen, and validating every
 * preset there was a tenth of the script that ran before the first lane.
 */
export function presetTitle(id: PresetId): Text {
  const file = fileOf(id);
  const problems = new Problems();
  const title = readText(
    problems,
    isRecord(file) ? file.title : undefined,
    'title',
    LIMITS.nameLengthMax,
  );
  if (title === null || problems.errors.length > 0) {
    const reasons = problems.errors.map(formatError).join('; ') || 'no title';
    throw new Error(`preset "${id}" has no valid title: ${reasons}`);
  }
  return title;
}

/** Whether a string from outside (a link, a custom element's attribute) names a preset. */
export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
