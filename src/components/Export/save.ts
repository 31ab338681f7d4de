/**
 * How long a downloaded file's object URL lives. The browser reads it when the download starts;
 * freeing it at once can cancel the download in some browsers, so it is freed a little later.
 */
const REVOKE_AFTER_MS = 10_000;

/** Hands a file to the browser's downloads, as a click on a link with `download` would. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * A file name from the scenario: `paxoscope-basic.svg`. Letters and digits of any script are
 * kept, anything else (slashes, dots, spaces) becomes one dash, so a name can never point
 * elsewhere or hide its extension.
 */
export function fileName(stem: string, extension: string): string {
  const safe = stem
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `paxoscope-${safe === '' ? 'run' : safe}.${extension}`;
}
