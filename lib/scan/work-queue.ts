// The scanner's queues: de-duplicated sets (an element queued twice is one entry; taking the
// oldest is O(1), no array shift), with one bound over all of them together.

/** A set taken from in insertion order. One live iterator walks it, so taking never rescans
 * the entries already taken (a fresh `for…of` per take would walk over their holes). */
export class TakeSet<T> {
  private readonly set = new Set<T>();
  private cursor: Iterator<T> = this.set.values();

  get size(): number {
    return this.set.size;
  }
  has(value: T): boolean {
    return this.set.has(value);
  }
  add(value: T): void {
    this.set.add(value);
  }
  clear(): void {
    this.set.clear();
    this.cursor = this.set.values();
  }
  /** Remove and return the oldest entry. */
  take(): T | undefined {
    let next = this.cursor.next();
    // An exhausted iterator stays done: start a new one for entries added since.
    if (next.done) {
      if (this.set.size === 0) return undefined;
      this.cursor = this.set.values();
      next = this.cursor.next();
      if (next.done) return undefined;
    }
    this.set.delete(next.value);
    return next.value;
  }
}

export class WorkQueue {
  /** Subtrees from bulk mutations (a history loaded at once): expanded into `waiting`. */
  readonly roots = new TakeSet<Element>();
  /** Subtrees from small mutation batches (live chat): expanded straight into `ready`. */
  readonly liveRoots = new TakeSet<Element>();
  /** Messages waiting to be seen on screen (handed to the IntersectionObserver). */
  readonly waiting = new TakeSet<Element>();
  /** Messages to judge now: on screen, or arrived live. */
  readonly ready = new TakeSet<Element>();
  /** Elements refused because the queues were full (a flood), since the start. */
  dropped = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.roots.size + this.liveRoots.size + this.waiting.size + this.ready.size;
  }

  /**
   * Queue a subtree. False when the queues were full: the backlog is then dropped (the caller
   * queues one rescan of the whole list instead) and this root with it.
   */
  addRoot(root: Element, live: boolean): boolean {
    if (this.size >= this.capacity) {
      this.dropped += this.size;
      this.clear();
      return false;
    }
    (live ? this.liveRoots : this.roots).add(root);
    return true;
  }

  /** Queue a message element into `into` (waiting or ready); refused when the queues are full. */
  addMessage(el: Element, into: TakeSet<Element>): boolean {
    if (this.size >= this.capacity && !into.has(el)) {
      this.dropped++;
      return false;
    }
    into.add(el);
    return true;
  }

  clear(): void {
    this.roots.clear();
    this.liveRoots.clear();
    this.waiting.clear();
    this.ready.clear();
  }

}
