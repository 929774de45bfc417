// The policy gate (issue 15): before this profile has seen its policy, flagged verdicts reach no
// sink (no card, no event, no risk mark); unflagged ones do; on opening, what was held goes
// through (unless the session ended meanwhile), then everything does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Verdict } from '@/lib/detect/types';
import { MAX_SEEN_MESSAGES, type ScannedMessage } from '@/lib/scan/page-scanner';
import { POLICY_READ_KEY } from '@/lib/store/effective-settings';
import { PolicyGate, policyGate } from '@/entrypoints/chat.content/policy-gate';

const message = { messageKey: 'm1' } as unknown as ScannedMessage;
const flagged = { flagged: true, category: 'scam' } as unknown as Verdict;
const clean = { flagged: false } as unknown as Verdict;

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    sink: {
      onVerdict: (_m: ScannedMessage, v: Verdict, first: boolean) => calls.push(`${v.flagged ? 'flagged' : 'clean'}/${first}`),
      onSessionEnd: () => calls.push('end'),
    },
  };
}

describe('PolicyGate', () => {
  it('closed: holds flagged verdicts back, passes clean ones', () => {
    const { calls, sink } = recorder();
    const gate = new PolicyGate(sink, false);
    gate.onVerdict(message, flagged, true);
    gate.onVerdict(message, clean, true);
    expect(calls).toEqual(['clean/true']);
    expect(gate.isOpen).toBe(false);
  });

  it('opening hands over what was held, once per message (its latest element, first kept), then passes everything', () => {
    const { calls, sink } = recorder();
    const gate = new PolicyGate(sink, false);
    const rerendered = { messageKey: 'm1', element: 'new row' } as unknown as ScannedMessage;
    gate.onVerdict(message, flagged, true);
    gate.onVerdict(rerendered, flagged, false);
    const seen: unknown[] = [];
    const spy = vi.spyOn(sink, 'onVerdict').mockImplementation((m, v, first) => (seen.push(m), calls.push(`${v.flagged ? 'flagged' : 'clean'}/${first}`)));
    gate.openNow();
    expect(calls).toEqual(['flagged/true']);
    expect(seen).toEqual([rerendered]);
    gate.openNow();
    gate.onVerdict(message, flagged, false);
    expect(calls).toEqual(['flagged/true', 'flagged/false']);
    expect(gate.isOpen).toBe(true);
    spy.mockRestore();
  });

  it('more held than it keeps: the caller is told to judge the page again', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({} as never);
    const gate = new PolicyGate(recorder().sink, false);
    for (let i = 0; i <= MAX_SEEN_MESSAGES; i++) gate.onVerdict({ messageKey: `m${i}` } as unknown as ScannedMessage, flagged, true);
    const settle = vi.fn(async (_mustRejudge: boolean) => undefined);
    gate.openAfterPolicyRead(settle);
    await vi.waitFor(() => expect(gate.isOpen).toBe(true));
    expect(settle).toHaveBeenCalledWith(true);
    vi.restoreAllMocks();
  });

  it('a session end drops what was held: the next session judges afresh', () => {
    const { calls, sink } = recorder();
    const gate = new PolicyGate(sink, false);
    gate.onVerdict(message, flagged, true);
    gate.onSessionEnd();
    gate.openNow();
    expect(calls).toEqual(['end']);
  });
});

describe('policyGate()', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts open in a profile that has seen its policy, without waiting', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_READ_KEY]: true });
    const settle = vi.fn(async () => undefined);
    const gate = await policyGate(recorder().sink);
    expect(gate.isOpen).toBe(true);
    gate.openAfterPolicyRead(settle);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settle).not.toHaveBeenCalled();
  });

  it('on a fresh profile opens after the first managed answer, once the settings are settled, and hands over the held warning', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const { calls, sink } = recorder();
    const gate = await policyGate(sink);
    let settled = false;
    gate.openAfterPolicyRead(async () => {
      expect(gate.isOpen).toBe(false);
      settled = true;
    });
    gate.onVerdict(message, flagged, true);
    expect(gate.isOpen).toBe(false);
    expect(calls).toEqual([]);
    answer({});
    await vi.waitFor(() => expect(gate.isOpen).toBe(true));
    expect(settled).toBe(true);
    expect(calls).toEqual(['flagged/true']);
    get.mockRestore();
  });

  it('settings changed by the policy: the session ends while still closed, nothing stale is handed over', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const { calls, sink } = recorder();
    const gate = await policyGate(sink);
    gate.openAfterPolicyRead(async () => gate.onSessionEnd());
    gate.onVerdict(message, flagged, true);
    answer({ disabledCategories: ['scam'] });
    await vi.waitFor(() => expect(gate.isOpen).toBe(true));
    expect(calls).toEqual(['end']);
    get.mockRestore();
  });
});
