import { useMemo } from 'react';
import { pick } from '../../i18n';
import type { PresetId } from '../../scenario';
import { BASIC_PRESET_IDS, isPresetId, LOG_PRESET_IDS, preset, presetTitle } from '../../scenario';
import { loadScenario, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/** The picker's groups: Basic Paxos's presets, then Multi-Paxos's (flexible quorums among them). */
const GROUPS = [
  { label: 'scenario.groupBasic', ids: BASIC_PRESET_IDS },
  { label: 'scenario.groupMulti', ids: LOG_PRESET_IDS },
] as const;

/**
 * The canonical scenarios by their titles, in two groups, in the user's language; choosing one
 * opens it from the start.
 */
export function ScenarioPicker() {
  const tr = useT();
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const current = usePaxos((s) => s.presetId ?? '');
  const imported = usePaxos((s) => s.base.name ?? pick(s.base.title, s.lang));
  const groups = useMemo(
    () =>
      GROUPS.map((g) => ({
        label: g.label,
        titles: g.ids.map((id: PresetId) => [id, pick(presetTitle(id), lang) || id] as const),
      })),
    [lang],
  );
  return (
    <label className="px-picker">
      <span className="px-picker__label">{tr('scenario.label')}</span>
      <select
        value={current}
        onChange={(e) => {
          if (isPresetId(e.target.value))
            loadScenario(store, preset(e.target.value), e.target.value);
        }}
      >
        {current === '' ? (
          <option value="">{tr('scenario.imported', { name: imported || '—' })}</option>
        ) : null}
        {groups.map((g) => (
          <optgroup key={g.label} label={tr(g.label)}>
            {g.titles.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
