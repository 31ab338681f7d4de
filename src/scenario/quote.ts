/**
 * How messages echo what a stranger wrote. Input reaches stderr, a role=alert and the page's
 * own sentences, so it is always cut short and escaped: a newline could forge a second line, an
 * ANSI escape could drive the terminal, and a bidi control could reorder the words around it.
 */

/** How many characters of a stranger's text a message repeats before cutting it short. */
export const QUOTE_LENGTH_MAX = 60;

/** Keys are quoted shorter: a hostile key becomes part of a path, and paths lead messages. */
const KEY_LENGTH_MAX = 30;

/** How long one line of the CLI's stderr may be, whatever an error message holds. */
export const LINE_LENGTH_MAX = 500;

/**
 * Whether the UTF-16 unit at `i` must never reach a message raw: C0 and C1 controls (ESC among
 * them), DEL, the line and paragraph separators, the bidi controls (embeddings, overrides,
 * isolates, and the marks LRM, RLM and ALM) and lone surrogates. A scan of code units, not a
 * regular expression, so the ranges read as numbers.
 */
function isUnsafe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  if (c === 0x2028 || c === 0x2029 || isBidi(c)) return true;
  if (isHigh(c)) return !isLow(text.charCodeAt(i + 1));
  if (isLow(c)) return !(i > 0 && isHigh(text.charCodeAt(i - 1)));
  return false;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isBidi(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every unsafe unit written as a JSON-style escape (and the characters of `also`
 * backslashed), cut short once the result would pass `lengthMax` characters: the limit is on
 * what is shown, so a run of escapes cannot make it six times longer. Never splits a pair.
 */
function escaped(text: string, also: string, lengthMax: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const pair = isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
    const piece = isUnsafe(text, i)
      ? (SHORT_ESCAPES[char] ?? `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`)
      : also.includes(char)
        ? `\\${char}`
        : pair
          ? text.slice(i, i + 2)
          : char;
    if (out.length + piece.length > lengthMax) return `${out}…`;
    out += piece;
    if (pair) i++;
  }
  return out;
}

/** Text a stranger wrote, as a message shows it: in double quotes, escaped, about 60 characters at most. */
export function quote(text: string, lengthMax = QUOTE_LENGTH_MAX): string {
  return `"${escaped(text, '"\\', lengthMax)}"`;
}

/** A message as one line of text: controls escaped, cut short past `lengthMax` characters. */
export function oneLine(message: string, lengthMax = LINE_LENGTH_MAX): string {
  return escaped(message, '', lengthMax);
}

/** A field's path: `path.key` for a plain name, `path["…"]` (quoted) for anything else. */
export function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]{0,39}$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${quote(key, KEY_LENGTH_MAX)}]`;
}

/** The first character a name or value may not hold, as a sentence, or null when it has none. */
export function controlProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    if (!isUnsafe(text, i)) continue;
    const c = text.charCodeAt(i);
    const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    const kind = isBidi(c)
      ? 'a bidi control'
      : isHigh(c) || isLow(c)
        ? 'a lone surrogate'
        : 'a control character';
    return `holds ${kind} (${code}) at character ${i + 1}; text here must be plain`;
  }
  return null;
}
