import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryTags, writeBoot } from './boot.ts';

const MANIFEST = {
  'src/app/embed.tsx': {
    file: 'assets/embed-A.js',
    imports: ['_shared.js'],
    css: ['assets/embed-C.css'],
  },
  '_shared.js': { file: 'assets/shared-B.js', imports: ['_tiny.js'] },
  '_tiny.js': { file: 'assets/tiny-D.js', imports: ['_shared.js'] },
};

const PAGE = `<!doctype html>
<html><head>
    <title>Paxoscope</title>
    <script type="module" crossorigin src="./assets/index-X.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-Y.js">
    <link rel="stylesheet" crossorigin href="./assets/index-Z.css">
  </head><body><div id="root"></div></body></html>`;

/** Runs the boot script of `html` at `search`, returning what it writes into the page. */
function booted(html: string, search: string): string {
  const script = /<script>\n([\s\S]*?)\n<\/script>/.exec(html)![1]!;
  let written = '';
  new Function('location', 'document', script)(
    { search },
    { write: (tags: string) => (written += tags) },
  );
  return written;
}

describe('the boot of index.html', () => {
  it('loads an entry, its imports once each, and their CSS', () => {
    expect(entryTags(MANIFEST, 'src/app/embed.tsx')).toBe(
      '<script type="module" crossorigin src="./assets/embed-A.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/shared-B.js">' +
        '<link rel="modulepreload" crossorigin href="./assets/tiny-D.js">' +
        '<link rel="stylesheet" crossorigin href="./assets/embed-C.css">',
    );
  });

  it("writes the embed's tags for embed=1 and the app's otherwise, and drops the manifest", async () => {
    const dist = mkdtempSync(join(tmpdir(), 'boot-'));
    mkdirSync(join(dist, '.embed'));
    writeFileSync(join(dist, 'index.html'), PAGE);
    writeFileSync(join(dist, '.embed/manifest.json'), JSON.stringify(MANIFEST));
    await writeBoot(
      dist,
      join(dist, '.embed/manifest.json'),
      'src/app/embed.tsx',
      'src/app/bootPolicy.ts',
    );
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(existsSync(join(dist, '.embed'))).toBe(false);
    // No tag stands in the page itself, so the browser fetches nothing before the boot chose.
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('</script><link');
    expect(booted(html, '?embed=1&scenario=basic')).toContain('./assets/embed-A.js');
    expect(booted(html, '?embed=1&scenario=basic')).not.toContain('index-X.js');
    expect(booted(html, '?scenario=basic')).toBe(
      '<script type="module" crossorigin src="./assets/index-X.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/shared-Y.js">' +
        '<link rel="stylesheet" crossorigin href="./assets/index-Z.css">',
    );
  });
});
