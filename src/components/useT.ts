import { useCallback } from 'react';
import type { MessageKey, Params } from '../i18n';
import { t } from '../i18n';
import { usePaxos } from '../store';

/** `t` in the language of this instance: `const tr = useT(); tr('controls.step')`. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = usePaxos((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => t(lang, key, params), [lang]);
}
