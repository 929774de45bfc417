// Engine benchmark: the detection engine against its peers, in one process, on the same text.
//
// - engine: createDetector().scan() per message — full normalisation, matching, scoring.
// - obscenity: RegExpMatcher with phrases drawn from our rules (recommended transformers).
// - regex: one big RegExp alternation of the same phrases, `\b…\b`, flags `gi`.
// - scanFloor: `toLowerCase()` + one `indexOf` pass (an absent phrase) — the floor any scan pays.
// Figures in MiB/s of UTF-8 (as in ../shared/research/matching-performance.md) and µs/message.
// Throughputs: the approaches take turns, best of RUNS rounds each (see timeInTurns).

import { assignIncrementingIds, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity';
import { expandPattern } from '../../lib/detect/pattern';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../lib/detect/index';
import { builtInRules } from '../../lib/rules/built-in';
import { RULES } from '../../lib/rules/index';
import { benchModel, formatModelRow, type ModelBench } from './model';

/** Phrases given to the peers (the research benchmark used 2,000). */
export const PEER_PHRASES = 2000;
/** Messages for the per-message latency, ~80 characters each. */
export const MESSAGES = 10_000;
/** Share of messages that carry a rule phrase. */
const INJECT_RATE = 0.1;
/** Share of Vietnamese messages (the rest English and French). */
const VI_RATE = 0.3;
/** Size of the throughput text for the fast approaches, and for obscenity (slow: 0.6 MiB/s). */
const TEXT_BYTES = 5 * 1024 * 1024;
const OBSCENITY_TEXT_BYTES = 256 * 1024;
const RUNS = 5;

const FILLER = {
  en: 'the a to and you i it is in that of for on are with be this have not at but what so just do can my we me was like know get go if all up out about lol ok yeah time good day school home tomorrow see now really think want one when will people'.split(' '),
  fr: 'le la les de des un une et est en que qui pas je tu il elle on nous vous ils ce ça c est pour dans sur avec mais ou donc quoi trop bien mdr oui non demain cours école maison ce soir salut'.split(' '),
  vi: 'mình bạn em anh chị không có là của và được những này đi về làm gì với thì cũng rồi nha nhé ơi vậy đó lắm quá hôm nay mai học trường nhà ăn cơm chơi game xem phim điện thoại ok hihi'.split(' '),
};

/** Deterministic PRNG (mulberry32), so every run scans the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain phrases drawn from the rules (no class words), round-robin over rules for variety. */
export function peerPhrases(limit = PEER_PHRASES): string[] {
  const perRule = RULES.map((r) => {
    const alts = [...(r.patterns ?? []), ...(r.near ?? []).flat()].flatMap((p) => expandPattern(p.replace(/^=/, ''))).slice(0, 400);
    return alts.filter((p) => /^[\p{L}\p{N}' ]+$/u.test(p) && p.length >= 3);
  });
  const out = new Set<string>();
  for (let round = 0; out.size < limit; round++) {
    let added = false;
    for (const list of perRule) {
      if (round < list.length && out.size < limit) {
        out.add(list[round]!.toLowerCase());
        added = true;
      }
    }
    if (!added) break;
  }
  return [...out];
}

export function makeMessages(phrases: string[], count = MESSAGES, seed = 42): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const msgs: string[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rand() < VI_RATE ? 'vi' : rand() < 0.5 ? 'en' : 'fr';
    const words: string[] = [];
    let len = 0;
    const target = 60 + Math.floor(rand() * 40);
    while (len < target) {
      const w = pick(FILLER[lang]);
      words.push(rand() < 0.1 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      len += w.length + 1;
    }
    if (rand() < INJECT_RATE) words.splice(Math.floor(rand() * words.length), 0, pick(phrases));
    msgs.push(words.join(' '));
  }
  return msgs;
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Best (least disturbed) ms of each approach over `runs` rounds, after one warm-up each. The
 * approaches take turns within every round, so that on a shared machine a busy moment slows all
 * of them alike rather than whichever ran then; the fastest run of each is the least disturbed.
 */
function timeInTurns(fns: Record<string, { fn: () => unknown; runs: number }>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const [name, { fn }] of Object.entries(fns)) {
    fn();
    best[name] = Infinity;
  }
  const rounds = Math.max(...Object.values(fns).map((f) => f.runs));
  for (let r = 0; r < rounds; r++) {
    for (const [name, { fn, runs }] of Object.entries(fns)) {
      if (r >= runs) continue;
      const t0 = performance.now();
      fn();
      best[name] = Math.min(best[name]!, performance.now() - t0);
    }
  }
  return best;
}

const mibPerSec = (bytes: number, ms: number): number => bytes / 1024 / 1024 / (ms / 1000);
/** Three significant figures (obscenity runs at a fraction of a MiB/s). */
const sig3 = (x: number): number => Number(x.toPrecision(3));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface EngineBench {
  engine: {
    mbPerSec: number;
    usPerMessageP50: number;
    usPerMessageP99: number;
    setupMs: number;
    setupCpuMs: number;
    rules: number;
    terms: number;
    states: number;
    messagesFlagged: number;
  };
  model: ModelBench;
  peers: {
    obscenity: { mbPerSec: number; setupMs: number; phrases: number };
    regex: { mbPerSec: number; setupMs: number; phrases: number };
    scanFloor: { mbPerSec: number };
  };
  ratios: { vsObscenity: number; vsRegex: number; floorOverEngine: number };
  setup: { messages: number; avgMessageChars: number; textMiB: number; phrases: number; node: string };
}

export async function benchEngine(): Promise<EngineBench> {
  const phrases = peerPhrases();
  const messages = makeMessages(phrases);
  // Throughput text: the messages, one per line, repeated to TEXT_BYTES.
  const block = messages.join('\n');
  let text = block;
  while (utf8Bytes(text) < TEXT_BYTES) text += '\n' + block;
  const textBytes = utf8Bytes(text);
  const lines = text.split('\n');

  // Engine: setup (compile once per context), then per-message scans.
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const detector = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
  detector.scan({ text: 'warm up' });
  const setupMs = performance.now() - t0;
  // CPU time of this process (all threads, GC included): on a shared machine the wall time is mostly waiting.
  const setupCpu = process.cpuUsage(cpu0);
  const setupCpuMs = (setupCpu.user + setupCpu.system) / 1000;
  const { automaton } = builtInRules();
  const lat: number[] = new Array(messages.length);
  let flagged = 0;
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < messages.length; i++) {
      const s = process.hrtime.bigint();
      const v = detector.scan({ text: messages[i]! });
      lat[i] = Number(process.hrtime.bigint() - s) / 1000;
      if (round === 1 && v.flagged) flagged++;
    }
  }
  lat.sort((a, b) => a - b);
  const model = benchModel(messages);

  // One RegExp alternation, longest first.
  let t1 = performance.now();
  const alternation = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const re = new RegExp(`\\b(?:${alternation})\\b`, 'gi');
  re.test('warm up');
  const regexSetupMs = performance.now() - t1;

  // obscenity's RegExpMatcher with the same phrases, on a smaller slice (it is slow).
  t1 = performance.now();
  const terms = assignIncrementingIds(phrases.map((p) => parseRawPattern(`|${p.replace(/[\\[\]?|]/g, ' ')}|`)));
  const matcher = new RegExpMatcher({ blacklistedTerms: terms, ...englishRecommendedTransformers });
  matcher.hasMatch('warm up');
  const obscenitySetupMs = performance.now() - t1;
  let small = text.slice(0, OBSCENITY_TEXT_BYTES);
  while (utf8Bytes(small) > OBSCENITY_TEXT_BYTES) small = small.slice(0, small.length - 1024);

  const { engineMs, regexMs, obscenityMs, floorMs } = timeInTurns({
    engineMs: {
      runs: RUNS,
      fn: () => {
        for (const line of lines) detector.scan({ text: line });
      },
    },
    regexMs: {
      runs: RUNS,
      fn: () => {
        re.lastIndex = 0;
        let n = 0;
        while (re.exec(text) !== null) n++;
        return n;
      },
    },
    obscenityMs: { runs: 3, fn: () => matcher.getAllMatches(small).length },
    // The floor: lower-case the text and look once for an absent phrase.
    floorMs: { runs: RUNS, fn: () => text.toLowerCase().indexOf('\u0001absent phrase\u0001') },
  }) as Record<'engineMs' | 'regexMs' | 'obscenityMs' | 'floorMs', number>;

  const engineRate = mibPerSec(textBytes, engineMs);
  const obscenityRate = mibPerSec(utf8Bytes(small), obscenityMs);
  const regexRate = mibPerSec(textBytes, regexMs);
  const floorRate = mibPerSec(textBytes, floorMs);
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    engine: {
      mbPerSec: sig3(engineRate),
      usPerMessageP50: round1(percentile(lat, 50)),
      usPerMessageP99: round1(percentile(lat, 99)),
      setupMs: Math.round(setupMs),
      setupCpuMs: Math.round(setupCpuMs),
      rules: RULES.length,
      terms: automaton.termCount,
      states: automaton.stateCount,
      messagesFlagged: flagged,
    },
    model,
    peers: {
      obscenity: { mbPerSec: sig3(obscenityRate), setupMs: Math.round(obscenitySetupMs), phrases: phrases.length },
      regex: { mbPerSec: sig3(regexRate), setupMs: Math.round(regexSetupMs), phrases: phrases.length },
      scanFloor: { mbPerSec: sig3(floorRate) },
    },
    ratios: {
      vsObscenity: sig3(engineRate / obscenityRate),
      vsRegex: sig3(engineRate / regexRate),
      floorOverEngine: sig3(floorRate / engineRate),
    },
    setup: {
      messages: messages.length,
      avgMessageChars: Math.round(messages.reduce((a, m) => a + m.length, 0) / messages.length),
      textMiB: Math.round((textBytes / 1024 / 1024) * 10) / 10,
      phrases: phrases.length,
      node: process.version,
    },
  };
}

