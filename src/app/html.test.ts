import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { attributes, escapeHtml, iframeSnippet } from './html';
import { encodeRun } from './link';
import { appUrlOf, embedParams, pageParams, withQuery } from './links';
import { inlineScript, savedPageHtml } from './savedPage';

const HOSTILE = `"><script>alert(1)</script><x a='`;

const run = {
  presetId: 'basic' as const,
  base: preset('basic'),
  edits: [],
  cursor: 3.5,
  step: 7,
  lang: 'en' as const,
  theme: 'dark' as const,
  presenting: false,
};

describe('html written by the app', () => {
  it('escapes text and both kinds of quoted attribute values', () => {
    expect(escapeHtml(HOSTILE)).toBe(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&#39;',
    );
    expect(
      attributes([
        ['scenario', HOSTILE],
        ['full', ''],
      ]),
    ).toBe(`scenario="${escapeHtml(HOSTILE)}" full`);
    expect(() => attributes([['on load', 'x']])).toThrow();
  });

  it('builds the iframe snippet for an embed link, with nothing unescaped', () => {
    const src = withQuery(
      'https://example.org/paxos/index.html?old=1#x',
      embedParams(run, new URLSearchParams('motion=0&present=1&bug=x'), {
        autoplay: true,
        loop: false,
      }),
    );
    expect(src).toBe(
      'https://example.org/paxos/index.html?embed=1&v=1&scenario=basic&t=3.5&n=7&lang=en&theme=dark&autoplay=1',
    );
    const snippet = iframeSnippet(src, `Paxoscope: ${HOSTILE}`);
    expect(snippet).toBe(
      `<iframe src="${src.replace(/&/g, '&amp;')}" width="640" height="420" title="Paxoscope: ${escapeHtml(HOSTILE)}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  it('keeps page flags and the theme in the app link, and leaves a system theme out', () => {
    const current = new URLSearchParams('embed=1&autoplay=1&motion=0');
    expect(pageParams(run, current).toString()).toBe(
      'v=1&scenario=basic&t=3.5&n=7&lang=en&motion=0&theme=dark',
    );
    expect(pageParams({ ...run, theme: 'system' }, current).has('theme')).toBe(false);
  });

  it('writes a saved page whose only script is the inlined element, run in its attributes', () => {
    const html = savedPageHtml({
      script: 'const a = "</script><!--"; /<\\/SCRIPT>/.test(a);',
      run: encodeRun(run, 'zh'),
      theme: 'light',
      appUrl: 'https://example.org/paxos/',
      title: `Paxoscope — ${HOSTILE}`,
      lang: 'zh',
    });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(`<title>Paxoscope — ${escapeHtml(HOSTILE)}</title>`);
    expect(html).toContain(
      '<paxos-scope full v="1" scenario="basic" t="3.5" n="7" lang="zh" theme="light" app="https://example.org/paxos/"></paxos-scope>',
    );
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
  });

  it('inlines a script without changing what it means', () => {
    const code = 'globalThis.out = ["</script>", `<!--`, /<\\/script>/.source];';
    const inlined = inlineScript(code);
    expect(inlined).not.toMatch(/<\/script|<!--/i);
    const scope: { out?: unknown } = {};
    new Function('globalThis', inlined)(scope);
    expect(scope.out).toEqual(['</script>', '<!--', '<\\/script>']);
  });
});

describe('the element’s way to the full app', () => {
  it('takes the app attribute, else the script’s folder, and only http(s) addresses', () => {
    const script = 'https://cdn.example.org/paxos/paxos-scope.js';
    expect(appUrlOf('https://example.org/app/?x=1#y', script)).toBe('https://example.org/app/');
    expect(appUrlOf(null, script)).toBe('https://cdn.example.org/paxos/');
    expect(appUrlOf('javascript:alert(1)', script)).toBe('https://cdn.example.org/paxos/');
    expect(appUrlOf('not a url', '')).toBeNull();
    expect(appUrlOf(null, 'file:///home/me/saved.html')).toBeNull();
    expect(appUrlOf(null, '')).toBeNull();
  });
});
