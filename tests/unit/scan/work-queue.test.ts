// The scanner's queues (issue 14): de-duplicated sets taken in order, one bound over all of them.
import { describe, expect, it } from 'vitest';
import { TakeSet, WorkQueue } from '@/lib/scan/work-queue';

const el = (n: number) => ({ n }) as unknown as Element;

describe('TakeSet', () => {
  it('takes in insertion order, once per entry, and sees entries added while taking', () => {
    const set = new TakeSet<number>();
    for (const n of [1, 2, 3, 2, 1]) set.add(n);
    expect(set.size).toBe(3);
    expect(set.take()).toBe(1);
    set.add(4);
    expect([set.take(), set.take(), set.take(), set.take()]).toEqual([2, 3, 4, undefined]);
    // After running dry, new entries are still found.
    set.add(5);
    set.add(1);
    expect([set.take(), set.take(), set.take()]).toEqual([5, 1, undefined]);
  });

  it('taking a large set one by one stays linear (no rescans of taken entries)', () => {
    const set = new TakeSet<number>();
    for (let i = 0; i < 100_000; i++) set.add(i);
    let sum = 0;
    for (let v = set.take(); v !== undefined; v = set.take()) sum += v;
    expect(sum).toBe((100_000 * 99_999) / 2);
  });
});

describe('WorkQueue', () => {
  it('an element queued twice is one entry', () => {
    const queue = new WorkQueue(10);
    const a = el(1);
    queue.addRoot(a, false);
    queue.addRoot(a, false);
    queue.addMessage(a, queue.ready);
    queue.addMessage(a, queue.ready);
    expect(queue.roots.size).toBe(1);
    expect(queue.ready.size).toBe(1);
  });

  it('never holds more than its capacity: a full queue drops its backlog (the caller rescans once)', () => {
    const queue = new WorkQueue(100);
    for (let i = 0; i < 100; i++) expect(queue.addRoot(el(i), i % 2 === 0)).toBe(true);
    expect(queue.size).toBe(100);
    expect(queue.addRoot(el(100), false)).toBe(false);
    expect(queue.size).toBe(0);
    for (let i = 0; i < 250; i++) queue.addMessage(el(1000 + i), queue.waiting);
    expect(queue.size).toBe(100);
    expect(queue.dropped).toBe(100 + 150);
  });
});
