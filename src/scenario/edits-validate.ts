import type { Edit } from './edits';
import { Problems, isRecord, shown, typeName } from './problems';
import type { ValidationError } from './problems';
import { readScript } from './script';
import { LIMITS } from './scenarioTypes';
import { readBugs } from './validate';

/**
 * Reads a list of edits that arrived from outside (a shared link). Shapes are checked here;
 * whether the edits make sense for the scenario (nodes that exist…) is checked by validating
 * the scenario they produce. Counts come first: the edits and the script entries they add to
 * the `scriptLength` entries already there are counted before any edit is read or applied.
 */
export function validateEdits(
  data: unknown,
  scriptLength = 0,
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
  const tooMany = entriesProblem(data, scriptLength);
  if (tooMany !== null) return { ok: false, errors: [tooMany] };
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
        const value = problems.plainText(item.value, `${path}.value`, 1, LIMITS.valueLengthMax);
        if (value === null) return;
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
      case 'quorums': {
        // Sizes are checked against the acceptors by validating the edited scenario.
        if (item.quorums === null) return void edits.push({ kind: 'quorums', quorums: null });
        const quorums = item.quorums;
        if (!isRecord(quorums))
          return problems.add(`${path}.quorums`, 'required: { phase1, phase2 } or null');
        const size = (key: 'phase1' | 'phase2') =>
          problems.integer(quorums[key], `${path}.quorums.${key}`, 1, LIMITS.nodesMax, 1, true);
        return void edits.push({
          kind: 'quorums',
          quorums: { phase1: size('phase1'), phase2: size('phase2') },
        });
      }
      default:
        return problems.add(
          `${path}.kind`,
          `unknown edit ${shown(item.kind)} (known: script, add-proposer, remove-proposer, seed, bugs, quorums)`,
        );
    }
  });
  return problems.errors.length > 0 ? { ok: false, errors: problems.errors } : { ok: true, edits };
}

/** The first edit that would take the script past its limit, counted without reading entries. */
function entriesProblem(data: unknown[], scriptLength: number): ValidationError | null {
  let entries = scriptLength;
  for (let i = 0; i < data.length; i++) {
    const item = data[i];
    if (!isRecord(item)) continue;
    if (item.kind === 'add-proposer') entries += 1;
    else if (item.kind === 'script' && Array.isArray(item.entries)) entries += item.entries.length;
    else continue;
    if (entries > LIMITS.scriptMax)
      return {
        path: item.kind === 'script' ? `edits[${i}].entries` : `edits[${i}]`,
        message: `brings the script to ${entries} entries; the limit is ${LIMITS.scriptMax}`,
      };
  }
  return null;
}
