import { useMemo } from 'react';
import type { Params } from '../../i18n';
import { localeOf } from '../../i18n';
import type { LabKey } from '../../i18n/lab';
import { labPlural, labT } from '../../i18n/lab';
import { usePaxos } from '../../store';

/**
 * The lab's words in this instance's language: `lt(key, params)`, `plural(key, count)`, and
 * `number(n)` with the language's digit grouping.
 */
export function useLabT() {
  const lang = usePaxos((s) => s.lang);
  return useMemo(
    () => ({
      lt: (key: LabKey, params?: Params) => labT(lang, key, params),
      plural: (key: Parameters<typeof labPlural>[1], count: number) => labPlural(lang, key, count),
      number: (n: number) => n.toLocaleString(localeOf(lang)),
      lang,
    }),
    [lang],
  );
}
