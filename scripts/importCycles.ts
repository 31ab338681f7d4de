import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Every .ts and .tsx file under `dir` that ships (tests and their fixtures do not). */
function shippedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return shippedFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|testing)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files a file imports for their values (a type import vanishes when compiled). */
function valueImports(file: string, known: Set<string>): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
    const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
    const from = isImport || isExport ? statement.moduleSpecifier : undefined;
    if (from === undefined || !ts.isStringLiteral(from) || !from.text.startsWith('.')) continue;
    const base = normalize(join(dirname(file), from.text));
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => known.has(f));
    if (target !== undefined) found.push(target);
  }
  return found;
}

/**
 * The import circles among the files under `dir`, each as its files (Tarjan's strongly
 * connected components). A circle makes the order modules load in depend on who imports first,
 * and means neither file can be read without the other: the layout should be a line.
 */
export function importCycles(dir: string): string[][] {
  const files = shippedFiles(dir);
  const known = new Set(files);
  const edges = new Map(files.map((f) => [f, valueImports(f, known)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of edges.get(file)!) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, low.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}
