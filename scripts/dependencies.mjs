// Whether node_modules holds what package-lock.json locks, read from npm's own record of what it
// installed (node_modules/.package-lock.json). It imports only Node built-ins: `npm test` asks it
// before anything is installed, on a fresh clone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function packagesOf(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).packages ?? null;
  } catch {
    return null;
  }
}

/**
 * Why `dir` needs `npm ci`, as a sentence, or null when its node_modules matches the lock file.
 * Every installed package must be the locked version (same integrity), and every locked package
 * must be installed except optional ones, which npm skips on other platforms (esbuild's and
 * rolldown's binaries for other systems).
 */
export function installReason(dir) {
  const locked = packagesOf(join(dir, 'package-lock.json'));
  if (locked === null) return 'package-lock.json is missing or unreadable';
  const installed = packagesOf(join(dir, 'node_modules', '.package-lock.json'));
  if (installed === null) return 'node_modules is missing (no node_modules/.package-lock.json)';
  for (const [path, entry] of Object.entries(installed)) {
    const lock = locked[path];
    if (lock === undefined) return `${path} is installed but not in package-lock.json`;
    if (lock.version !== entry.version || lock.integrity !== entry.integrity)
      return `${path} is ${entry.version}, package-lock.json locks ${lock.version}`;
  }
  for (const [path, lock] of Object.entries(locked)) {
    if (path !== '' && !lock.optional && installed[path] === undefined)
      return `${path} is locked but not installed`;
  }
  return null;
}
