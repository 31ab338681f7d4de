/**
 * Text made safe to write into HTML, in element content and in double- or single-quoted
 * attribute values. Everything written into a snippet or a saved page goes through this: run
 * parameters and scenario titles come from links and files that strangers write.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `name="value" …` for attributes, values escaped; names are the app's own parameter names. */
export function attributes(entries: Iterable<[string, string]>): string {
  const parts: string[] = [];
  for (const [name, value] of entries) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
    parts.push(value === '' ? name : `${name}="${escapeHtml(value)}"`);
  }
  return parts.join(' ');
}

/** An iframe of the embed at `src`, the size the embed is designed for, titled for screen readers. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${escapeHtml(src)}" width="640" height="420" title="${escapeHtml(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
