import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installReason } from './dependencies.mjs';

interface Entry {
  version: string;
  integrity?: string;
  optional?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, Entry>;
};

/** What npm records after `npm ci` here: every locked package but the root and optional ones. */
function installedAsLocked(): Record<string, Entry> {
  return Object.fromEntries(
    Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.optional),
  );
}

describe('installReason', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paxoscope-deps-'));
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const install = (packages: Record<string, Entry>) => {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), JSON.stringify({ packages }));
  };

  it('asks for an install in a fresh clone, which has no node_modules', () => {
    expect(installReason(dir)).toMatch(/node_modules is missing/);
  });

  it('asks for none when node_modules holds exactly the locked packages', () => {
    install(installedAsLocked());
    expect(installReason(dir)).toBeNull();
  });

  it('asks for one when an installed package is not the locked version', () => {
    const packages = installedAsLocked();
    packages['node_modules/vite'] = { ...packages['node_modules/vite']!, version: '0.0.1' };
    install(packages);
    expect(installReason(dir)).toBe('node_modules/vite is 0.0.1, package-lock.json locks 8.3.8');
  });

  it('asks for one when a locked package is missing or an unlocked one is there', () => {
    const { ['node_modules/vitest']: _vitest, ...without } = installedAsLocked();
    install(without);
    expect(installReason(dir)).toBe('node_modules/vitest is locked but not installed');
    install({ ...installedAsLocked(), 'node_modules/left-pad': { version: '1.3.0' } });
    expect(installReason(dir)).toBe(
      'node_modules/left-pad is installed but not in package-lock.json',
    );
  });
});
