import { isLang } from '../i18n';
import { setLang, usePaxos, useStoreApi } from '../store';

/** English or Chinese, each named in its own language; the link follows the choice. */
export function LangSwitch() {
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  return (
    <select
      className="px-lang"
      value={lang}
      aria-label={lang === 'zh' ? '语言' : 'Language'}
      onChange={(e) => {
        if (isLang(e.target.value)) setLang(store, e.target.value);
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