export function formatEngineBench(r: EngineBench): string {
  const rows: Array<[string, string, string]> = [
    ['engine (normalise + match + score)', `${r.engine.mbPerSec} MiB/s`, `p50 ${r.engine.usPerMessageP50} µs, p99 ${r.engine.usPerMessageP99} µs / message; setup ${r.engine.setupMs} ms (${r.engine.setupCpuMs} ms CPU)`],
    formatModelRow(r.model),
    ['obscenity RegExpMatcher', `${r.peers.obscenity.mbPerSec} MiB/s`, `${r.peers.obscenity.phrases} phrases; setup ${r.peers.obscenity.setupMs} ms`],
    ['one RegExp alternation (\\b, gi)', `${r.peers.regex.mbPerSec} MiB/s`, `${r.peers.regex.phrases} phrases; setup ${r.peers.regex.setupMs} ms`],
    ['floor: toLowerCase + indexOf', `${r.peers.scanFloor.mbPerSec} MiB/s`, ''],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  return [
    `Engine: ${r.engine.rules} rules → ${r.engine.terms} terms, ${r.engine.states} automaton states; ${r.setup.messages} messages of ~${r.setup.avgMessageChars} chars (${r.engine.messagesFlagged} flagged), ${r.setup.textMiB} MiB text; Node ${r.setup.node}`,
    ...rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`),
    `engine = ${r.ratios.vsObscenity}× obscenity, ${r.ratios.vsRegex}× the RegExp; floor is ${r.ratios.floorOverEngine}× faster than the engine`,
  ].join('\n');
}
