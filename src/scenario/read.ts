import { LIMITS } from './scenarioTypes';
import type { ParseResult } from './validate';
import { parseScenarioText } from './validate';

/**
 * Whether a file of `bytes` bytes may be read at all: past three bytes a character (the most
 * UTF-8 spends on one UTF-16 unit) plus a byte-order mark, it cannot be within the character
 * limit in any encoding. Checked before reading, so a huge file never freezes the reader.
 */
export function fileSizeProblem(bytes: number): string | null {
  const bytesMax = 3 * LIMITS.fileLengthMax + 3;
  return bytes > bytesMax
    ? `the file is ${bytes} bytes; the limit is ${LIMITS.fileLengthMax} characters`
    : null;
}

/**
 * Opens a scenario file however the page got it (the Import button, a drop): its size is
 * checked before a byte is read, then its text goes through the one reader the CLI uses too.
 */
export async function readScenarioFile(file: {
  size: number;
  text(): Promise<string>;
}): Promise<ParseResult> {
  const problem = fileSizeProblem(file.size);
  if (problem !== null) return { ok: false, errors: [{ path: '', message: problem }] };
  return parseScenarioText(await file.text());
}
