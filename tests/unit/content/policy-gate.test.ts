// The policy gate (issue 15): before this profile has seen its policy, flagged verdicts reach no
// sink (no card, no event, no risk mark); unflagged ones do; once open, everything does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import { POLICY_READ_KEY } from '@/lib/store/effective-settings';
import { PolicyGate, policyGate } from '@/entrypoints/chat.content/policy-gate';

const element = { id: 'm1' } as unknown as Element;
const message = { messageKey: 'm1', element } as unknown as ScannedMessage;
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
  it('closed: drops flagged verdicts, passes clean ones and session ends', () => {
    const { calls, sink } = recorder();
    const gate = new PolicyGate(sink, false);
    gate.onVerdict(message, flagged, true);
    gate.onVerdict(message, clean, true);
    gate.onSessionEnd();
    expect(calls).toEqual(['clean/true', 'end']);
    expect(gate.isOpen).toBe(false);
  });

  it('lists the messages it held back, once; a session end forgets them', () => {
    const gate = new PolicyGate(recorder().sink, false);
    gate.onVerdict(message, flagged, true);
    gate.onVerdict(message, flagged, false);
    expect(gate.takeHeld()).toEqual([element]);
    expect(gate.takeHeld()).toEqual([]);
    gate.onVerdict(message, flagged, true);
    gate.onSessionEnd();
    expect(gate.takeHeld()).toEqual([]);
  });

  it('too many held back: null, so the caller judges the whole page again', () => {
    const gate = new PolicyGate(recorder().sink, false);
    for (let i = 0; i < 1001; i++) gate.onVerdict({ messageKey: `m${i}`, element: { i } } as unknown as ScannedMessage, flagged, true);
    expect(gate.takeHeld()).toBeNull();
  });

  it('open: passes everything', () => {
    const { calls, sink } = recorder();
    const gate = new PolicyGate(sink, false);
    gate.openNow();
    gate.onVerdict(message, flagged, true);
    expect(calls).toEqual(['flagged/true']);
    expect(gate.isOpen).toBe(true);
  });
});

describe('policyGate()', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts open in a profile that has seen its policy, without waiting', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_READ_KEY]: true });
    const onOpen = vi.fn();
    const gate = await policyGate(recorder().sink, onOpen);
    expect(gate.isOpen).toBe(true);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('on a fresh profile opens after the first managed answer, then asks for a re-judge', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const onOpen = vi.fn();
    const { calls, sink } = recorder();
    const gate = await policyGate(sink, onOpen);
    gate.onVerdict(message, flagged, true);
    expect(gate.isOpen).toBe(false);
    answer({});
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(gate.isOpen).toBe(true);
    expect(calls).toEqual([]);
    get.mockRestore();
  });
});
