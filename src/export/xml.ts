/**
 * Just enough XML writing for the SVG exporter, built so that untrusted text cannot become
 * markup: every attribute value and every text goes through `escapeXml`, and only element and
 * attribute names (constants of the exporter) are written as they are.
 */

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/U+FFFF) show as `?`. */
const UNREPRESENTABLE = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(UNREPRESENTABLE, '?').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** Coordinates to a tenth of a pixel: files stay small and identical from run to run. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10 || 0);
}

/** Attribute values; null and undefined leave the attribute out. */
export type Attributes = Record<string, string | number | null | undefined>;

function attributesText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    text += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return text;
}

/**
 * An element whose children are markup this module produced (never raw text). Children go on
 * lines of their own, so a golden file's diff shows which element changed.
 */
export function element(name: string, attributes: Attributes, ...children: string[]): string {
  const inner = children.filter((child) => child !== '');
  const open = `<${name}${attributesText(attributes)}`;
  if (inner.length === 0) return `${open}/>`;
  return `${open}>\n${inner.join('\n')}\n</${name}>`;
}

/** An element holding text, escaped. */
export function textElement(name: string, attributes: Attributes, text: string): string {
  return `<${name}${attributesText(attributes)}>${escapeXml(text)}</${name}>`;
}
