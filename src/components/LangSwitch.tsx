import { useRef } from 'react';
import { isLang, loadLang } from '../i18n';
import type { Lang } from '../i18n';
import { setLang, usePaxos, useStoreApi } from '../store';

/** English or Chinese, each named in its own language; the link follows the choice. */
export function LangSwitch() {
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  // A dictionary may arrive after the reader has chosen again: only the last choice is applied.
  const chosen = useRef<Lang>(lang);
  return (
    <select
      className="px-lang"
      value={lang}
      aria-label={lang === 'zh' ? '语言' : 'Language'}
      onChange={(e) => {
        const next = e.target.value;
        if (!isLang(next)) return;
        chosen.current = next;
        void loadLang(next).then(() => {
          if (chosen.current === next) setLang(store, next);
        });
      }}
    >
      <option value="en" lang="en">
        English
      </option>
      <option value="zh" lang="zh-CN">
        中文
      </option>
    </select>
  );
}
