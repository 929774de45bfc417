// The tab's side of loading what it judges with (rules + model, one answer from the worker): any
// failure leaves the other part to judge, says "Reduced protection", and nothing throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestDetectionData } from '@/entrypoints/chat.content/detection-data';
import { bytesToBase64 } from '@/lib/detect/model/base64';
import { PACKED_RULES } from '@/lib/rules/packed';
import { checkPackedRules } from '@/lib/store/rules-file';

const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'public/model/detector.bin')));
const rulesOk = { ok: true, packed: PACKED_RULES };
const modelOk = { ok: true, base64: bytesToBase64(bytes) };
const answer = (reply: unknown) => fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(reply));

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('requestDetectionData (content script)', () => {
  it('takes the rules and decodes and checks the model the worker sends', async () => {
    answer({ rules: rulesOk, model: modelOk });
    const data = await requestDetectionData();
    expect(data.model?.heads).toEqual(['grooming', 'scam', 'bullying']);
    expect(data.rules).toEqual(PACKED_RULES);
  });

  it.each([
    ['the worker could not read the file', { ok: false, error: 'model file: HTTP 404' }],
    ['the file is damaged', { ok: true, base64: bytesToBase64(bytes.slice(0, 5000)) }],
    ['the answer is not base64', { ok: true, base64: '%%% not base64 %%%' }],
  ])('keeps the rules, without a model, when %s', async (_what, model) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer({ rules: rulesOk, model });
    const data = await requestDetectionData();
    expect(data).toEqual({ rules: PACKED_RULES, model: null });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Reduced protection'), expect.anything());
  });

  it('keeps the model, without rules, when the worker could not read the rules', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer({ rules: { ok: false, error: 'rules file: HTTP 404' }, model: modelOk });
    const data = await requestDetectionData();
    expect(data.rules).toBeNull();
    expect(data.model?.heads).toEqual(['grooming', 'scam', 'bullying']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Reduced protection: the phrase rules'), 'rules file: HTTP 404');
  });

  it('returns neither, and says so, when the worker does not answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer(undefined);
    await expect(requestDetectionData()).resolves.toEqual({ rules: null, model: null });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Reduced protection'), expect.anything());
  });
});

describe('checkPackedRules (worker)', () => {
  it('accepts the shipped package and refuses other formats and damaged ones', () => {
    expect(checkPackedRules(JSON.parse(JSON.stringify(PACKED_RULES)))).toEqual({ ok: true, packed: PACKED_RULES });
    expect(checkPackedRules({ ...PACKED_RULES, format: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('format') });
    expect(checkPackedRules({ ...PACKED_RULES, ints: undefined })).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
    expect(checkPackedRules(null)).toMatchObject({ ok: false });
    expect(checkPackedRules('<html>')).toMatchObject({ ok: false });
  });
});
