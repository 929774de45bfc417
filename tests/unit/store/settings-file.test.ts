import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/lib/store/settings';
import { exportFileName, exportSettings, parseSettingsFile, SETTINGS_FILE_FORMAT } from '@/lib/store/settings-file';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  sensitivity: 'strict',
  disabledCategories: ['bullying'],
  customPhrases: [{ text: 'gặp riêng (nhé)*', category: 'grooming' }],
  allowPhrases: ['bóng đá'],
  retentionDays: 30,
  mode: 'parent',
  pausedUntil: 123,
  language: 'vi',
};

const file = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-11-28T00:00:00.000Z', settings, ...extra });

describe('settings export', () => {
  it('round-trips the settings, leaving out the setup mode and a running pause', () => {
    const text = exportSettings(mine, new Date('2026-11-28T10:00:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-11-28T10:00:00.000Z' });
    expect(parsed.settings).not.toHaveProperty('mode');
    expect(parsed.settings).not.toHaveProperty('pausedUntil');
    const back = parseSettingsFile(text);
    expect(back).toEqual({
      ok: true,
      settings: expect.objectContaining({ sensitivity: 'strict', customPhrases: mine.customPhrases, retentionDays: 30, language: 'vi' }),
    });
  });

  it('names the file after the day', () => {
    expect(exportFileName(new Date('2026-11-28T10:00:00Z'))).toBe('not-alone-settings-2026-11-28.json');
  });
});

describe('settings import rejects bad files with a reason for each problem', () => {
  it.each([
    ['not JSON', '{"format": "not-alone-settings", ', [{ code: 'not-json' }]],
    ['empty file', '', [{ code: 'not-json' }]],
    ['another JSON file', '{"name": "package"}', [{ code: 'wrong-format' }]],
    ['a JSON list', '[1, 2]', [{ code: 'wrong-format' }]],
    ['a newer version', file({}, { version: SETTINGS_VERSION + 1 }), [{ code: 'newer-version', version: SETTINGS_VERSION + 1 }]],
    ['a huge file', ' '.repeat(2 * 1024 * 1024), [{ code: 'too-large' }]],
  ])('%s', (_, text, errors) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, errors });
  });

  it('lists every invalid and unknown field, and imports nothing', () => {
    const result = parseSettingsFile(file({ sensitivity: 'extreme', retentionDays: -1, mode: 'teen', colour: 'red', allowPhrases: ['ok'] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { code: 'invalid-field', field: 'sensitivity', reason: expect.any(String) },
      { code: 'invalid-field', field: 'retentionDays', reason: expect.any(String) },
      { code: 'unknown-field', field: 'mode' },
      { code: 'unknown-field', field: 'colour' },
    ]);
  });

  it('accepts a file that sets only some settings', () => {
    expect(parseSettingsFile(file({ sensitivity: 'low' }))).toEqual({ ok: true, settings: { sensitivity: 'low' } });
  });

  it('keeps phrases literal, special characters included', () => {
    const result = parseSettingsFile(file({ allowPhrases: ['a.b*c', '(x|y)'] }));
    expect(result).toEqual({ ok: true, settings: { allowPhrases: ['a.b*c', '(x|y)'] } });
  });
});
