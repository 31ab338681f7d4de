import type { Trace } from '../trace';

/** Every message a clicked message led to or came from: its causes up the chain, its effects down. */
export function causalFamily(trace: Trace, id: number): Set<number> {
  const family = new Set<number>([id]);
  for (
    let cause = trace.messages[id]?.cause ?? null;
    cause !== null;
    cause = trace.messages[cause]!.cause
  )
    family.add(cause);
  const children = new Map<number, number[]>();
  for (const m of trace.messages) {
    if (m.cause === null) continue;
    const list = children.get(m.cause);
    if (list === undefined) children.set(m.cause, [m.id]);
    else list.push(m.id);
  }
  const queue = [id];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!family.has(child)) {
        family.add(child);
        queue.push(child);
      }
    }
  }
  return family;
}
