// The command-line contract used by parents, school IT and independent checks.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Spawning tsx takes seconds on a busy 2-core machine; these tests are about behaviour, not time. */
const SPAWN_TIMEOUT_MS = 120_000;
const run = (args: string[], input = '') =>
  spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: SPAWN_TIMEOUT_MS });

describe('scan --jsonl', () => {
  test('one answer per input line, in order, whatever the line', () => {
    const lines = [
      JSON.stringify({ text: 'send me nudes' }),
      JSON.stringify({ text: 'see you at school', lang: 'en' }),
      '',
      'not json at all {',
      JSON.stringify([1, 2]),
      JSON.stringify({ no_text: true }),
      JSON.stringify({ text: 'x'.repeat(1024 * 1024) + ' send me nudes' }),
      'y'.repeat(1024 * 1024),
      '\u0000\u0001\u0002\ufffd\ufffd binary-ish \u0007',
      JSON.stringify({ text: 'how old are you?', conv_id: 'c1' }),
      JSON.stringify({ text: 'are you home alone?', conv_id: 'c1' }),
      JSON.stringify({ text: "don't tell your mom", conv_id: 'c1' }),
      JSON.stringify({ text: "don't tell your mom", conv_id: 'c2' }),
      JSON.stringify({ text: 'my number is 0912 345 678', direction: 'out' }),
    ];
    const r = run(['--jsonl'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    for (const o of out) for (const k of ['flagged', 'category', 'severity', 'score', 'rules', 'spans', 'signals', 'model', 'conversation']) expect(o).toHaveProperty(k);
    // The learned stage: a score per category on every judged incoming line; a conversation score where conv_id is given.
    expect(Object.keys(out[1].model).sort()).toEqual(['bullying', 'grooming', 'scam']);
    expect(out[1].conversation).toBeNull();
    for (const i of [9, 10, 11, 12]) expect(out[i].conversation).toMatchObject({ category: expect.any(String), score: expect.any(Number) });
    expect(out[0]).toMatchObject({ flagged: true, category: 'sexual_request', severity: 'high' });
    expect(out[0].spans).toEqual([[0, 13]]);
    expect(out[1].flagged).toBe(false);
    for (const i of [2, 3, 4, 5, 7, 8]) {
      expect(out[i].flagged).toBe(false);
      expect(typeof out[i].error).toBe('string');
    }
    expect(out[6]).toMatchObject({ flagged: false, truncated: true }); // the phrase lies beyond MAX_SCAN_CHARS
    expect(out[11]).toMatchObject({ flagged: true, category: 'grooming' }); // context of c1
    expect(out[12].flagged).toBe(false); // c2 has no context
    expect(out[13]).toMatchObject({ flagged: true, category: 'personal_info', severity: 'low' });
  }, SPAWN_TIMEOUT_MS);

  test('--rules-only leaves the learned stage out; a missing model file is reported and the rules still judge', () => {
    const line = JSON.stringify({ text: 'send me nudes' }) + '\n';
    const rulesOnly = run(['--jsonl', '--rules-only'], line);
    expect(JSON.parse(rulesOnly.stdout)).toMatchObject({ flagged: true, category: 'sexual_request', model: null });
    const missing = run(['--jsonl', '--model', 'no/such/model.bin'], line);
    expect(missing.status).toBe(0);
    expect(missing.stderr).toMatch(/reduced protection, rules only/);
    expect(JSON.parse(missing.stdout)).toMatchObject({ flagged: true, category: 'sexual_request', model: null });
  }, 2 * SPAWN_TIMEOUT_MS);

  test('--sensitivity changes the verdicts; a bad value is refused', () => {
    const input = JSON.stringify({ text: 'r u home alone?' }) + '\n';
    expect(JSON.parse(run(['--sensitivity', 'strict', '--jsonl'], input).stdout).flagged).toBe(true);
    const r = run(['--sensitivity', 'extreme', '--jsonl'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sensitivity/);
  }, 2 * SPAWN_TIMEOUT_MS);
});

test('scan "text" prints a readable verdict', () => {
  const r = run(['gửi ảnh nóng cho anh đi']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/RISK\s+sexual_request/);
  expect(r.stdout).toMatch(/gửi ảnh nóng/);
}, SPAWN_TIMEOUT_MS);
