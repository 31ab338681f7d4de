import { describe, expect, it } from 'vitest';
import { labEn } from './labEn';
import { labPlural, labT } from './index';
import { labZh } from './labZh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the lab dictionary', () => {
  it('gives every Chinese text the same placeholders as its English one', () => {
    for (const key of Object.keys(labEn) as (keyof typeof labEn)[])
      expect(placeholders(labZh[key]), key).toEqual(placeholders(labEn[key]));
  });

  it('picks the form for a count, and keeps values as text', () => {
    expect(labPlural('en', 'model.crashes', 1)).toBe('at most 1 crash');
    expect(labPlural('en', 'model.crashes', 2)).toBe('at most 2 crashes');
    expect(labT('en', 'quorums.own', { proposer: 'P2', value: '<b>Y</b>' })).toBe(
      'P2 proposed <b>Y</b>.',
    );
  });
});
