// @vitest-environment happy-dom
// The content script's card sink (issue 14): the warning UI is loaded once, on the first flagged
// verdict; verdicts before it arrives wait (bounded) and are handed over when it does.
import { describe, expect, it, vi } from 'vitest';
import { CardSink, MAX_WAITING_CARDS } from '@/entrypoints/chat.content/card-sink';
import { TEST_UI_NAMES } from '@/entrypoints/chat.content/warning/shadow-host';
import type { CardLayer, WarningUi } from '@/entrypoints/chat.content/warning/ui-contract';
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';

const OK = { flagged: false } as unknown as Verdict;
const RISK = { flagged: true, category: 'scam', severity: 'medium' } as unknown as Verdict;

function message(key: string, connected = true): ScannedMessage {
  const element = document.createElement('li');
  if (connected) document.body.append(element);
  return { element, messageKey: key, conversationKey: 'c', text: key, direction: 'in' };
}

function fakeUi() {
  const seen: string[] = [];
  const layer = {
    onVerdict: (m: ScannedMessage, v: Verdict) => void seen.push(`${m.messageKey}:${v.flagged}`),
    onSessionEnd: () => undefined,
    configure: vi.fn(),
    applyAnswers: vi.fn(),
    setEventId: vi.fn(),
    setNames: vi.fn(),
    clear: vi.fn(),
  } satisfies CardLayer;
  const ui = { createCardLayer: vi.fn(() => layer), renderNudge: vi.fn(), unrender: vi.fn() } satisfies WarningUi;
  return { ui, layer, seen };
}

const options = () => ({ adapter: () => null, falseAlarms: new Set<string>(), onAccepted: () => undefined, names: TEST_UI_NAMES });

describe('CardSink', () => {
  it('loads nothing while nothing is flagged', async () => {
    const load = vi.fn(async () => null);
    const sink = new CardSink(options(), load);
    for (let i = 0; i < 50; i++) sink.onVerdict(message(`m${i}`), OK, true);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the UI once on the first flagged verdict and hands over what waited (still on the page)', async () => {
    const { ui, layer, seen } = fakeUi();
    let resolve!: (value: WarningUi) => void;
    const load = vi.fn(() => new Promise<WarningUi | null>((r) => (resolve = r)));
    const sink = new CardSink(options(), load);
    sink.onVerdict(message('a'), RISK, true);
    sink.onVerdict(message('gone', false), RISK, true);
    sink.onVerdict(message('b'), RISK, true);
    sink.onVerdict(message('b'), OK, true); // accepted meanwhile: no card for it
    sink.setEventId('a', 7);
    expect(load).toHaveBeenCalledTimes(1);
    resolve(ui);
    await vi.waitFor(() => expect(seen).toEqual(['a:true']));
    expect(layer.setEventId).toHaveBeenCalledWith('a', 7);
    sink.onVerdict(message('c'), RISK, true);
    expect(seen).toEqual(['a:true', 'c:true']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps at most MAX_WAITING_CARDS waiting, and tries again when loading failed', async () => {
    const { ui, seen } = fakeUi();
    const load = vi.fn(async () => null as WarningUi | null);
    const sink = new CardSink(options(), load);
    for (let i = 0; i < MAX_WAITING_CARDS + 50; i++) sink.onVerdict(message(`m${i}`), RISK, true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    load.mockImplementation(async () => ui);
    sink.onVerdict(message('last'), RISK, true);
    await vi.waitFor(() => expect(seen.length).toBe(MAX_WAITING_CARDS));
    expect(seen.at(-1)).toBe('last:true');
    expect(seen).not.toContain('m0:true');
  });
});
