import type { Plugin } from 'vite';

/** What each React module name becomes under Preact's compatibility layer. */
const COMPAT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/**
 * Builds the named environments with `preact/compat` wherever the source (or zustand, or
 * framer-motion) imports React, and leaves every other environment with React itself. The
 * embed and the element draw the same components as the app, with a runtime of ~5 KB gzip in
 * place of React DOM's ~60 (docs/architecture.md, "The embed's runtime"). Vite's `resolve.alias`
 * is shared by all environments, hence a resolver that asks which environment it serves.
 */
export function preactIn(environments: readonly string[]): Plugin {
  return {
    name: 'paxoscope:preact-in',
    enforce: 'pre',
    applyToEnvironment: (environment) => environments.includes(environment.name),
    async resolveId(source, importer, options) {
      const target = COMPAT[source];
      if (target === undefined) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
