// Lookup tables in typed arrays, built once when compiled rules are loaded. Several times faster
// than a Map on the hot path, and no per-lookup allocation.

/**
 * Integer → integer hash table (open addressing, linear probing). Keys must be ≥ 0 and < 2^31.
 */
export class IntTable {
  /** Key and value side by side (one cache line per probe): [k0, v0, k1, v1, …], key -1 = empty. */
  private slots: Int32Array;
  private mask: number;
  /** Fibonacci hashing: the top bits of k × 2^32/φ spread consecutive keys evenly. */
  private shift: number;
  /** `keys[i] → vals[i]` for i < count (a later duplicate key overwrites an earlier one). */
  constructor(keys: ArrayLike<number>, vals: ArrayLike<number>, count = keys.length) {
    let cap = 16;
    let bits = 4;
    while (cap < count * 2) {
      cap <<= 1;
      bits++;
    }
    const slots = (this.slots = new Int32Array(cap * 2).fill(-1));
    const mask = (this.mask = cap - 1);
    const shift = (this.shift = 32 - bits);
    for (let j = 0; j < count; j++) {
      const k = keys[j]!;
      let i = Math.imul(k, 0x9e3779b1) >>> shift;
      while (slots[2 * i] !== -1 && slots[2 * i] !== k) i = (i + 1) & mask;
      slots[2 * i] = k;
      slots[2 * i + 1] = vals[j]!;
    }
  }
  /** The value for `k`, or -1. */
  get(k: number): number {
    const slots = this.slots;
    let i = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const x = slots[2 * i];
      if (x === k) return slots[2 * i + 1]!;
      if (x === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 code units (the tokenizer computes the same hash as it writes a key). */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashUnits(units: ArrayLike<number>, s: number, e: number): number {
  let h = HASH_SEED;
  for (let i = s; i < e; i++) h = Math.imul(h ^ units[i]!, HASH_PRIME);
  return h;
}

function hashString(str: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), HASH_PRIME);
  return h;
}

/**
 * Word key → word id, looked up by the key's code units where they lie (in a token buffer), so a
 * word of the text is found without being turned into a string.
 */
export class KeyTable {
  /** All keys, back to back, and where each starts (keyStart[n] = end). */
  private units: Uint16Array;
  private keyStart: Int32Array;
  private ids: Int32Array;
  /** Per slot: the key's hash and its index (-1 = empty), side by side. */
  private slots: Int32Array;
  private mask: number;

  constructor(keys: readonly string[], ids: ArrayLike<number>) {
    let total = 0;
    for (const k of keys) total += k.length;
    this.units = new Uint16Array(total);
    this.keyStart = new Int32Array(keys.length + 1);
    this.ids = Int32Array.from(ids);
    let at = 0;
    keys.forEach((k, i) => {
      this.keyStart[i] = at;
      for (let c = 0; c < k.length; c++) this.units[at++] = k.charCodeAt(c);
    });
    this.keyStart[keys.length] = at;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const h = hashUnits(this.units, this.keyStart[i]!, this.keyStart[i + 1]!);
      let slot = h & this.mask;
      while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = h;
      this.slots[2 * slot + 1] = i;
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** The id of the key units[s, e), or -1; `h` is its hash (see hashUnits) when the caller has it. */
  get(units: ArrayLike<number>, s: number, e: number, h = hashUnits(units, s, e)): number {
    const len = e - s;
    let slot = h & this.mask;
    for (;;) {
      const k = this.slots[2 * slot + 1]!;
      if (k === -1) return -1;
      const ks = this.keyStart[k]!;
      if (this.slots[2 * slot] === h && this.keyStart[k + 1]! - ks === len) {
        let same = true;
        for (let i = 0; i < len; i++) {
          if (this.units[ks + i] !== units[s + i]) { same = false; break; }
        }
        if (same) return this.ids[k]!;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of a key given as a string, or -1. */
  getString(key: string): number {
    const h = hashString(key);
    let slot = h & this.mask;
    for (;;) {
      const k = this.slots[2 * slot + 1]!;
      if (k === -1) return -1;
      const ks = this.keyStart[k]!;
      if (this.slots[2 * slot] === h && this.keyStart[k + 1]! - ks === key.length) {
        let same = true;
        for (let i = 0; i < key.length; i++) {
          if (this.units[ks + i] !== key.charCodeAt(i)) { same = false; break; }
        }
        if (same) return this.ids[k]!;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
