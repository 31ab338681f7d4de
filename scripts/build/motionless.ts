import type { Plugin } from 'vite';

/**
 * Builds the named environments with src/app/motionless.tsx wherever the source imports
 * framer-motion: the compact `<paxos-scope>` script, whose one use of it is the tooltip's fade
 * (docs/architecture.md, "The custom element's two scripts"). Every other build keeps
 * framer-motion. A resolver that asks which environment it serves, as in preact.ts.
 */
export function motionlessIn(environments: readonly string[]): Plugin {
  return {
    name: 'paxoscope:motionless-in',
    enforce: 'pre',
    applyToEnvironment: (environment) => environments.includes(environment.name),
    async resolveId(source, importer, options) {
      if (source !== 'framer-motion') return null;
      return this.resolve('/src/app/motionless.tsx', importer, { ...options, skipSelf: true });
    },
  };
}
