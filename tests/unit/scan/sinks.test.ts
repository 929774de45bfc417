// @vitest-environment happy-dom
// The sinks (issue 14): the event reporter logs once per message per conversation whatever
// sessions come and go; the test marker writes marks only while switched on; the judge applies
// the child's "This is OK" answers; the navigation watcher follows the address.
import { describe, expect, it, vi } from 'vitest';
import { EventReporter, MAX_REPORTED_MESSAGES, REREAD_WINDOW_MS } from '@/entrypoints/chat.content/event-reporter';
import type { Verdict } from '@/lib/detect/types';
import { ACCEPTED_VERDICT, createJudge, falseAlarmKey } from '@/lib/scan/judge';
import { FALLBACK_CHECK_MS, watchNavigation } from '@/lib/scan/navigation';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import { TestMarker } from '@/lib/scan/test-marker';

const OK = { flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [] } as unknown as Verdict;
const RISK = { flagged: true, category: 'scam', severity: 'medium', score: 1, rules: ['a', 'b'], spans: [], signals: [] } as unknown as Verdict;

const message = (key: string, element: Element = document.createElement('li')): ScannedMessage => ({
  element,
  messageKey: key,
  conversationKey: 'zalo:c1',
  text: `text of ${key}`,
  direction: 'in',
  sender: 'Lan',
});

describe('EventReporter', () => {
  it('logs a flagged message once, across re-renders, new sessions and settings changes', () => {
    const sent: string[] = [];
    const logged: Array<[string, number]> = [];
    const reporter = new EventReporter(
      () => 'zalo',
      (payload, onStored) => {
        sent.push(`${payload.event.category}`);
        onStored(sent.length);
      },
      (key, id) => logged.push([key, id]),
      () => 1234,
    );
    for (let session = 0; session < 3; session++) {
      reporter.onVerdict(message('zalo:1'), RISK);
      reporter.onVerdict(message('zalo:2'), OK);
      reporter.onVerdict(message('zalo:3'), RISK);
    }
    expect(sent).toEqual(['scam', 'scam']);
    expect(logged).toEqual([
      ['zalo:1', 1],
      ['zalo:3', 2],
    ]);
  });

  it('logs a message once when a second reader reads it under another key (fallback, then the site reader)', () => {
    let sent = 0;
    let clock = 0;
    const reporter = new EventReporter(() => 'messenger', () => void sent++, () => undefined, () => clock);
    const byFallback = { ...message('messenger:hash-without-sender'), text: 'same words' };
    const bySite = { ...message('messenger:platform-id-42'), text: 'same words' };
    reporter.onVerdict(byFallback, RISK);
    reporter.onVerdict(bySite, RISK);
    expect(sent).toBe(1);
    // Much later the same words are still the same message in this conversation...
    clock += REREAD_WINDOW_MS + 1;
    reporter.onVerdict({ ...bySite, messageKey: 'messenger:42b' }, RISK);
    expect(sent).toBe(1);
    // ...while other words here, or the same words in another conversation, are new.
    reporter.onVerdict({ ...bySite, messageKey: 'messenger:43', text: 'other words' }, RISK);
    clock += REREAD_WINDOW_MS + 1;
    reporter.onVerdict({ ...bySite, messageKey: 'messenger:44', conversationKey: 'messenger:c2' }, RISK);
    expect(sent).toBe(3);
  });

  it('logs the same words read under another conversation during a navigation once, and again later', () => {
    let sent = 0;
    let clock = 0;
    const reporter = new EventReporter(() => 'facebook', () => void sent++, () => undefined, () => clock);
    const inThread = { ...message('messenger:1'), conversationKey: 'messenger:t1', text: 'are you home alone' };
    reporter.onVerdict(inThread, RISK);
    // Back to the post: for a moment the thread is still on screen, read under the post's key.
    clock += 200;
    reporter.onVerdict({ ...inThread, messageKey: 'facebook:x', conversationKey: 'facebook:post' }, RISK);
    expect(sent).toBe(1);
    // Long after, the same words in another chat are another message.
    clock += REREAD_WINDOW_MS + 1;
    reporter.onVerdict({ ...inThread, messageKey: 'messenger:9', conversationKey: 'messenger:t2' }, RISK);
    expect(sent).toBe(2);
  });

  it('remembers a bounded number of keys', () => {
    let sent = 0;
    const reporter = new EventReporter(() => 'zalo', () => void sent++, () => undefined);
    for (let i = 0; i <= MAX_REPORTED_MESSAGES; i++) reporter.onVerdict(message(`k${i}`), RISK);
    expect(sent).toBe(MAX_REPORTED_MESSAGES + 1);
    // The oldest key was forgotten, the newest ones are still known.
    reporter.onVerdict(message(`k${MAX_REPORTED_MESSAGES}`), RISK);
    expect(sent).toBe(MAX_REPORTED_MESSAGES + 1);
  });
});

