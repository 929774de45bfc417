// The content script's delivery of warning events (issue 8: no event lost when the MV3 worker is
// stopped): retried a bounded number of times with growing waits, never more than a bounded
// number waiting, and never retried once the worker answered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_UNSENT_EVENTS, RETRY_DELAYS_MS, sendWarningEvent } from '@/entrypoints/chat.content/event-sender';
import type { WarningShownMessage } from '@/lib/messages';

const event = (n = 0): WarningShownMessage => ({
  type: 'warning-shown',
  event: { time: 1000 + n, site: 'zalo', category: 'grooming', severity: 'high', rules: ['r'], direction: 'in' },
});
const totalRetryMs = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);

describe('sendWarningEvent', () => {
  let send: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    send = vi.fn();
    fakeBrowser.runtime.sendMessage = send as never;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('stores at once when the worker answers, and reports the event id', async () => {
    send.mockResolvedValue({ ok: true, id: 7 });
    const stored = vi.fn();
    sendWarningEvent(event(), stored);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(stored).toHaveBeenCalledWith(7);
  });

  it('retries while no worker answers, then delivers once', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue({ ok: true, id: 3 });
    const stored = vi.fn();
    sendWarningEvent(event(), stored);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(3);
    expect(stored).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last retry and says so', async () => {
    send.mockRejectedValue(new Error('no worker'));
    sendWarningEvent(event());
    await vi.advanceTimersByTimeAsync(totalRetryMs * 2);
    expect(send).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('does not retry a refusal (an answer without an id)', async () => {
    send.mockResolvedValue({ ok: false });
    sendWarningEvent(event());
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps at most MAX_UNSENT_EVENTS waiting, whatever the flood', async () => {
    send.mockRejectedValue(new Error('no worker'));
    for (let i = 0; i < MAX_UNSENT_EVENTS * 3; i++) sendWarningEvent(event(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(MAX_UNSENT_EVENTS);
    await vi.advanceTimersByTimeAsync(totalRetryMs * 2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
