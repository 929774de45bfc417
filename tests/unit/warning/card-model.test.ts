import { describe, expect, it } from 'vitest';
import { buildCard, signalText, toneOf, type CardInput } from '@/entrypoints/chat.content/warning/card-model';

// A locale lookup that knows a few signals and returns the key for anything else, like t().
const KNOWN: Record<string, string> = { signal_secrecy: 'asks you to keep a secret', warn_signal_generic: 'words often used to trick' };
const t = (key: string) => KNOWN[key] ?? key;

const input = (overrides: Partial<CardInput> = {}): CardInput => ({
  category: 'grooming',
  severity: 'medium',
  direction: 'in',
  signals: ['secrecy'],
  spans: [],
  text: 'đừng nói với bố mẹ nhé',
  ...overrides,
});

describe('tone', () => {
  it.each([
    ['grooming', 'low', 'in', 'gentle'],
    ['grooming', 'medium', 'in', 'plain'],
    ['grooming', 'high', 'in', 'firm'],
    ['scam', 'low', 'in', 'gentle'],
    ['sextortion', 'low', 'in', 'firm'],
    ['sexual_request', 'medium', 'in', 'firm'],
    ['personal_info', 'high', 'out', 'plain'],
    ['personal_info', 'low', 'out', 'gentle'],
  ] as const)('%s at %s (%s) is %s', (category, severity, direction, tone) => {
    expect(toneOf(category, severity, direction)).toBe(tone);
  });
});

describe('buildCard', () => {
  it('explains signals in words, never as raw ids', () => {
    expect(buildCard(input({ signals: ['secrecy', 'signal_secrecy'] }), 'VN', t).reasons).toEqual(['asks you to keep a secret']);
    expect(buildCard(input({ signals: ['not_translated_yet'] }), 'VN', t).reasons).toEqual(['words often used to trick']);
    expect(buildCard(input({ signals: [] }), 'VN', t).reasons).toEqual(['words often used to trick']);
    expect(signalText('unknown', t)).toBeNull();
  });

  it('lists the matched words from the spans, once each', () => {
    const text = 'đừng nói với bố mẹ nhé, đừng nói với bố mẹ';
    const model = buildCard(input({ text, spans: [[0, 18], [24, 42], [100, 120]] }), 'VN', t);
    expect(model.words).toEqual(['đừng nói với bố mẹ']);
  });

  it('speaks to the child about their own message', () => {
    expect(buildCard(input({ category: 'personal_info', direction: 'out' }), 'VN', t).riskKey).toBe('warn_out_personal_info');
    expect(buildCard(input({ category: 'personal_info', direction: 'out' }), 'VN', t).headKey).toBe('head_out_personal_info');
    expect(buildCard(input({ category: 'personal_info', direction: 'in' }), 'VN', t).riskKey).toBe('risk_personal_info');
    expect(buildCard(input({ category: 'personal_info', direction: 'in' }), 'VN', t).headKey).toBe('head_personal_info');
    expect(buildCard(input({ category: 'sextortion', severity: 'high' }), 'US', t).leadKey).toBe('warn_lead_firm');
  });

  it('leads with the single most relevant tip and keeps the others for "What can I do?"', () => {
    const moving = buildCard(input({ signals: ['meet_request'] }), 'VN', t);
    expect(moving.tipKey).toBe('tip_grooming_2');
    expect(moving.moreTipKeys).toHaveLength(5);
    expect(moving.moreTipKeys).not.toContain('tip_grooming_2');
    expect(buildCard(input({ signals: [] }), 'VN', t).tipKey).toBe('tip_grooming_1');
  });

  it('says so when the warning signs add up over the conversation', () => {
    expect(buildCard(input({ signals: ['conversation_signs', 'model_grooming'] }), 'VN', t).conversationSigns).toBe(true);
    expect(buildCard(input(), 'VN', t).conversationSigns).toBe(false);
  });

  it('carries the region help lines for the category', () => {
    expect(buildCard(input(), 'VN', t).help[0]!.id).toBe('vn_111');
    expect(buildCard(input({ category: 'sextortion' }), 'US', t).help.map((l) => l.id)).toContain('take_it_down');
  });
});
