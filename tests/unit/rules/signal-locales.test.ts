// Every signal a rule can emit is explained to the child in all three languages.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MODEL_CATEGORIES } from '../../../lib/detect/model/model';
import { RULES } from '../../../lib/rules/index';

const LOCALES = ['en', 'vi', 'fr'] as const;
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>]),
);
// custom_phrase is emitted for parents' own phrases; model_<category> and conversation_signs by the learned stage.
const signals = [...new Set([...RULES.map((r) => r.signal), 'custom_phrase', ...MODEL_CATEGORIES.map((c) => `model_${c}`), 'conversation_signs'])].sort();

describe.each(LOCALES)('locale %s', (locale) => {
  test.each(signals)('has signal_%s', (signal) => {
    const entry = messages[locale]?.[`signal_${signal}`];
    expect(entry, `signal_${signal} missing in ${locale}`).toBeDefined();
    expect(entry?.message.trim().length).toBeGreaterThan(3);
    expect(entry?.message.length ?? 0).toBeLessThan(120);
  });
});