describe('TestMarker', () => {
  it('writes nothing while off; switched on it marks what is judged; off again it removes every mark', () => {
    document.body.innerHTML = '<ol><li id="a"></li><li id="b"></li></ol>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const marker = new TestMarker(document);
    marker.onVerdict(message('a', a), RISK);
    expect(document.querySelectorAll('[data-not-alone]')).toHaveLength(0);
    marker.setEnabled(true, (visit) => {
      visit(message('a', a), RISK);
      visit(message('b', b), OK);
    });
    expect(a.getAttribute('data-not-alone')).toBe('risk');
    expect(a.getAttribute('data-not-alone-category')).toBe('scam');
    expect(b.getAttribute('data-not-alone')).toBe('ok');
    expect(b.hasAttribute('data-not-alone-category')).toBe(false);
    marker.onVerdict(message('a', a), OK);
    expect(a.getAttribute('data-not-alone')).toBe('ok');
    expect(a.hasAttribute('data-not-alone-category')).toBe(false);
    marker.setEnabled(false);
    expect(document.querySelectorAll('[data-not-alone], [data-not-alone-category]')).toHaveLength(0);
  });
});

describe('createJudge', () => {
  it('is suppressions ∘ detector: an accepted message is not passed to the detector', () => {
    const detect = vi.fn(() => RISK);
    const accepted = new Set<string>();
    const judge = createJudge(detect, accepted);
    const m = message('x');
    expect(judge(m)).toBe(RISK);
    accepted.add(falseAlarmKey(m.conversationKey, m.sender, m.text));
    expect(judge(m)).toBe(ACCEPTED_VERDICT);
    expect(detect).toHaveBeenCalledTimes(1);
  });
});

describe('watchNavigation', () => {
  function fakeWindow(withNavigation: boolean) {
    const events = new EventTarget();
    const navigation = new EventTarget();
    const win = {
      location: { href: 'https://www.facebook.com/' },
      addEventListener: events.addEventListener.bind(events),
      setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
      clearInterval: (id: number) => clearInterval(id),
      ...(withNavigation ? { navigation } : {}),
    };
    return { win: win as unknown as Window, navigation, events };
  }

  it('uses the Navigation API event where there is one (no timer)', () => {
    vi.useFakeTimers();
    try {
      const { win, navigation } = fakeWindow(true);
      const seen: string[] = [];
      const controller = new AbortController();
      watchNavigation(win, controller.signal, (href) => seen.push(href));
      expect(vi.getTimerCount()).toBe(0);
      (win.location as { href: string }).href = 'https://www.facebook.com/messages/t/1';
      navigation.dispatchEvent(new Event('currententrychange'));
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(seen).toEqual(['https://www.facebook.com/messages/t/1']);
      controller.abort();
      (win.location as { href: string }).href = 'https://www.facebook.com/';
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(seen).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to a one-second check without it, stopped by the signal', () => {
    vi.useFakeTimers();
    try {
      const { win, events } = fakeWindow(false);
      const seen: string[] = [];
      const controller = new AbortController();
      watchNavigation(win, controller.signal, (href) => seen.push(href));
      (win.location as { href: string }).href = 'https://discord.com/channels/1/2';
      vi.advanceTimersByTime(FALLBACK_CHECK_MS);
      expect(seen).toEqual(['https://discord.com/channels/1/2']);
      (win.location as { href: string }).href = 'https://discord.com/channels/1/3';
      events.dispatchEvent(new Event('popstate'));
      expect(seen).toHaveLength(2);
      controller.abort();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
