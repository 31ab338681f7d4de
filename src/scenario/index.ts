export { DEFAULTS } from './defaults';
export type { ValidationError } from './problems';
export { formatError } from './problems';
export { scenarioToFile, worldConfigOf } from './file';
export type { DropFilter, Scenario, ScriptEntry } from './types';
export { LIMITS, SCRIPT_ACTIONS, UNTIL_DEFAULT_CAP } from './types';
export type { ParseResult } from './validate';
export { parseScenarioText, validateScenario } from './validate';
