import type { Lang, Params } from '../index';
import { fill } from '../index';

/**
 * The words of the toolbar's Rules button, the only part of the lab on screen before it is
 * opened: kept here, with the button, so the dictionaries every view downloads stay as they were.
 */
const WORDS = {
  en: {
    button: 'Rules',
    broken: '{count} broken',
    title: 'The rules of Paxos, and a search for a run that breaks them',
    loading: 'Loading…',
    heading: 'Rules of Paxos',
    close: 'Close the rules',
  },
  zh: {
    button: '规则',
    broken: '违反 {count} 条',
    title: 'Paxos 的规则，以及寻找破坏它们的运行',
    loading: '加载中……',
    heading: 'Paxos 的规则',
    close: '关闭规则面板',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type RulesButtonWord = keyof (typeof WORDS)['en'];

export function rulesButtonT(lang: Lang, word: RulesButtonWord, params: Params = {}): string {
  return fill(WORDS[lang][word], params);
}
