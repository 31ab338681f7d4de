/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on what it produces. The
 * library cannot be told to stop: a few kilobytes of crafted link decompress to hundreds of
 * millions of characters (each code can repeat the longest entry so far plus one character),
 * so this reader stops as soon as the output passes `lengthMax`. The format is lz-string 1.5's.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((char, i) => [char, i]));

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'long' };

/** The compressed bits, six to a character of the alphabet, highest first as lz-string writes them. */
class Bits {
  private value = 0;
  private mask = 0;
  private index = 0;
  constructor(private readonly input: string) {}

  /** The next `count` bits as a number, or null once the input is used up or not the alphabet. */
  read(count: number): number | null {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      if (this.mask === 0) {
        const next = VALUE_OF.get(this.input[this.index++] ?? '');
        if (next === undefined) return null;
        this.value = next;
        this.mask = 32;
      }
      if ((this.value & this.mask) !== 0) bits |= 1 << power;
      this.mask >>= 1;
    }
    return bits;
  }
}

export function decompressBounded(encoded: string, lengthMax: number): Decompressed {
  const damaged = { ok: false, reason: 'damaged' } as const;
  // URLSearchParams reads a `+` as a space; lz-string puts it back the same way.
  const bits = new Bits(encoded.replace(/ /g, '+'));
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const literal = (code: number | null): string | null => {
    if (code === 0 || code === 1) {
      const char = bits.read(code === 0 ? 8 : 16);
      return char === null ? null : String.fromCharCode(char);
    }
    return null;
  };
  const first = bits.read(2);
  if (first === 2) return { ok: true, text: '' };
  const c = literal(first);
  if (c === null) return damaged;
  dictionary[3] = c;
  let w = c;
  const parts = [c];
  let length = c.length;
  for (;;) {
    let code = bits.read(numBits);
    if (code === null) return damaged;
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      const char = literal(code);
      if (char === null) return damaged;
      dictionary.push(char);
      code = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    const known = code < dictionary.length && code > 2 ? dictionary[code]! : null;
    const entry = known ?? (code === dictionary.length ? w + w.charAt(0) : null);
    if (entry === null) return damaged;
    length += entry.length;
    if (length > lengthMax) return { ok: false, reason: 'long' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    w = entry;
  }
}
