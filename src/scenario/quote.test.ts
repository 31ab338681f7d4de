import { describe, expect, it } from 'vitest';
import { controlProblem, keyPath, oneLine, quote } from './quote';

describe('quoting a stranger’s text', () => {
  it('cuts long text short with an ellipsis, measured on what is shown', () => {
    const shown = quote('x'.repeat(999_000));
    expect(shown).toBe(`"${'x'.repeat(60)}…"`);
    expect(quote('\u0001'.repeat(100)).length).toBeLessThanOrEqual(63);
  });

  it('escapes newlines, ESC, C1 controls, quotes and bidi controls JSON-style', () => {
    expect(quote('a\nsim: all good, exit 0')).toBe('"a\\nsim: all good, exit 0"');
    expect(quote('\u001b[31mred')).toBe('"\\u001b[31mred"');
    expect(quote('\u0085\u009b')).toBe('"\\u0085\\u009b"');
    expect(quote('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quote('X\u202eY\u2066\u200f\u061c')).toBe('"X\\u202eY\\u2066\\u200f\\u061c"');
    expect(quote('\u2028')).toBe('"\\u2028"');
  });

  it('keeps letters of every script and whole surrogate pairs, escaping only lone halves', () => {
    expect(quote('值 שלום 😀')).toBe('"值 שלום 😀"');
    expect(quote('\ud800x')).toBe('"\\ud800x"');
    expect(quote('😀'.repeat(40))).toBe(`"${'😀'.repeat(30)}…"`);
  });

  it('writes a hostile key as a quoted part of the path', () => {
    expect(keyPath('nodes', 'acceptor')).toBe('nodes.acceptor');
    expect(keyPath('', 'x\n\u001b')).toBe('["x\\n\\u001b"]');
    expect(keyPath('a', 'k'.repeat(100))).toBe(`a["${'k'.repeat(30)}…"]`);
  });

  it('makes any message one line', () => {
    expect(oneLine('one\ntwo\r\u001b')).toBe('one\\ntwo\\r\\u001b');
    expect(oneLine('y'.repeat(10_000)).length).toBe(501);
  });

  it('names the first control or bidi character of a value, and passes plain text', () => {
    expect(controlProblem('X\u202e')).toBe(
      'holds a bidi control (U+202E) at character 2; text here must be plain',
    );
    expect(controlProblem('a\tb')).toMatch(/a control character \(U\+0009\) at character 2/);
    expect(controlProblem('שלום, 值')).toBeNull();
  });
});
