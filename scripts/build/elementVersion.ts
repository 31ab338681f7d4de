import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The full element under its content's name, as the build writes it beside paxos-scope-full.js. */
export const VERSIONED_ELEMENT = /^paxos-scope-full\.[0-9a-f]{10}\.js$/;
/** Where index.html names the element the app inlines into saved pages. */
const META = /(<meta name="paxoscope-element" content=")paxos-scope-full\.js(")/;

/**
 * Copies dist/paxos-scope-full.js (the element with the whole app, which a saved page shows)
 * to paxos-scope-full.<hash>.js and names that copy in dist/index.html. The stable name stays,
 * the address paxos-scope.js loads it from; the app inlines the hashed copy into a saved page,
 * so the page is always the element of the build the app came from, whatever a cache or a
 * later deploy did to the stable name. Returns the name.
 */
export function versionElement(dist: string): string {
  const code = readFileSync(join(dist, 'paxos-scope-full.js'));
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const name = `paxos-scope-full.${hash}.js`;
  copyFileSync(join(dist, 'paxos-scope-full.js'), join(dist, name));
  const index = join(dist, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!META.test(html)) throw new Error(`${index}: the paxoscope-element meta is missing`);
  writeFileSync(index, html.replace(META, `$1${name}$2`));
  return name;
}
