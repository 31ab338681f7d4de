// Makes sure Playwright has a Chromium to drive, without downloading one where that is impossible.
// Order: Debian's /usr/bin/chromium; Playwright's own browser; apt-get as root; `npx playwright
// install chromium`. When none works it says exactly what to do and exits 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function ok(message) {
  console.log(`browser: ${message}`);
  process.exit(0);
}

if (existsSync(SYSTEM_CHROMIUM)) ok(`using ${SYSTEM_CHROMIUM}`);
try {
  if (existsSync(chromium.executablePath())) ok(`using Playwright's ${chromium.executablePath()}`);
} catch {
  // No Playwright browser registered: try the next way.
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('browser: installing Debian chromium with apt-get (about 30 s)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(SYSTEM_CHROMIUM)) ok(`installed ${SYSTEM_CHROMIUM}`);
  } catch {
    console.log('browser: apt-get could not install chromium; trying Playwright next.');
  }
}

console.log('browser: running `npx playwright install chromium`…');
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0) ok('installed Playwright chromium');

console.error(
  'browser: no Chromium for the end-to-end tests, and none could be installed here.\n' +
    '  Debian/Ubuntu: sudo apt-get install -y chromium   (then run npm test again)\n' +
    '  elsewhere:     npx playwright install chromium    (needs internet access)',
);
process.exit(1);
