import type { Lang } from '../i18n';
import { detectLang } from '../i18n';

/** What the address bar asks for. Anything unknown is reported, never trusted. */
export interface UrlRequest {
  scenario: string;
  lang: Lang;
  /** `?motion=0` turns animation off (stable screenshots, slow machines). */
  motion: boolean | null;
}

export function readUrl(search: string, preferred: readonly string[]): UrlRequest {
  const params = new URLSearchParams(search);
  const motion = params.get('motion');
  return {
    scenario: params.get('scenario') ?? 'basic',
    lang: detectLang(search, preferred),
    motion: motion === '0' ? false : motion === '1' ? true : null,
  };
}
