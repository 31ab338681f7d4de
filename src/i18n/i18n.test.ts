import { describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLang, loadLang, pick, t } from './index';
import { zh } from './zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  // First in the file: the dictionaries are the module's, so later tests find Chinese loaded.
  it('shows English until the Chinese dictionary is loaded, then Chinese', async () => {
    expect(t('zh', 'narration.request', { client: 'C1', proposer: 'P1', value: 'X' })).toBe(
      'C1 asks P1 to get X chosen.',
    );
    await loadLang('zh');
    expect(t('zh', 'narration.request', { client: 'C1', proposer: 'P1', value: 'X' })).toBe(
      'C1 请求 P1 让 X 被选定。',
    );
  });

  it('isolates a right-to-left value so it cannot reorder the sentence, and leaves others alone', () => {
    expect(t('en', 'proposer.chosen', { value: 'שלום' })).toBe('knows \u2068שלום\u2069 is chosen');
    expect(t('en', 'proposer.chosen', { value: 'مرحبا' })).toBe(
      'knows \u2068مرحبا\u2069 is chosen',
    );
    expect(t('en', 'proposer.chosen', { value: 'X' })).toBe('knows X is chosen');
    expect(t('zh', 'proposer.chosen', { value: '值' })).not.toContain('\u2068');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'narration.request', { client: 'C1', proposer: 'P1', value: 'X' })).toBe(
      'C1 asks P1 to get X chosen.',
    );
    expect(t('zh', 'narration.request', { client: 'C1', proposer: 'P1', value: 'X' })).toBe(
      'C1 请求 P1 让 X 被选定。',
    );
    expect(t('en', 'narration.request', {})).toBe(
      '{client} asks {proposer} to get {value} chosen.',
    );
  });

  it('gives every Chinese text the same placeholders as its English one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('keeps a value that looks like markup or a placeholder as it is', () => {
    expect(t('en', 'learner.learned', { value: '<img src=x onerror=alert(1)>' })).toBe(
      'learned <img src=x onerror=alert(1)>',
    );
    expect(t('en', 'learner.learned', { value: '{value}' })).toBe('learned {value}');
  });

  it('takes ?lang first, then the browser preference', () => {
    expect(detectLang('?lang=zh', ['en-US'])).toBe('zh');
    expect(detectLang('?lang=fr', ['zh-CN'])).toBe('zh');
    expect(detectLang('', ['zh-TW', 'en'])).toBe('zh');
    expect(detectLang('', ['de-DE'])).toBe('en');
    expect(detectLang('', [])).toBe('en');
  });

  it('picks a scenario text in the language, falling back to the other', () => {
    expect(pick({ en: 'Basic', zh: '基本' }, 'zh')).toBe('基本');
    expect(pick({ en: 'Basic' }, 'zh')).toBe('Basic');
    expect(pick({ zh: '基本' }, 'en')).toBe('基本');
    expect(pick(null, 'en')).toBe('');
  });
});
