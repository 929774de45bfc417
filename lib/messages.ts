// Messages from content scripts to the service worker. Every payload is validated on arrival:
// a page cannot talk to the worker, but a compromised or stale content script might send junk.
import * as v from 'valibot';
import { CATEGORIES, SEVERITIES } from './detect/types';
import { SITE_IDS } from './sites/types';

const RULE_ID = v.pipe(v.string(), v.maxLength(100));

export const WarningShownMessage = v.object({
  type: v.literal('warning-shown'),
  event: v.object({
    time: v.pipe(v.number(), v.minValue(0)),
    site: v.picklist(SITE_IDS),
    category: v.picklist(CATEGORIES),
    severity: v.picklist(SEVERITIES),
    rules: v.pipe(v.array(RULE_ID), v.maxLength(50)),
    direction: v.picklist(['in', 'out']),
  }),
});
export type WarningShownMessage = v.InferOutput<typeof WarningShownMessage>;

export const ExtensionMessage = v.variant('type', [WarningShownMessage]);
export type ExtensionMessage = v.InferOutput<typeof ExtensionMessage>;

export function parseMessage(raw: unknown): ExtensionMessage | null {
  const result = v.safeParse(ExtensionMessage, raw);
  return result.success ? result.output : null;
}
