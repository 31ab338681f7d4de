import { describe, expect, it } from 'vitest';
import { element, escapeXml, textElement } from './xml';

describe('XML writing', () => {
  it('escapes the five special characters in text and attributes', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
    expect(textElement('text', { 'data-v': '"><script>' }, '</text><script>')).toBe(
      '<text data-v="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;</text>',
    );
  });

  it('replaces what XML cannot carry, and keeps every other character', () => {
    expect(escapeXml('a\u0000b\u001bc\ud800d\uffff')).toBe('a?b?c?d?');
    expect(escapeXml('值 🙂 é')).toBe('值 🙂 é');
  });

  it('rounds coordinates to a tenth and leaves out missing attributes', () => {
    expect(element('line', { x1: 1.04, x2: -0.01, y1: null, y2: undefined })).toBe(
      '<line x1="1" x2="0"/>',
    );
  });
});
