// The tab's side of loading the model: any failure leaves the rules alone, nothing throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestModel } from '@/entrypoints/chat.content/model-loader';
import { bytesToBase64 } from '@/lib/detect/model/base64';

const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'public/model/detector.bin')));
const answer = (reply: unknown) => fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(reply));

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('requestModel (content script)', () => {
  it('decodes and checks the model the worker sends', async () => {
    answer({ ok: true, base64: bytesToBase64(bytes) });
    const model = await requestModel();
    expect(model?.heads).toEqual(['grooming', 'scam', 'bullying']);
  });

  it.each([
    ['the worker could not read the file', { ok: false, error: 'model file: HTTP 404' }],
    ['the file is damaged', { ok: true, base64: bytesToBase64(bytes.slice(0, 5000)) }],
    ['the answer is not base64', { ok: true, base64: '%%% not base64 %%%' }],
    ['no answer at all', undefined],
  ])('returns null (rules only) when %s', async (_what, reply) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer(reply);
    await expect(requestModel()).resolves.toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Reduced protection'), expect.anything());
  });
});
