import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const MARKER = /const PRECACHE = \{ version: 'dev', files: \[\] \};/;

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name), root)
        : [relative(root, join(dir, entry.name)).split(sep).join('/')],
    )
    .sort();
}

/**
 * What the offline worker caches: the whole build except source maps (only developers open
 * them) and the worker itself, plus `./`, the address a visitor of the folder actually uses.
 * The version is a hash of every cached byte, so any change makes a new worker.
 */
export function precacheOf(dist: string): { version: string; files: string[] } {
  const files = filesUnder(dist).filter((path) => !path.endsWith('.map') && path !== 'sw.js');
  const hash = createHash('sha256');
  for (const path of files) hash.update(path).update(readFileSync(join(dist, path)));
  return { version: hash.digest('hex').slice(0, 12), files: ['./', ...files] };
}

/** Writes dist/sw.js: the worker's source with the precache list of this build filled in. */
export function writeServiceWorker(dist: string, source: string): void {
  const code = readFileSync(source, 'utf8');
  if (!MARKER.test(code)) throw new Error(`${source}: the PRECACHE line is missing`);
  const precache = JSON.stringify(precacheOf(dist));
  writeFileSync(join(dist, 'sw.js'), code.replace(MARKER, `const PRECACHE = ${precache};`));
}
