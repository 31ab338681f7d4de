/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { EnvironmentOptions } from 'vite';
import { writeBoot } from './scripts/build/boot.ts';
import { versionElement } from './scripts/build/elementVersion.ts';
import { MOTIONLESS, PREACT_COMPAT, substituteIn } from './scripts/build/substitute.ts';
import { pureTopLevelCalls } from './scripts/build/pure.ts';
import { writeServiceWorker } from './scripts/build/serviceWorker.ts';

import { DATA_SCRIPT, FULL_SCRIPT } from './src/app/besideScripts.ts';

/** The build of the embed's entry names its files here; writeBoot reads and removes it. */
const EMBED_MANIFEST = 'dist/.embed/manifest.json';

/**
 * `vite build` builds three things into dist/, then the offline worker that keeps them all:
 * - the app (index.html and its chunks), with relative asset paths so dist/ works from any
 *   sub-path of any static host;
 * - the iframe embed (src/app/embed.tsx and its chunks) with Preact's compatibility layer in
 *   place of React, which index.html's boot script loads instead of the app when the address
 *   says `embed=1` (scripts/build/boot.ts);
 * - paxos-scope.js, the custom element: one classic script with what an embed shows inlined
 *   (no chunks, CSS as a string for its shadow root), so a blog can load it with a plain
 *   <script src>, from another origin, without CORS headers;
 * - beside it, what it loads only when an element needs it (src/app/besideScripts.ts):
 *   paxos-scope-data.js (Chinese and every preset, as data) and paxos-scope-full.js (the
 *   element with the whole app, for `full`), with a copy of the latter named after its content,
 *   which index.html names for the saved page to inline (elementVersion.ts).
 */
/** One of the element's classic scripts: `entry` built alone into dist/`file`, assigning `global`. */
function elementBuild(entry: string, file: string, global: string): EnvironmentOptions {
  return {
    consumer: 'client',
    // A library build leaves `process.env.NODE_ENV` as it is, and framer-motion reads it: in a
    // browser that threw on the first hover ("process is not defined"), so the element's
    // tooltip broke the diagram. These scripts are a page's, not a library's: production.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      // A classic script is read in the charset of the page that loads it, unless its server
      // says otherwise: on a blog page without <meta charset="utf-8"> the Chinese text came
      // out as Latin-1 and every preset failed its own check. Escaped, it reads the same anywhere.
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: { entry, formats: ['iife'], name: global, fileName: () => file },
    },
  };
}

export default defineConfig({
  base: './',
  // d3-zoom's one use of d3-transition, without the animation code it never runs for us
  // (src/components/Swimlanes/zoomTransitions.ts).
  resolve: { alias: { 'd3-transition': '/src/components/Swimlanes/zoomTransitions.ts' } },
  plugins: [
    react(),
    pureTopLevelCalls(['d3-interpolate']),
    substituteIn('preact-in', PREACT_COMPAT, ['embed', 'element', 'elementFull']),
    substituteIn('motionless-in', MOTIONLESS, ['element']),
  ],
  build: { target: 'es2022', sourcemap: true },
  environments: {
    client: {},
    embed: {
      consumer: 'client',
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
        manifest: '.embed/manifest.json',
        rolldownOptions: { input: { embed: 'src/app/embed.tsx' } },
      },
    },
    element: elementBuild('src/app/element.tsx', 'paxos-scope.js', 'PaxosScope'),
    elementFull: elementBuild('src/app/elementFull.tsx', FULL_SCRIPT.file, FULL_SCRIPT.global),
    elementData: elementBuild('src/app/elementData.ts', DATA_SCRIPT.file, DATA_SCRIPT.global),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.embed!);
      await writeBoot('dist', EMBED_MANIFEST, 'src/app/embed.tsx', 'src/app/bootPolicy.ts');
      await builder.build(builder.environments.element!);
      await builder.build(builder.environments.elementFull!);
      await builder.build(builder.environments.elementData!);
      versionElement('dist');
      await writeServiceWorker('dist', 'src/app/sw.js', 'src/app/swPolicy.ts');
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/scenario/presets/files.testing.ts'],
    // Property tests and searches are CPU-bound: a test of 3 to 4 s on a quiet machine ran past
    // the 5 s default beside a browser test on these two shared cores and failed a green run.
    testTimeout: 20_000,
  },
});
