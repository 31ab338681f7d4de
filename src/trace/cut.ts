import type { Cut } from './types';

/**
 * The plain words files and the CLI use for a run its budget stopped (the screen says the same
 * in the reader's language): `stopped after 100,000 messages at tick 712 (the most one run
 * records)`.
 */
export function cutText(cut: Cut): string {
  const unit = cut.by === 'messages' ? 'messages' : 'steps';
  return `stopped after ${cut.limit.toLocaleString('en')} ${unit} at tick ${cut.at} (the most one run records)`;
}
