// Indexed binary min-heap over node ids keyed by an external Float64Array, with
// decrease-key: the priority queue of the Dijkstra searches.

export class IndexedMinHeap {
  private readonly items: Int32Array;
  /** Position of each id in `items`, or -1 when absent. */
  private readonly pos: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    // Read through destructuring in the hot loops, which the linter does not see as a use.
    // biome-ignore lint/correctness/noUnusedPrivateClassMembers: used as `const { key } = this`
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  has(id: number): boolean {
    return this.pos[id] >= 0;
  }

  peek(): number {
    return this.items[0];
  }

  /** Inserts `id`, or restores heap order after its key decreased. */
  pushOrDecrease(id: number): void {
    let i = this.pos[id];
    if (i < 0) {
      i = this.size++;
      this.items[i] = id;
      this.pos[id] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    this.pos[top] = -1;
    const last = items[--this.size];
    if (this.size > 0) {
      items[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap in O(size), leaving `pos` clean for reuse. */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.items[i]] = -1;
    this.size = 0;
  }

  private siftUp(start: number): void {
    const { items, pos, key } = this;
    const id = items[start];
    const k = key[id];
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (key[p] <= k) break;
      items[i] = p;
      pos[p] = i;
      i = parent;
    }
    items[i] = id;
    pos[id] = i;
  }

  private siftDown(start: number): void {
    const { items, pos, key } = this;
    const n = this.size;
    const id = items[start];
    const k = key[id];
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && key[items[right]] < key[items[child]]) child = right;
      const c = items[child];
      if (key[c] >= k) break;
      items[i] = c;
      pos[c] = i;
      i = child;
    }
    items[i] = id;
    pos[id] = i;
  }
}
