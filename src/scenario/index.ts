export { DEFAULTS } from './defaults';
export { compactScenarioFile, scenarioToFile, worldConfigOf } from './file';
export type { ValidationError } from './problems';
export { formatError, plainTextProblem } from './problems';
export { oneLine, quote } from './quote';
export { parseJson } from './json';
export type {
  DropFilter,
  MessageTarget,
  NetworkSettings,
  ProposerSettings,
  Scenario,
  SchedulerMode,
  ScriptEntry,
  Stop,
  Text,
} from './scenarioTypes';
export { LIMITS, SCRIPT_ACTIONS, UNTIL_DEFAULT_CAP } from './scenarioTypes';
export type { ParseResult } from './validate';
export { parseScenarioText, validateScenario } from './validate';
export { fileSizeProblem, readScenarioFile } from './read';
export { applyEdits } from './edits';
export type { Edit } from './edits';
export {
  addPresetFiles,
  isPresetId,
  loadPreset,
  preset,
  presetFile,
  presetTitle,
  BASIC_PRESET_IDS,
  PRESET_IDS,
} from './presets';
export { LOG_PRESET_IDS } from './presets/multi/ids';
export type { PresetId } from './presets';
export { validateEdits } from './edits-validate';
