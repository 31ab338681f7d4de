import type { Edit } from './edits';
import { Problems, isRecord, typeName } from './problems';
import type { ValidationError } from './problems';
import { readScript } from './script';
import { LIMITS } from './types';
import { readBugs } from './validate';

/**
 * Reads a list of edits that arrived from outside (a shared link). Shapes are checked here;
 * whether the edits make sense for the scenario (nodes that exist…) is checked by validating
 * the scenario they produce.
 */
export function validateEdits(
  data: unknown,
): { ok: true; edits: Edit[] } | { ok: false; errors: ValidationError[] } {
  const problems = new Problems();
  if (!Array.isArray(data))
    return {
      ok: false,
      errors: [{ path: 'edits', message: `must be a list, not ${typeName(data)}` }],
    };
  if (data.length > LIMITS.scriptMax)
    return {
      ok: false,
      errors: [
        { path: 'edits', message: `has ${data.length} edits; the limit is ${LIMITS.scriptMax}` },
      ],
    };
  const edits: Edit[] = [];
  data.forEach((item, i) => {
    const path = `edits[${i}]`;
    if (!isRecord(item)) return problems.add(path, `must be an object, not ${typeName(item)}`);
    switch (item.kind) {
      case 'script':
        // Node ids are checked against the edited scenario later, where the node counts are known.
        return void edits.push({
          kind: 'script',
          entries: readScript(problems, item.entries, null, `${path}.entries`),
        });
      case 'add-proposer': {
        const at = problems.integer(item.at, `${path}.at`, 0, LIMITS.tickMax, 0, true);
        const value = item.value;
        if (
          typeof value !== 'string' ||
          value.length === 0 ||
          value.length > LIMITS.valueLengthMax
        ) {
          return problems.add(`${path}.value`, `must be 1 to ${LIMITS.valueLengthMax} characters`);
        }
        return void edits.push({ kind: 'add-proposer', at, value });
      }
      case 'remove-proposer':
        return void edits.push({ kind: 'remove-proposer' });
      case 'seed':
        return void edits.push({
          kind: 'seed',
          seed: problems.integer(item.seed, `${path}.seed`, 0, LIMITS.seedMax, 0, true),
        });
      case 'bugs':
        if (item.bugs === undefined)
          return problems.add(`${path}.bugs`, 'required: a list of rule names');
        return void edits.push({
          kind: 'bugs',
          bugs: readBugs(problems, item.bugs, `${path}.bugs`),
        });
      default:
        return problems.add(
          `${path}.kind`,
          `unknown edit ${JSON.stringify(item.kind)} (known: script, add-proposer, remove-proposer, seed, bugs)`,
        );
    }
  });
  return problems.errors.length > 0 ? { ok: false, errors: problems.errors } : { ok: true, edits };
}
