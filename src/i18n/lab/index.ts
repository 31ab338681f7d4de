import type { Lang, Params } from '../index';
import { fill } from '../index';
import type { LabKey } from './labEn';
import { labEn } from './labEn';
import { labZh } from './labZh';

export type { LabKey } from './labEn';

const DICTIONARIES: Record<Lang, Record<LabKey, string>> = { en: labEn, zh: labZh };

/** `t` for the lab's words: the same placeholders, filled as text. */
export function labT(lang: Lang, key: LabKey, params: Params = {}): string {
  return fill(DICTIONARIES[lang][key], params);
}

/** The keys of the lab that come in a `.one` and an `.other` form. */
type Counted = LabKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** The form of a counted text for `count`, with `{count}` filled in. */
export function labPlural(lang: Lang, key: Counted, count: number, params: Params = {}): string {
  return labT(lang, `${key}.${count === 1 ? 'one' : 'other'}` as LabKey, { ...params, count });
}
