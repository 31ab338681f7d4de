import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCycles } from './importCycles';

describe('importCycles', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const project = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'paxoscope-cycles-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  // Parsing all of src takes seconds on a loaded machine.
  it('finds none in src: its modules import one another in a line', { timeout: 60_000 }, () => {
    expect(importCycles('src')).toEqual([]);
  });

  it('finds a circle through a folder index, and ignores type imports and tests', () => {
    const dir = project({
      'a.ts': "import { b } from './store';\nexport const a = b;",
      'store/index.ts': "export { b } from './b';",
      'store/b.ts': "import { a } from '../a';\nexport const b = () => a;",
      'c.ts': "import type { a } from './a';\nexport const c = 1;",
      'a.test.ts': "import { c } from './c';",
      'c2.ts': "import { a } from './a';",
    });
    expect(importCycles(dir)).toEqual([
      [join(dir, 'a.ts'), join(dir, 'store/b.ts'), join(dir, 'store/index.ts')],
    ]);
  });
});
