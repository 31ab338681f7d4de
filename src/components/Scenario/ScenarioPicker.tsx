import { useMemo } from 'react';
import { pick } from '../../i18n';
import { isPresetId, preset, PRESET_IDS, presetTitle } from '../../scenario';
import { loadScenario, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/** The canonical scenarios by their titles, in the user's language; choosing one opens it from the start. */
export function ScenarioPicker() {
  const tr = useT();
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const current = usePaxos((s) => s.presetId ?? '');
  const imported = usePaxos((s) => s.base.name ?? pick(s.base.title, s.lang));
  const titles = useMemo(
    () => PRESET_IDS.map((id) => [id, pick(presetTitle(id), lang) || id] as const),
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
        {titles.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </select>
    </label>
  );
}
