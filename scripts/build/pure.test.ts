import { describe, expect, it } from 'vitest';
import { pureTopLevelCalls } from './pure';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = pureTopLevelCalls(['d3-interpolate']).transform as unknown as Transform;

const D3_INTERPOLATE = '/app/node_modules/d3-interpolate/dist/d3-interpolate.mjs';

describe('pureTopLevelCalls', () => {
  it('marks the top-level calls whose results d3-interpolate keeps in variables', () => {
    const code = [
      'var rgb = (function rgbGamma(y) {',
      '})(1);',
      'var rgbBasis = rgbSpline(basis$1);',
      'var degrees = 180 / Math.PI;',
      'var constant = x => () => x;',
      '  var inner = f(1);',
    ].join('\n');
    expect(transform(code, D3_INTERPOLATE)!.code.split('\n')).toEqual([
      'var rgb = /*#__PURE__*/(function rgbGamma(y) {',
      '})(1);',
      'var rgbBasis = /*#__PURE__*/rgbSpline(basis$1);',
      'var degrees = 180 / Math.PI;',
      'var constant = x => () => x;',
      '  var inner = f(1);',
    ]);
  });

  it('leaves every other module as it is', () => {
    expect(transform('var a = f(1);', '/app/src/engine/step.ts')).toBeNull();
    expect(transform('var a = f(1);', '/app/node_modules/d3-zoom/dist/d3-zoom.mjs')).toBeNull();
  });
});
