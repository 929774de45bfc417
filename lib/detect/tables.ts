// A compact automaton (./compile.ts) → the tables the run loop reads (./matcher.ts): transitions,
// failure links, merged outputs, and the chain tables. Linear in the size of the automaton, with
// typed arrays only: this is what a page does with the packed rules instead of compiling them.
//
// Lists are CSR: list i is `flat[start[i] .. start[i + 1])` (outputs: `outStart[s] .. outEnd[s]`,
// because a state without a term of its own shares the list of its failure state).

import type { CompactAutomaton } from './compile';
import { IntTable, KeyTable } from './hash-tables';

export interface AutomatonTables {
  /** Word key → word id, per key space (fold, exact). */
  vocab: [KeyTable, KeyTable];
  /** Transitions: state * idStride + word id → next state. */
  idStride: number;
  next: IntTable;
  /** The root's transitions by word id (most steps start there), -1 for none. */
  rootNext: Int32Array;
  fail: Int32Array;
  /** Terms ending at each state: its own, then those inherited through failure links. */
  outStart: Int32Array;
  outEnd: Int32Array;
  outTerms: Int32Array;
  /** Per term: its length in words, and the chains it completes alone. */
  termLen: Int32Array;
  soloStart: Int32Array;
  soloChains: Int32Array;
  /** Per slot: its chain, whether it is optional, whether it may end its chain. */
  slotChain: Int32Array;
  slotOptional: Uint8Array;
  slotCanEnd: Uint8Array;
  /** Slot membership: slot * termStride + term → 1. */
  termStride: number;
  slotTerm: IntTable;
  /** (term A) * termStride + (term B) → i: pairSlots[pairStart[i] ..] are the slots of B that may
   *  directly follow a startable slot holding A. */
  pair: IntTable;
  /** Per term: 1 when it is the first (pairFirst) or second (pairSecond) term of some pair. */
  pairFirst: Uint8Array;
  pairSecond: Uint8Array;
  pairStart: Int32Array;
  pairSlots: Int32Array;
  /** Per chain: its rule and group. */
  entryRule: Int32Array;
  entryGroup: Int32Array;
}

/** Slots whose pairs are built in one step (about a fifth of the built-in rules'). */
const PAIR_SLOTS_PER_STEP = 1024;

/** Keys combine two indexes into one int32 (see IntTable). */
const MAX_KEY = 2 ** 31 - 1;

/** Parents of a depth-first trie given each state's child count, in state order (-1 for the root). */
export function parentsOf(childCount: ArrayLike<number>): Int32Array {
  const n = childCount.length;
  const parent = new Int32Array(n).fill(-1);
  const remaining = Int32Array.from(childCount);
  const stack = new Int32Array(n);
  let top = 0;
  for (let k = 1; k < n; k++) {
    while (remaining[stack[top]!] === 0) top--;
    const p = stack[top]!;
    remaining[p]!--;
    parent[k] = p;
    stack[++top] = k;
  }
  return parent;
}

function vocabulary(c: CompactAutomaton, space: 0 | 1): KeyTable {
  const keys: string[] = [];
  const ids: number[] = [];
  c.words.forEach((w, i) => {
    if (c.wordSpace[i] === space) {
      keys.push(w);
      ids.push(i + 1);
    }
  });
  keys.push(...c.aliasKeys[space]);
  ids.push(...c.aliasIds[space]);
  return new KeyTable(keys, ids);
}

