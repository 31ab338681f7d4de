import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlinedModule } from './serviceWorker.ts';

/** One chunk of Vite's build manifest: its file, the chunks it imports, its CSS. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The tags Vite writes into a page's head to load its entry: script, preloads, stylesheets. */
const ENTRY_TAGS =
  /\s*<script type="module" crossorigin src="[^"]+"><\/script>(\s*<link rel="(modulepreload|stylesheet)" crossorigin href="[^"]+">)*/;

/** The tags that load `entry` and everything it imports statically, as Vite writes them. */
export function entryTags(manifest: Record<string, ManifestChunk>, entry: string): string {
  const chunks: ManifestChunk[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the embed's manifest has no ${key}`);
    if (chunks.includes(chunk)) return;
    chunks.push(chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  const [first, ...rest] = chunks;
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
  return [
    `<script type="module" crossorigin src="./${first!.file}"></script>`,
    ...rest.map((chunk) => `<link rel="modulepreload" crossorigin href="./${chunk.file}">`),
    ...css.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
  ].join('');
}

/**
 * Turns dist/index.html into a page that loads one of two builds: the app's tags, which Vite
 * wrote, or the embed's (from the embed build's manifest, which is then removed), picked by a
 * classic script in the head that reads the address with the very `wantsEmbed` the app reads
 * (inlined from `policy`). The script writes the chosen tags with document.write, so they are
 * parsed as if they stood in the page: the stylesheet blocks the first paint as before, and
 * the other build's files are never requested.
 */
export async function writeBoot(
  dist: string,
  manifestPath: string,
  entry: string,
  policy: string,
): Promise<void> {
  const page = join(dist, 'index.html');
  const html = readFileSync(page, 'utf8');
  const appTags = ENTRY_TAGS.exec(html)?.[0];
  if (appTags === undefined) throw new Error(`${page}: the app's entry tags are missing`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  rmSync(join(manifestPath, '..'), { recursive: true, force: true });
  const app = appTags.trim().replace(/>\s+</g, '><');
  const embed = entryTags(manifest, entry);
  // Inside a <script>, a literal `</script>` would end it: each `<` is written as an escape.
  const literal = (tags: string) => JSON.stringify(tags).replace(/</g, '\\u003c');
  const boot = [
    '<script>',
    await inlinedModule(policy),
    `document.write(wantsEmbed(location.search) ? ${literal(embed)} : ${literal(app)});`,
    '</script>',
  ].join('\n');
  writeFileSync(
    page,
    html.replace(appTags, () => `\n    ${boot}`),
  );
}
