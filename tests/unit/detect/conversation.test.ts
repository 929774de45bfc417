// Conversation context: co-occurring signals in a window raise the risk; the window is bounded.
import { describe, expect, test, beforeAll } from 'vitest';
import { ConversationWindow, MAX_CONVERSATIONS, WINDOW_MESSAGES, WINDOW_MINUTES } from '../../../lib/detect/conversation-window';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;

function chat(lines: string[], key = 'site:conv', start = T0, stepMs = MIN) {
  const d = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
  return { d, verdicts: lines.map((text, i) => d.scan({ text, conversationKey: key, time: start + i * stepMs })) };
}

describe('grooming builds up over a conversation', () => {
  const lines: [string, string, string] = ['how old are you?', 'cool. are you home alone?', "don't tell your mom we talk ok"];
  test('no single line is decisive, together they are grooming', () => {
    const alone = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
    for (const text of lines) expect(alone.scan({ text }).flagged).toBe(false);
    const { verdicts } = chat(lines);
    expect(verdicts[2]!).toMatchObject({ flagged: true, category: 'grooming' });
    expect(verdicts[2]!.signals).toEqual(expect.arrayContaining(['secrecy', 'home_alone', 'age_question']));
  });
  test('order does not matter (themes, not a strict sequence)', () => {
    const { verdicts } = chat([lines[2], lines[0], lines[1]]);
    expect(verdicts[2]!.flagged).toBe(true);
  });
  test('Vietnamese and French too', () => {
    expect(chat(['em bao nhiêu tuổi', 'em ở nhà một mình à', 'đừng nói với bố mẹ nhé']).verdicts[2]!.flagged).toBe(true);
    expect(chat(["t'as quel âge", "t'es toute seule chez toi ?", 'dis rien à tes parents']).verdicts[2]!.flagged).toBe(true);
  });
  test('a line without any signal is never flagged by context alone', () => {
    const { verdicts } = chat([...lines, 'what is your favourite colour']);
    expect(verdicts[3]!.flagged).toBe(false);
  });
  test('repeated sexual talk adds up', () => {
    const { verdicts } = chat(['you are so sexy', 'i am so horny', 'u make me hard']);
    expect(verdicts.some((v) => v.flagged)).toBe(true);
  });
});

describe('the window is bounded', () => {
  test('signals older than the time window no longer count', () => {
    const d = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
    const k = 'c';
    d.scan({ text: 'how old are you?', conversationKey: k, time: T0 });
    d.scan({ text: 'are you home alone?', conversationKey: k, time: T0 + 1 });
    const late = d.scan({ text: "don't tell your mom", conversationKey: k, time: T0 + (WINDOW_MINUTES + 1) * MIN });
    expect(late.flagged).toBe(false);
  });
  test('signals more than WINDOW_MESSAGES messages back no longer count', () => {
    const filler = Array.from({ length: WINDOW_MESSAGES }, (_, i) => `ok ${i}`);
    const { verdicts } = chat(['how old are you?', 'are you home alone?', ...filler, "don't tell your mom"], 'c', T0, 1000);
    expect(verdicts[verdicts.length - 1]!.flagged).toBe(false);
  });
  test('conversations are separate', () => {
    const d = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
    d.scan({ text: 'how old are you?', conversationKey: 'a', time: T0 });
    d.scan({ text: 'are you home alone?', conversationKey: 'a', time: T0 });
    expect(d.scan({ text: "don't tell your mom", conversationKey: 'b', time: T0 }).flagged).toBe(false);
    expect(d.scan({ text: "don't tell your mom", conversationKey: 'a', time: T0 }).flagged).toBe(true);
  });
  test('forgetConversation drops the context', () => {
    const d = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
    d.scan({ text: 'how old are you?', conversationKey: 'a', time: T0 });
    d.scan({ text: 'are you home alone?', conversationKey: 'a', time: T0 });
    d.forgetConversation('a');
    expect(d.scan({ text: "don't tell your mom", conversationKey: 'a', time: T0 }).flagged).toBe(false);
  });
  test('least recently used conversations are forgotten beyond MAX_CONVERSATIONS', () => {
    const w = new ConversationWindow();
    w.record('first', T0, [{ signal: 'secrecy', category: 'grooming', weight: 0.5 }]);
    for (let i = 0; i < MAX_CONVERSATIONS; i++) w.record(`c${i}`, T0, []);
    expect(w.size).toBe(MAX_CONVERSATIONS);
    expect(w.recent('first', T0)).toEqual([]);
  });
  test('messages without a conversation key are independent', () => {
    const d = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
    d.scan({ text: 'how old are you?' });
    d.scan({ text: 'are you home alone?' });
    expect(d.scan({ text: "don't tell your mom" }).flagged).toBe(false);
  });
});