/** Run steps to the end and return their result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export function buildTables(c: CompactAutomaton): AutomatonTables {
  return runSteps(buildTablesInSteps(c));
}

/** buildTables in a few steps (a yield between them), so a page can give itself a turn in between. */
export function* buildTablesInSteps(c: CompactAutomaton): Generator<void, AutomatonTables> {
  const states = c.childCount.length;
  const idStride = c.words.length + 1;
  if (states * idStride > MAX_KEY) throw new Error('automaton too large for int32 transition keys');

  // Trie: parents from the depth-first order, then each state's children in order.
  const parent = parentsOf(c.childCount);
  const depth = new Int32Array(states);
  for (let k = 1; k < states; k++) depth[k] = depth[parent[k]!]! + 1;
  const childStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) childStart[s + 1] = childStart[s]! + c.childCount[s]!;
  const children = new Int32Array(Math.max(0, states - 1));
  const fill = childStart.slice(0, states);
  const transKeys = new Int32Array(Math.max(0, states - 1));
  for (let k = 1; k < states; k++) {
    children[fill[parent[k]!]!++] = k;
    transKeys[k - 1] = parent[k]! * idStride + c.edgeWord[k]!;
  }
  const next = new IntTable(transKeys, Int32Array.from({ length: Math.max(0, states - 1) }, (_, i) => i + 1));
  const rootNext = new Int32Array(idStride).fill(-1);
  for (let x = childStart[0]!; x < childStart[1]!; x++) rootNext[c.edgeWord[children[x]!]!] = children[x]!;

  yield;
  // Failure links and outputs, breadth first (a state's failure state is shallower, so done before it).
  // Terms are numbered 0..terms-1, each ending at one state.
  let terms = 0;
  for (let s = 0; s < states; s++) if (c.stateTerm[s]! >= 0) terms++;
  const termLen = new Int32Array(terms);
  for (let s = 0; s < states; s++) if (c.stateTerm[s]! >= 0) termLen[c.stateTerm[s]!] = depth[s]!;
  const fail = new Int32Array(states);
  const outStart = new Int32Array(states);
  const outEnd = new Int32Array(states);
  let outTerms = new Int32Array(Math.max(16, terms * 2));
  let outUsed = 0;
  const queue = new Int32Array(states);
  let qn = 0;
  for (let x = childStart[0]!; x < childStart[1]!; x++) queue[qn++] = children[x]!;
  for (let qi = 0; qi < qn; qi++) {
    const s = queue[qi]!;
    const own = c.stateTerm[s]!;
    const f = fail[s]!;
    if (own < 0) {
      outStart[s] = outStart[f]!;
      outEnd[s] = outEnd[f]!;
    } else {
      const inherited = outEnd[f]! - outStart[f]!;
      if (outUsed + 1 + inherited > outTerms.length) {
        const bigger = new Int32Array(Math.max(outTerms.length * 2, outUsed + 1 + inherited));
        bigger.set(outTerms.subarray(0, outUsed));
        outTerms = bigger;
      }
      outStart[s] = outUsed;
      outTerms[outUsed++] = own;
      outTerms.copyWithin(outUsed, outStart[f]!, outEnd[f]!);
      outUsed += inherited;
      outEnd[s] = outUsed;
    }
    for (let x = childStart[s]!; x < childStart[s + 1]!; x++) {
      const child = children[x]!;
      const id = c.edgeWord[child]!;
      let g = fail[s]!;
      let t: number;
      while ((t = next.get(g * idStride + id)) === -1 && g !== 0) g = fail[g]!;
      fail[child] = t !== -1 && t !== child ? t : 0;
      queue[qn++] = child;
    }
  }

  yield;
  // Chain tables.
  const slots = c.slotChain.length;
  const { slotChain, slotOptional } = c;
  const termStart = new Int32Array(slots + 1);
  for (let g = 0; g < slots; g++) termStart[g + 1] = termStart[g]! + c.slotTermCount[g]!;
  const canStart = new Uint8Array(slots);
  const canEnd = new Uint8Array(slots);
  for (let g = 0; g < slots; g++) {
    const prevSame = g > 0 && slotChain[g - 1] === slotChain[g];
    canStart[g] = !prevSame || (canStart[g - 1] && slotOptional[g - 1]) ? 1 : 0;
  }
  for (let g = slots - 1; g >= 0; g--) {
    const nextSame = g + 1 < slots && slotChain[g + 1] === slotChain[g];
    canEnd[g] = !nextSame || (canEnd[g + 1] && slotOptional[g + 1]) ? 1 : 0;
  }
  const termStride = Math.max(1, terms);
  if (slots * termStride > MAX_KEY || terms * termStride > MAX_KEY) throw new Error('automaton too large for int32 slot keys');
  const slotTermKeys = new Int32Array(c.slotTerms.length);
  for (let g = 0; g < slots; g++) for (let x = termStart[g]!; x < termStart[g + 1]!; x++) slotTermKeys[x] = g * termStride + c.slotTerms[x]!;
  const slotTerm = new IntTable(slotTermKeys, new Int32Array(slotTermKeys.length).fill(1));

  // Chains a term completes alone: per term, in slot order.
  const soloStart = new Int32Array(terms + 1);
  for (let g = 0; g < slots; g++) {
    if (canStart[g] && canEnd[g]) for (let x = termStart[g]!; x < termStart[g + 1]!; x++) soloStart[c.slotTerms[x]! + 1]!++;
  }
  for (let t = 0; t < terms; t++) soloStart[t + 1]! += soloStart[t]!;
  const soloChains = new Int32Array(soloStart[terms] ?? 0);
  const soloFill = soloStart.slice(0, terms);
  for (let g = 0; g < slots; g++) {
    if (canStart[g] && canEnd[g]) for (let x = termStart[g]!; x < termStart[g + 1]!; x++) soloChains[soloFill[c.slotTerms[x]!]!++] = slotChain[g]!;
  }

  yield;
  // Pairs: (term of a startable slot, term of a slot that may come next) → those next slots, in
  // order, each once. Sized by a first pass (the number of (term, term, slot) combinations), kept
  // as linked lists per pair, then flattened.
  let combos = 0;
  for (let g = 0; g < slots; g++) {
    if (!canStart[g]) continue;
    for (let h = g + 1; h < slots && slotChain[h] === slotChain[g]; h++) {
      combos += c.slotTermCount[g]! * c.slotTermCount[h]!;
      if (!slotOptional[h]) break;
    }
  }
  const pairKeys = new Int32Array(combos);
  const pairHead = new Int32Array(combos);
  const pairTail = new Int32Array(combos);
  const linkSlot = new Int32Array(combos);
  const linkNext = new Int32Array(combos);
  let pairs = 0;
  let links = 0;
  const pairIndex = new IntMap(combos);
  const pairFirst = new Uint8Array(terms);
  const pairSecond = new Uint8Array(terms);
  for (let g = 0; g < slots; g++) {
    if (g % PAIR_SLOTS_PER_STEP === PAIR_SLOTS_PER_STEP - 1) yield;
    if (!canStart[g]) continue;
    const chain = slotChain[g];
    for (let h = g + 1; h < slots && slotChain[h] === chain; h++) {
      for (let x = termStart[g]!; x < termStart[g + 1]!; x++) {
        const a = c.slotTerms[x]!;
        for (let y = termStart[h]!; y < termStart[h + 1]!; y++) {
          const b = c.slotTerms[y]!;
          pairFirst[a] = 1;
          pairSecond[b] = 1;
          const key = a * termStride + b;
          let p = pairIndex.get(key);
          if (p === -1) {
            p = pairs++;
            pairIndex.set(key, p);
            pairKeys[p] = key;
            pairHead[p] = -1;
          } else {
            let listed = false;
            for (let l = pairHead[p]!; l !== -1 && !listed; l = linkNext[l]!) listed = linkSlot[l] === h;
            if (listed) continue;
          }
          const link = links++;
          linkSlot[link] = h;
          linkNext[link] = -1;
          if (pairHead[p] === -1) pairHead[p] = link;
          else linkNext[pairTail[p]!] = link;
          pairTail[p] = link;
        }
      }
      if (!slotOptional[h]) break;
    }
  }
  const pairStart = new Int32Array(pairs + 1);
  const pairSlots = new Int32Array(links);
  const pairIds = new Int32Array(pairs);
  let used = 0;
  for (let p = 0; p < pairs; p++) {
    pairStart[p] = used;
    pairIds[p] = p;
    for (let l = pairHead[p]!; l !== -1; l = linkNext[l]!) pairSlots[used++] = linkSlot[l]!;
  }
  pairStart[pairs] = used;

  yield;
  const foldVocab = vocabulary(c, 0);
  yield;
  const vocab: [KeyTable, KeyTable] = [foldVocab, vocabulary(c, 1)];
  return {
    vocab,
    idStride,
    next,
    rootNext,
    fail,
    outStart,
    outEnd,
    outTerms: outTerms.slice(0, outUsed),
    termLen,
    soloStart,
    soloChains,
    slotChain,
    slotOptional,
    slotCanEnd: canEnd,
    termStride,
    slotTerm,
    pair: new IntTable(pairKeys, pairIds, pairs),
    pairFirst,
    pairSecond,
    pairStart,
    pairSlots,
    entryRule: c.entryRule,
    entryGroup: c.entryGroup,
  };
}

/** Integer → integer map for at most `capacity` keys (open addressing), for building the pair table. */
class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(k: number): number {
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  get(k: number): number {
    const i = this.slot(k);
    return this.keys[i] === k ? this.vals[i]! : -1;
  }

  set(k: number, v: number): void {
    const i = this.slot(k);
    this.keys[i] = k;
    this.vals[i] = v;
  }
}
