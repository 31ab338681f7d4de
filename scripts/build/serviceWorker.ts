import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transformWithOxc } from 'vite';
import type { Precache } from '../../src/app/swPolicy.ts';
import { VERSIONED_ELEMENT } from './elementVersion.ts';

const PRECACHE_LINE = /const PRECACHE = \{ version: 'dev', hashed: \[\], shell: \[\] \};/;
const POLICY_LINE = /\/\/ POLICY: .*\n/;

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
 * What the offline worker keeps: the whole build except source maps (only developers open
 * them) and the worker itself, plus `./`, the address a visitor of the folder actually uses.
 * Vite names everything under assets/ after its content, and the versioned element is named
 * so too; the rest keeps its name across builds. The version is a hash of every kept byte, so
 * any change makes a new worker.
 */
export function precacheOf(dist: string): Precache {
  const files = filesUnder(dist).filter((path) => !path.endsWith('.map') && path !== 'sw.js');
  const hash = createHash('sha256');
  for (const path of files) hash.update(path).update(readFileSync(join(dist, path)));
  const isHashed = (path: string) => path.startsWith('assets/') || VERSIONED_ELEMENT.test(path);
  return {
    version: hash.digest('hex').slice(0, 12),
    hashed: files.filter(isHashed),
    shell: ['./', ...files.filter((path) => !isHashed(path))],
  };
}

/**
 * A module as statements of a classic script: its types stripped, and `export` dropped from
 * its declarations (it imports nothing, which is checked, so nothing else refers outside).
 * The worker's policy and index.html's boot are written so.
 */
export async function inlinedModule(path: string): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(path, 'utf8'), path, { lang: 'ts' });
  if (/^\s*import\b/m.test(code)) throw new Error(`${path}: an inlined module may not import`);
  return code.replace(/^export /gm, '');
}

/** Writes dist/sw.js: the worker's source with this build's precache and the policy filled in. */
export async function writeServiceWorker(
  dist: string,
  source: string,
  policy: string,
): Promise<void> {
  const code = readFileSync(source, 'utf8');
  if (!PRECACHE_LINE.test(code)) throw new Error(`${source}: the PRECACHE line is missing`);
  if (!POLICY_LINE.test(code)) throw new Error(`${source}: the POLICY line is missing`);
  const precache = JSON.stringify(precacheOf(dist));
  const inlined = await inlinedModule(policy);
  writeFileSync(
    join(dist, 'sw.js'),
    code
      .replace(PRECACHE_LINE, () => `const PRECACHE = ${precache};`)
      .replace(POLICY_LINE, () => `${inlined}\n`),
  );
}
