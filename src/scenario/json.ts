import { oneLine } from './quote';
import { LIMITS } from './scenarioTypes';

/** JSON text read from a stranger: the data, or why it cannot be read (a sentence, no path). */
export type JsonResult = { ok: true; data: unknown } | { ok: false; message: string };

/**
 * How deep `[` and `{` nest in `text` outside strings, stopping as soon as it passes `depthMax`.
 * A linear scan with no recursion, so it is safe on any input and cheap next to JSON.parse.
 */
export function nestingDepth(text: string, depthMax: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > depthMax) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Parses JSON a stranger wrote, after checking its length and nesting depth: a deep enough
 * nesting would exhaust the stack in JSON.parse or in any walk over the result. The parser's
 * own message is kept without the piece of input it quotes, and as one line.
 */
export function parseJson(text: string, what: string, lengthMax: number): JsonResult {
  if (text.length > lengthMax)
    return {
      ok: false,
      message: `${what} is ${text.length} characters; the limit is ${lengthMax}`,
    };
  if (nestingDepth(text, LIMITS.depthMax) > LIMITS.depthMax)
    return {
      ok: false,
      message: `${what} nests lists and objects more than ${LIMITS.depthMax} deep`,
    };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const reason = (error as Error).message.replace(/, ".*" is not valid JSON$/s, '');
    return { ok: false, message: `not valid JSON (${oneLine(reason, 120)})` };
  }
}

/** A file's text without one leading byte-order mark, which some editors write and JSON forbids. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
