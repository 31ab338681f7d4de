import type { Message } from './messages';

/**
 * The network's in-flight messages as a binary min-heap on (deliverAt, id), kept in a plain
 * array so the world stays plain data. The timed scheduler takes the top; explorers and users
 * may pick any message, which `removeAt` handles in O(log n) once it is found.
 */
function before(a: Message, b: Message): boolean {
  return a.deliverAt < b.deliverAt || (a.deliverAt === b.deliverAt && a.id < b.id);
}

function siftUp(heap: Message[], index: number): void {
  const item = heap[index]!;
  let i = index;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent]!;
    if (!before(item, above)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = item;
}

function siftDown(heap: Message[], index: number): void {
  const item = heap[index]!;
  const n = heap.length;
  let i = index;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
    if (!before(heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}

export function heapPush(heap: Message[], message: Message): void {
  heap.push(message);
  siftUp(heap, heap.length - 1);
}

export function heapIndexOf(heap: Message[], id: number): number {
  for (let i = 0; i < heap.length; i++) if (heap[i]!.id === id) return i;
  return -1;
}

export function heapRemoveAt(heap: Message[], index: number): Message {
  const removed = heap[index]!;
  const last = heap.pop()!;
  if (index < heap.length) {
    heap[index] = last;
    siftUp(heap, index);
    siftDown(heap, index);
  }
  return removed;
}
