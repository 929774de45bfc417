// The packaged message files as data, for text shown in a language other than the browser's
// (browser.i18n only speaks the browser's): the extension pages bundle them, the warning card
// receives the part it needs from the worker (lib/ui/card-strings.ts).

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Bundle = Record<string, MessageEntry | undefined>;

/**
 * An entry's text with `$1`… and named `$NAME$` placeholders filled like browser.i18n does.
 * Named placeholders first (they expand to `$1`…), then one pass for the numbered ones, so
 * substituted text is never re-read as a placeholder.
 */
export function formatMessage(entry: MessageEntry, substitutions: string | readonly string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole)
    .replace(/\$(\d)|\$\$/g, (whole, n: string | undefined) => (n ? (subs[Number(n) - 1] ?? '') : '$'));
}
