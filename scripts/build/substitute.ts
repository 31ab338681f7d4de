import type { Plugin } from 'vite';

/**
 * What each React module name becomes under Preact's compatibility layer: the embed and the
 * element draw the same components as the app, with a runtime of ~5 KB gzip in place of React
 * DOM's ~60 (docs/architecture.md, "The embed's runtime").
 */
export const PREACT_COMPAT: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/**
 * framer-motion's stand-in for the compact `<paxos-scope>` script, whose one use of it is the
 * tooltip's fade (docs/architecture.md, "The custom element's scripts").
 */
export const MOTIONLESS: Readonly<Record<string, string>> = {
  'framer-motion': '/src/app/motionless.tsx',
};

/**
 * Builds the named environments with other modules in place of some the source (or a
 * library, such as zustand or framer-motion importing React) imports, and leaves every other
 * environment as it is. Vite's `resolve.alias` is shared by all environments, hence a
 * resolver that asks which environment it serves.
 */
export function substituteIn(
  name: string,
  modules: Readonly<Record<string, string>>,
  environments: readonly string[],
): Plugin {
  return {
    name: `paxoscope:${name}`,
    enforce: 'pre',
    applyToEnvironment: (environment) => environments.includes(environment.name),
    async resolveId(source, importer, options) {
      const target = modules[source];
      if (target === undefined) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
