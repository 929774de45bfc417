import { describe, expect, it } from 'vitest';
import { checkPhrase, DEFAULT_SETTINGS, MAX_PHRASE_LENGTH, MAX_PHRASES, parseSettings, SETTINGS_VERSION } from '@/lib/store/settings';
import { toDetectorOptions } from '@/lib/store/effective-settings';

describe('parseSettings', () => {
  it('gives the defaults (Balanced, everything on) when nothing is stored', () => {
    const { settings, problems } = parseSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.sensitivity).toBe('balanced');
    expect(problems).toEqual([]);
  });

  it('keeps valid values', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      sensitivity: 'strict',
      disabledCategories: ['bullying'],
      customPhrases: [{ text: 'gặp riêng', category: 'grooming' }],
      allowPhrases: ['bóng đá'],
      retentionDays: 30,
    });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ sensitivity: 'strict', disabledCategories: ['bullying'], retentionDays: 30 });
    expect(settings.customPhrases).toEqual([{ text: 'gặp riêng', category: 'grooming' }]);
  });

  it.each([
    ['sensitivity', 'extreme'],
    ['sensitivity', 3],
    ['disabledCategories', ['grooming', 'not-a-category']],
    ['retentionDays', -5],
    ['retentionDays', 1.5],
    ['customPhrases', [{ text: '', category: 'scam' }]],
    ['customPhrases', [{ text: 'x', category: 'nope' }]],
    ['helpRegion', 'vietnam'],
    ['pausedUntil', 'tomorrow'],
  ])('falls back to the default for an invalid %s (%j) and says so', (field, value) => {
    const { settings, problems } = parseSettings({ version: 1, sensitivity: 'low', [field]: value });
    expect((settings as unknown as Record<string, unknown>)[field]).toEqual(
      field === 'sensitivity' ? DEFAULT_SETTINGS.sensitivity : (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[field],
    );
    expect(problems.map((p) => p.field)).toEqual([field]);
    if (field !== 'sensitivity') expect(settings.sensitivity).toBe('low');
  });

  it.each([null, 'garbage', 42, [1, 2]])('survives a corrupt stored value (%j)', (raw) => {
    const { settings } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the pre-release shape to the current version', () => {
    const { settings, problems } = parseSettings({ level: 'strict' });
    expect(problems).toEqual([]);
    expect(settings.sensitivity).toBe('strict');
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  it('judges nothing while paused', () => {
    const now = 1_000_000;
    const paused = { ...DEFAULT_SETTINGS, pausedUntil: now + 60_000 };
    expect(toDetectorOptions(paused, now).sensitivity).toBe('off');
    expect(toDetectorOptions({ ...paused, pausedUntil: now - 1 }, now).sensitivity).toBe('balanced');
  });
});

describe('page language and phrases', () => {
  it('keeps a chosen page language and rejects an unknown one', () => {
    expect(parseSettings({ version: 1, language: 'vi' }).settings.language).toBe('vi');
    const { settings, problems } = parseSettings({ version: 1, language: 'de' });
    expect(settings.language).toBe('auto');
    expect(problems.map((p) => p.field)).toEqual(['language']);
  });

  it.each([
    ['', [], 'empty'],
    ['   ', [], 'empty'],
    ['x'.repeat(MAX_PHRASE_LENGTH + 1), [], 'too-long'],
    ['Gặp Riêng ', ['gặp riêng'], 'duplicate'],
    ['new phrase', Array.from({ length: MAX_PHRASES }, (_, i) => `p${i}`), 'too-many'],
    ['a.b*c (x|y)', ['abc'], null],
  ])('checks a new phrase %j', (text, existing, problem) => {
    expect(checkPhrase(text, existing)).toBe(problem);
  });
});
