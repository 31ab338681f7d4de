/**
 * Whether a page address asks for the embed: `embed` present and not `0` or `false`, the
 * reading of every flag in options.ts. index.html's boot script runs this very function (the
 * build inlines it, scripts/build/boot.ts) to pick the embed's files or the app's before any
 * of them is fetched, so it imports nothing.
 */
export function wantsEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value !== 'false';
}
