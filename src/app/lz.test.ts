import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from './lz';

describe('decompressing a link, bounded', () => {
  it('reads back whatever lz-string wrote', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decompressBounded(compressToEncodedURIComponent(text), Infinity)).toEqual({
          ok: true,
          text,
        });
      }),
      { numRuns: 300 },
    );
    const file = JSON.stringify({ script: Array.from({ length: 300 }, (_, at) => ({ at })) });
    expect(decompressBounded(compressToEncodedURIComponent(file), Infinity)).toEqual({
      ok: true,
      text: file,
    });
  });

  it('stops a link bomb at the limit instead of building it', () => {
    const bomb = compressToEncodedURIComponent('a'.repeat(200_000));
    expect(bomb.length).toBeLessThan(2_000);
    expect(decompressBounded(bomb, 100_000)).toEqual({ ok: false, reason: 'long' });
    expect(decompressBounded(bomb, 200_000)).toMatchObject({ ok: true });
  });

  it('calls a cut or foreign string damaged', () => {
    const good = compressToEncodedURIComponent('{"version":1}');
    expect(decompressBounded(good.slice(0, 4), Infinity)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('!!!', Infinity)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('', Infinity)).toEqual({ ok: false, reason: 'damaged' });
  });
});
