// @vitest-environment happy-dom
// The page session (issue 14): one AbortController per (adapter, URL) that stops everything it
// started; verdicts reach every sink once; a re-render is not judged again; bounded queues.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '@/lib/detect/types';
import { PageSession } from '@/lib/scan/page-session';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import { fanOut, type VerdictSink } from '@/lib/scan/sinks';
import type { SiteAdapter } from '@/lib/sites/types';

const OK: Verdict = { flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [] } as unknown as Verdict;
const RISK: Verdict = { flagged: true, category: 'grooming', severity: 'high', score: 1, rules: ['r'], spans: [], signals: [] } as unknown as Verdict;

const adapter: SiteAdapter = {
  id: 'generic',
  matchesUrl: () => true,
  findContainer: (doc) => doc.querySelector('#list'),
  findMessages: (root) => (root.matches('li') ? [root] : [...root.querySelectorAll('li')]),
  closestMessage: (node) => node.closest('li'),
  readMessage: (el) => ({ text: el.textContent ?? '', direction: 'in', platformId: el.id || undefined }),
  conversationKey: () => 'c1',
  selectorsTried: ['#list'],
  expectsChat: () => true,
};

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

function recorder(): VerdictSink & { calls: Array<[string, boolean, boolean]>; ended: number } {
  const sink = {
    calls: [] as Array<[string, boolean, boolean]>,
    ended: 0,
    onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean) {
      sink.calls.push([message.messageKey, verdict.flagged, first]);
    },
    onSessionEnd() {
      sink.ended++;
    },
  };
  return sink;
}

function addRow(id: string, text: string): HTMLElement {
  const li = document.createElement('li');
  li.id = id;
  li.textContent = text;
  document.querySelector('#list')!.append(li);
  return li;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('hands each live message to every sink once, and a re-render without judging it again', async () => {
    document.body.innerHTML = '<ol id="list"></ol>';
    const judge = vi.fn((m: ScannedMessage) => (m.text.includes('secret') ? RISK : OK));
    const a = recorder();
    const b = recorder();
    const session = new PageSession({ adapter, win: window, judge, sink: fanOut([a, b]) }).start();
    await settle();
    addRow('m1', 'hello');
    addRow('m2', 'our secret');
    await settle();
    expect(judge).toHaveBeenCalledTimes(2);
    expect(a.calls).toEqual([
      ['generic:m1', false, true],
      ['generic:m2', true, true],
    ]);
    expect(b.calls).toEqual(a.calls);
    // The site re-renders the row (same id, same text): the sinks hear of it, the judge does not.
    document.getElementById('m2')!.remove();
    addRow('m2', 'our secret');
    await settle();
    expect(judge).toHaveBeenCalledTimes(2);
    expect(a.calls.at(-1)).toEqual(['generic:m2', true, false]);
    session.stop();
  });

  it('stop aborts everything it started: no judging, no verdicts, no "not recognised" afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      document.body.innerHTML = '<div id="app"></div>';
      const judge = vi.fn(() => OK);
      const sink = recorder();
      const notRecognised = vi.fn();
      const session = new PageSession({ adapter, win: window, judge, sink, onNotRecognised: notRecognised }).start();
      session.stop();
      session.stop();
      expect(session.signal.aborted).toBe(true);
      expect(sink.ended).toBe(1);
      // The chat list appears later and messages arrive: nothing of the stopped session runs.
      document.body.innerHTML = '<ol id="list"><li id="x">hi</li></ol>';
      await vi.advanceTimersByTimeAsync(20_000);
      expect(judge).not.toHaveBeenCalled();
      expect(sink.calls).toEqual([]);
      expect(notRecognised).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds a chat list that appears after the start, and follows a replaced one', async () => {
    // (happy-dom never reports rows as on screen: rows are added live, which is judged at once.)
    document.body.innerHTML = '<div id="app"></div>';
    const sink = recorder();
    const session = new PageSession({ adapter, win: window, judge: () => OK, sink }).start();
    document.querySelector('#app')!.innerHTML = '<ol id="list"></ol>';
    await settle(400);
    addRow('a', 'one');
    await vi.waitFor(() => expect(sink.calls.map((c) => c[0])).toEqual(['generic:a']), { timeout: 2000 });
    // The site swaps the whole list for a new one (another conversation).
    document.querySelector('#app')!.innerHTML = '<ol id="list"></ol>';
    await settle(100);
    addRow('b', 'two');
    await vi.waitFor(() => expect(sink.calls.map((c) => c[0])).toEqual(['generic:a', 'generic:b']), { timeout: 2000 });
    session.stop();
  });

  it('rejudge: a message the child accepted is judged again', async () => {
    document.body.innerHTML = '<ol id="list"></ol>';
    let accepted = false;
    const sink = recorder();
    const session = new PageSession({ adapter, win: window, judge: () => (accepted ? OK : RISK), sink }).start();
    await settle();
    const row = addRow('m', 'risky');
    await settle();
    accepted = true;
    session.rejudge(row);
    await settle();
    expect(sink.calls).toEqual([
      ['generic:m', true, true],
      ['generic:m', false, true],
    ]);
    session.stop();
  });
});

describe('fanOut', () => {
  it('a sink that throws does not keep the verdict from the others', () => {
    const errors: unknown[] = [];
    const after = recorder();
    const sink = fanOut([{ onVerdict: () => { throw new Error('boom'); } }, after], (e) => errors.push(e));
    const message = { messageKey: 'k' } as ScannedMessage;
    sink.onVerdict(message, OK, true);
    sink.onSessionEnd();
    expect(after.calls).toEqual([['k', false, true]]);
    expect(after.ended).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
