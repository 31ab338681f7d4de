import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The import directions of docs/architecture.md, enforced so that a wrong arrow fails lint, not
// review: components -> store -> sim/trace -> engine; cli -> sim/trace/scenario -> engine;
// components and cli -> export -> trace/layout -> engine; layout imports only d3 and types. Each
// folder lists the folders of src/ it must not reach.
const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'framer-motion',
  'motion',
  'motion/*',
];
const D3 = ['d3', 'd3-*'];
const NODE = ['node:*', 'fs', 'path', 'os', 'child_process'];

function folders(...names) {
  return names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
}

// Every folder of src/: the folders that may import (almost) nothing of src/ are written as
// exceptions to it, so a new folder is forbidden to them without anyone having to remember.
const SRC_FOLDERS = [
  'engine',
  'scenario',
  'sim',
  'trace',
  'export',
  'store',
  'layout',
  'components',
  'paint',
  'i18n',
  'app',
  'cli',
  'workers',
];

function allBut(...allowed) {
  return SRC_FOLDERS.filter((name) => !allowed.includes(name));
}

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/*.testing.ts'];

/**
 * The import rule for one folder. Tests live beside the code and obey the same folder
 * directions, but may use Node built-ins (reading golden files, spawning the CLI), and may reach
 * the folders in `testsMayImport`: a test of the trace or of an exporter needs a real run from
 * sim, and a test of the runner reads its outcome through the run report. No code imports a
 * test, so these arrows never make a cycle in what ships.
 */
function boundary(
  files,
  { folders: forbiddenFolders = [], modules = [], allowTypeImports = false, testsMayImport = [] },
  why,
) {
  const rule = (forbidden, forbiddenModules) => ({
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(forbidden.length
            ? [{ group: folders(...forbidden), message: why, allowTypeImports }]
            : []),
          ...(forbiddenModules.length ? [{ group: forbiddenModules, message: why }] : []),
        ],
      },
    ],
  });
  return [
    { files, ignores: TEST_FILES, rules: rule(forbiddenFolders, modules) },
    {
      files: files.flatMap((glob) =>
        TEST_FILES.map((test) => glob.replace(/\/\*\*\/\*\.[^/]+$/, '/' + test)),
      ),
      rules: rule(
        forbiddenFolders.filter((f) => !testsMayImport.includes(f)),
        modules.filter((m) => !NODE.includes(m)),
      ),
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Scenario values are untrusted: render them as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Scenario values are untrusted: render them as text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'Never eval untrusted input.' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundary(
    ['src/engine/**/*.ts'],
    {
      folders: allBut('engine'),
      modules: [...UI_LIBRARIES, ...D3, ...NODE],
    },
    'src/engine is the pure Paxos core: it imports nothing from the rest of src/, no UI library and no I/O.',
  ),
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness comes from the seeded generator in the world.',
        },
        { object: 'Date', property: 'now', message: 'Time is an input of the engine.' },
        { object: 'performance', property: 'now', message: 'Time is an input of the engine.' },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'setTimeout',
        'setInterval',
        'fetch',
      ],
    },
  },
  ...boundary(
    ['src/scenario/**/*.ts'],
    {
      folders: allBut('engine', 'scenario'),
      modules: [...UI_LIBRARIES, ...D3, ...NODE],
    },
    'src/scenario is the file format: it may use the engine, nothing above it.',
  ),
  // Trace may use layout: layout is pure geometry (d3 and types only, no runtime import of
  // anything in src/), so the arrows the swimlanes and the SVG exporter draw are one geometry.
  ...boundary(
    ['src/trace/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'layout'),
      modules: [...UI_LIBRARIES, ...NODE],
      testsMayImport: ['sim'],
    },
    'src/trace holds the run as data: engine, scenario and the pure geometry of layout below it, nothing above.',
  ),
  ...boundary(
    ['src/export/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'layout', 'export'),
      modules: [...UI_LIBRARIES, ...NODE],
      testsMayImport: ['sim'],
    },
    'src/export writes a trace out (ASCII, SVG, trace file, run report): it reads trace, layout, scenario and engine, nothing above.',
  ),
  ...boundary(
    ['src/sim/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'sim'),
      modules: [...UI_LIBRARIES, ...D3, ...NODE],
      testsMayImport: ['export'],
    },
    'src/sim drives the engine headless: no UI, no Node built-ins (it runs in workers too).',
  ),
  ...boundary(
    ['src/layout/**/*.ts'],
    {
      folders: allBut('layout'),
      modules: UI_LIBRARIES,
      allowTypeImports: true,
    },
    'src/layout is pure geometry: d3 and types only.',
  ),
  // Paint strokes arrows on a canvas, on the page or in the painter worker: framework-free, so
  // the worker and the React canvas share it, and it reads only geometry and the trace's types.
  ...boundary(
    ['src/paint/**/*.ts'],
    {
      folders: allBut('paint', 'layout', 'trace'),
      modules: [...UI_LIBRARIES, ...D3, ...NODE],
    },
    'src/paint strokes arrows on a 2D canvas: layout and trace below it, no framework.',
  ),
  ...boundary(
    ['src/store/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'sim', 'store', 'i18n'),
      modules: ['react-dom', 'framer-motion', 'motion', ...D3],
    },
    'src/store calls the engine through sim/trace; it never draws.',
  ),
  ...boundary(
    ['src/components/**/*.{ts,tsx}'],
    { folders: ['engine', 'sim', 'app', 'cli', 'workers'], allowTypeImports: true },
    'Components read the store through selectors; protocol facts come from the trace, not from the engine.',
  ),
  ...boundary(
    ['src/i18n/**/*.ts'],
    {
      folders: allBut('i18n'),
      modules: [...UI_LIBRARIES.filter((m) => !m.startsWith('react')), ...D3],
      allowTypeImports: true,
    },
    'src/i18n holds the words; it depends on nothing.',
  ),
  ...boundary(
    ['src/cli/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'sim', 'export', 'cli'),
      modules: [...UI_LIBRARIES, ...D3],
    },
    'The CLI runs under Node and imports no React.',
  ),
  ...boundary(
    ['src/workers/**/*.ts'],
    {
      folders: allBut('engine', 'scenario', 'trace', 'sim', 'paint', 'i18n', 'workers'),
      modules: [...UI_LIBRARIES, ...D3, ...NODE],
    },
    'Workers run the headless engine (explore) or paint the arrows (paint), nothing with a framework.',
  ),
);
