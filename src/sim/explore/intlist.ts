/** A growable list of 32-bit integers: the frontier's storage and small scratch lists. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  add(value: number): void {
    if (this.length === this.data.length) this.#grow(this.length + 1);
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  clear(): void {
    this.length = 0;
  }

  /** Insertion sort: these lists are a handful of message numbers. */
  sortAscending(): void {
    const d = this.data;
    for (let i = 1; i < this.length; i++) {
      const item = d[i]!;
      let j = i - 1;
      while (j >= 0 && d[j]! > item) {
        d[j + 1] = d[j]!;
        j--;
      }
      d[j + 1] = item;
    }
  }

  /** Bytes held, for reporting memory. */
  get bytes(): number {
    return this.data.byteLength;
  }

  #grow(needed: number): void {
    let capacity = this.data.length * 2;
    while (capacity < needed) capacity *= 2;
    const next = new Int32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
