// `npm test`: the locked dependencies (installed with `npm ci` when node_modules does not match
// package-lock.json), then typecheck, lint, the formatting check, unit tests, build and
// end-to-end tests. Every stage runs even when an earlier one failed, so one run reports
// everything; the exit code is 1 if any stage failed. The last line is `N passed, N failed`,
// summing unit and end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { installReason } from './dependencies.mjs';

const RESULTS = 'test-results';
const UNIT_JSON = `${RESULTS}/unit.json`;
const E2E_JSON = `${RESULTS}/e2e.json`;
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

mkdirSync(RESULTS, { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

const stages = [];
// A fresh clone has no node_modules, and a pulled lock file may lock other versions: every stage
// below runs a tool from node_modules. After `npm ci` (as .ci/run does) this installs nothing.
const missing = installReason('.');
if (missing === null) console.log('dependencies: node_modules matches package-lock.json');
else {
  console.log(`dependencies: ${missing}; installing them`);
  stages.push(['dependencies', run('dependencies', 'npm', ['ci', '--no-audit', '--no-fund'])]);
}
stages.push(['typecheck', run('typecheck', 'npx', ['tsc', '-b'])]);
stages.push(['lint', run('lint', 'npx', ['eslint', '.', '--max-warnings=0'])]);
stages.push(['format', run('format', 'npx', ['prettier', '--check', '.'])]);
stages.push([
  'unit',
  run('unit tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${UNIT_JSON}`,
  ]),
]);
stages.push(['build', run('build', 'npx', ['vite', 'build'])]);
const browser = run('browser for e2e', 'node', ['scripts/ensure-browser.mjs']);
stages.push(['browser', browser]);
stages.push(['e2e', browser && run('end-to-end tests', 'npx', ['playwright', 'test'])]);

// A stage that failed without reporting any failed test (a file that does not load, a server
// that does not start) still counts as one failure, so the summary never reads 0 failed then.
function counts(report, passed, failed, stageOk) {
  if (report === null) return { passed: 0, failed: stageOk ? 0 : 1 };
  return { passed, failed: failed === 0 && !stageOk ? 1 : failed };
}
const unitStage = stages.find(([name]) => name === 'unit')[1];
const e2eStage = stages.find(([name]) => name === 'e2e')[1];
const unitJson = readJson(UNIT_JSON);
const e2eJson = readJson(E2E_JSON);
const unit = counts(
  unitJson,
  unitJson?.numPassedTests ?? 0,
  unitJson?.numFailedTests ?? 0,
  unitStage,
);
const e2e = counts(
  e2eJson,
  e2eJson?.stats?.expected ?? 0,
  (e2eJson?.stats?.unexpected ?? 0) + (e2eJson?.stats?.flaky ?? 0),
  e2eStage,
);

console.log('\n=== summary');
for (const [name, ok] of stages) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
console.log(
  `unit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exitCode = stages.every(([, ok]) => ok) ? 0 : 1;
