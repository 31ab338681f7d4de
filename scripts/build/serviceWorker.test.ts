import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { versionElement } from './elementVersion';
import { precacheOf, writeServiceWorker } from './serviceWorker';

/** A dist/ as `vite build` leaves it before the two steps under test. */
function fakeBuild(dist: string): void {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'assets', 'index-Ab12.js'), 'console.log(1);');
  writeFileSync(join(dist, 'assets', 'index-Ab12.js.map'), '{}');
  writeFileSync(join(dist, 'paxos-scope.js'), 'customElements;');
  writeFileSync(join(dist, 'paxos-scope-full.js'), 'customElements.full;');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(
    join(dist, 'index.html'),
    '<head><meta name="paxoscope-element" content="paxos-scope-full.js" /></head>',
  );
}

describe('the build’s element copy and offline worker', () => {
  let dist = '';
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'paxoscope-dist-'));
    fakeBuild(dist);
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('copies the full element under its content’s name and names that copy in index.html', () => {
    const name = versionElement(dist);
    expect(name).toMatch(/^paxos-scope-full\.[0-9a-f]{10}\.js$/);
    expect(readFileSync(join(dist, name), 'utf8')).toBe('customElements.full;');
    expect(readFileSync(join(dist, 'paxos-scope-full.js'), 'utf8')).toBe('customElements.full;');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`content="${name}"`);
    writeFileSync(join(dist, 'paxos-scope-full.js'), 'customElements.define;');
    rmSync(join(dist, name));
    writeFileSync(
      join(dist, 'index.html'),
      '<meta name="paxoscope-element" content="paxos-scope-full.js" />',
    );
    expect(versionElement(dist)).not.toBe(name);
  });

  it('keeps hashed files apart from the shell, and source maps nowhere', () => {
    const name = versionElement(dist);
    const precache = precacheOf(dist);
    expect(precache.hashed).toEqual(['assets/index-Ab12.js', name]);
    expect(precache.shell).toEqual([
      './',
      'favicon.svg',
      'index.html',
      'paxos-scope-full.js',
      'paxos-scope.js',
    ]);
  });

  it('writes one classic script with the precache and the policy in it', async () => {
    versionElement(dist);
    await writeServiceWorker(dist, 'src/app/sw.js', 'src/app/swPolicy.ts');
    const code = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(() => new Script(code)).not.toThrow();
    expect(code).toContain(`const PRECACHE = ${JSON.stringify(precacheOf(dist))};`);
    expect(code).toMatch(/^function routerOf\(/m);
    expect(code).not.toMatch(/^export /m);
  });
});
