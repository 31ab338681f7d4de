import type { MessageKey } from './en';
import { en } from './en';

export type { MessageKey } from './en';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export type Dictionary = Record<MessageKey, string>;

/**
 * The dictionaries at hand. English is always here: it names the keys and is what a reader
 * sees by default. Chinese arrives by `loadLang` (a chunk of its own, ~5 KB gzip that an
 * English page never downloads), or by `addLang` where everything is one file anyway.
 */
const DICTIONARIES: Partial<Record<Lang, Dictionary>> = { en };

/** Makes `lang`'s dictionary available before a screen in that language is drawn. */
export async function loadLang(lang: Lang): Promise<void> {
  if (DICTIONARIES[lang] !== undefined) return;
  // English is always at hand, so the one language ever loaded is Chinese.
  addLang(lang, (await import('./zh')).zh);
}

/** Adds a dictionary that is already loaded (the one-file element bundles its Chinese). */
export function addLang(lang: Lang, dictionary: Dictionary): void {
  DICTIONARIES[lang] = dictionary;
}

export type Params = Record<string, string | number>;

/**
 * The text for a key in a language, with `{name}` placeholders filled in. The result is plain
 * text: callers render it as a text node, so values from a scenario can never become markup.
 * Until a language's dictionary is loaded its text is the English one, never a missing key.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill((DICTIONARIES[lang] ?? en)[key], params);
}

/** Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin. */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * A filled-in value as the sentence holds it. A value with right-to-left letters is wrapped in
 * FSI … PDI, so it cannot reorder the sentence around it ("P1 knows X is chosen" must not turn
 * into "P1 knows si X nesohc"); any other value is left as it is.
 */
export function isolate(value: string): string {
  return RIGHT_TO_LEFT.test(value) ? `\u2068${value}\u2069` : value;
}

/**
 * Fills `{name}` placeholders with text; one it has no value for stays visible. Every value a
 * sentence shows passes through here, so this is where values are isolated.
 */
export function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? isolate(String(params[name])) : whole,
  );
}

/** A language's tag for `lang` attributes and for formatting numbers. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** `?lang=zh|en` wins; otherwise the browser's first preference (any Chinese variant means zh). */
export function detectLang(search: string, preferred: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (isLang(asked)) return asked;
  const first = preferred[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** Picks the text of a scenario's words (`{ en, zh }`) in a language, falling back to the other. */
export function pick(text: { en?: string; zh?: string } | null | undefined, lang: Lang): string {
  if (text === null || text === undefined) return '';
  return text[lang] ?? text.en ?? text.zh ?? '';
}
