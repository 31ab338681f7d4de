import type { MessageKey, Params } from '../../i18n';
import { LIMITS } from '../../scenario';

/** The Network panel's fields, as the user types them. */
export type Field =
  | 'delayMin'
  | 'delayMax'
  | 'loss'
  | 'duplicate'
  | 'timeout'
  | 'backoffMin'
  | 'backoffMax'
  | 'heartbeat'
  | 'window';

/** The fields a Multi-Paxos run adds: its leader's heartbeat and window. */
export type MultiField = 'heartbeat' | 'window';

/** Every field of a Basic Paxos run; a Multi-Paxos run's form has its two fields as well. */
export type NetworkForm = Record<Exclude<Field, MultiField>, string> &
  Partial<Record<MultiField, string>>;

/**
 * Each field's label, and the whole numbers it takes: the scenario format's limits, with loss
 * and duplication as the percentages the panel shows.
 */
export const FIELDS: Record<Field, { label: MessageKey; min: number; max: number }> = {
  delayMin: { label: 'network.delayMin', min: 0, max: LIMITS.delayMax },
  delayMax: { label: 'network.delayMax', min: 0, max: LIMITS.delayMax },
  loss: { label: 'network.loss', min: 0, max: 100 },
  duplicate: { label: 'network.duplicate', min: 0, max: 100 },
  timeout: { label: 'network.timeout', min: 1, max: LIMITS.timeoutMax },
  backoffMin: { label: 'network.backoffMin', min: 0, max: LIMITS.backoffMax },
  backoffMax: { label: 'network.backoffMax', min: 0, max: LIMITS.backoffMax },
  heartbeat: { label: 'network.heartbeat', min: 1, max: LIMITS.heartbeatMax },
  window: { label: 'network.window', min: 1, max: LIMITS.windowMax },
};

/** Ranges whose first field may not be above the second. */
const PAIRS: [Field, Field][] = [
  ['delayMin', 'delayMax'],
  ['backoffMin', 'backoffMax'],
];

/** What is wrong with the form, in the panel's own words (its labels, its units), or null. */
export type FormProblem =
  | { key: 'network.problem.range'; field: MessageKey; params: Params }
  | { key: 'network.problem.order'; low: MessageKey; high: MessageKey; params: Params };

/**
 * Checks the panel before its numbers become a lever, so a mistake is explained with the
 * labels the user sees ("Delay from (ticks)" above "to"), not the scenario file's paths.
 */
export function formProblem(form: NetworkForm): FormProblem | null {
  for (const field of Object.keys(FIELDS) as Field[]) {
    const { label, min, max } = FIELDS[field];
    // A Basic Paxos run's form has no heartbeat or window: nothing to check there.
    const text = form[field]?.trim();
    if (text === undefined) continue;
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < min || value > max)
      return { key: 'network.problem.range', field: label, params: { min, max } };
  }
  for (const [low, high] of PAIRS) {
    const [a, b] = [Number(form[low]), Number(form[high])];
    if (a > b)
      return {
        key: 'network.problem.order',
        low: FIELDS[low].label,
        high: FIELDS[high].label,
        params: { lowValue: a, highValue: b },
      };
  }
  return null;
}
