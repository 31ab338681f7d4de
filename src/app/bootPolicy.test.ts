import { describe, expect, it } from 'vitest';
import { wantsEmbed } from './bootPolicy';
import { optionsFromUrl } from './options';

describe('wantsEmbed', () => {
  // The boot script picks the embed's files with wantsEmbed, the app decides its mode with
  // optionsFromUrl: if they ever disagreed, an embed would load the app's build or the other way.
  it('reads the address as the options do', () => {
    for (const search of [
      '',
      '?embed=1',
      '?embed',
      '?embed=',
      '?embed=0',
      '?embed=false',
      '?embed=yes',
      '?scenario=basic&embed=1&lang=zh',
      '?present=1',
      '?embed=0&present=1',
    ]) {
      const embed = optionsFromUrl(search, ['en']).mode === 'embed';
      expect(wantsEmbed(search), search).toBe(embed);
    }
  });
});
