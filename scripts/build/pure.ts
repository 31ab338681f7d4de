import type { Plugin } from 'vite';

/**
 * Marks the top-level calls of a side-effect-free package as pure, so that the bundler drops
 * the ones whose results nothing uses. d3-interpolate (which d3-zoom imports for its zoom
 * interpolator alone) builds its colour interpolators at load time with calls such as
 * `var rgb = (function rgbGamma(y) { … })(1)`; a bundler cannot tell that such a call has no
 * effect, so it kept them, and with them all of d3-color: 10 KB minified that no view uses.
 * The package says it has no side effects (its package.json), which is what this writes into
 * its code. A call this misses only costs bytes, which the embed's size budget catches.
 */
export function pureTopLevelCalls(packages: readonly string[]): Plugin {
  const inPackage = (id: string) => packages.some((name) => id.includes(`/node_modules/${name}/`));
  return {
    name: 'paxoscope:pure-top-level-calls',
    transform(code, id) {
      if (!inPackage(id)) return null;
      return {
        code: code.replace(/^(var \w+ = )(?=\(function |[\w$]+\()/gm, '$1/*#__PURE__*/'),
        map: null,
      };
    },
  };
}
