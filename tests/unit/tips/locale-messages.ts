// The three messages.json files, read once for the tests that check strings against them.
import fs from 'node:fs';
import path from 'node:path';

export const LOCALES = ['en', 'vi', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

export const MESSAGES = Object.fromEntries(
  LOCALES.map((lang) => [
    lang,
    JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as LocaleMessages,
  ]),
) as Record<Locale, LocaleMessages>;
