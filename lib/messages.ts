// Messages from content scripts to the service worker. Every payload is validated on arrival:
// a page cannot talk to the worker, but a compromised or stale content script might send junk.
import * as v from 'valibot';
import { CATEGORIES, LANGS, SEVERITIES } from './detect/types';
import { SITE_IDS } from './sites/types';
import { EVIDENCE_NEIGHBOURS, EVIDENCE_TEXT_MAX } from './store/records';

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

// Issue 5: the child's answers to a warning, and the evidence kit. Text is bounded; images are
// never part of a message.
const SHORT = v.pipe(v.string(), v.maxLength(300));
const KEY = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const EvidenceMessageSchema = v.object({
  sender: v.optional(SHORT),
  direction: v.picklist(['in', 'out']),
  text: v.pipe(v.string(), v.maxLength(EVIDENCE_TEXT_MAX)),
  time: v.optional(v.pipe(v.string(), v.maxLength(100))),
});
const NEIGHBOURS = v.pipe(v.array(EvidenceMessageSchema), v.maxLength(EVIDENCE_NEIGHBOURS));

export const EvidenceSaveMessage = v.object({
  type: v.literal('evidence-save'),
  evidence: v.object({
    seenAt: v.pipe(v.number(), v.minValue(0)),
    site: v.picklist(SITE_IDS),
    conversationKey: KEY,
    sender: v.optional(SHORT),
    category: v.picklist(CATEGORIES),
    severity: v.picklist(SEVERITIES),
    message: EvidenceMessageSchema,
    before: NEIGHBOURS,
    after: NEIGHBOURS,
    pageUrl: v.pipe(v.string(), v.maxLength(2048)),
    pageTitle: v.optional(SHORT),
  }),
});
export type EvidenceSaveMessage = v.InferOutput<typeof EvidenceSaveMessage>;

/** "This is OK": remember the false alarm; `eventId` is the logged warning it answers. */
export const FalseAlarmMessage = v.object({
  type: v.literal('false-alarm'),
  key: KEY,
  site: v.picklist(SITE_IDS),
  category: v.picklist(CATEGORIES),
  eventId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type FalseAlarmMessage = v.InferOutput<typeof FalseAlarmMessage>;

export const WarningDismissedMessage = v.object({ type: v.literal('warning-dismissed'), key: KEY });
export type WarningDismissedMessage = v.InferOutput<typeof WarningDismissedMessage>;

/** Content script at start: which warnings did the child already answer? */
export const WarningStateRequest = v.object({ type: v.literal('warning-state') });
export type WarningStateRequest = v.InferOutput<typeof WarningStateRequest>;
export interface WarningStateReply {
  falseAlarms: string[];
  dismissed: string[];
}

/** Open the saved-evidence page in a new tab. */
export const EvidenceOpenMessage = v.object({ type: v.literal('evidence-open') });
export type EvidenceOpenMessage = v.InferOutput<typeof EvidenceOpenMessage>;

/** Which reader read a site's messages: its own selectors, or the structural fallback (layout changed). */
export const READER_KINDS = ['site', 'fallback'] as const;
/** Most messages one report may count (a content script reports every few seconds). */
export const MAX_READ_COUNT = 100_000;

/** Content script → worker: how many messages were read on a site since the last report (counts only). */
export const MessagesReadMessage = v.object({
  type: v.literal('messages-read'),
  site: v.picklist(SITE_IDS),
  reader: v.picklist(READER_KINDS),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_READ_COUNT)),
});
export type MessagesReadMessage = v.InferOutput<typeof MessagesReadMessage>;
/** The card's strings in the language the parent chose (issue 15): → Bundle of lib/ui/locale-bundle. */
export const CardStringsRequest = v.object({ type: v.literal('card-strings'), lang: v.picklist(LANGS) });
export type CardStringsRequest = v.InferOutput<typeof CardStringsRequest>;

/**
 * A content script asks the worker for the learned model (docs/performance.md, "Model"): the worker
 * reads the packaged file (no web-accessible resource, so no page can reach it) → ModelReply.
 */
export const ModelRequest = v.object({ type: v.literal('model-weights') });
export type ModelRequest = v.InferOutput<typeof ModelRequest>;
export type ModelReply = { ok: true; base64: string } | { ok: false; error: string };

/** A content script is about to show its first warning: inject the warning UI into its frame. */
export const LoadWarningUiRequest = v.object({ type: v.literal('load-warning-ui') });
export type LoadWarningUiRequest = v.InferOutput<typeof LoadWarningUiRequest>;

export const ExtensionMessage = v.variant('type', [
  LoadWarningUiRequest,
  ModelRequest,
  WarningShownMessage,
  EvidenceSaveMessage,
  FalseAlarmMessage,
  WarningDismissedMessage,
  WarningStateRequest,
  EvidenceOpenMessage,
  MessagesReadMessage,
  CardStringsRequest,
]);
export type ExtensionMessage = v.InferOutput<typeof ExtensionMessage>;

export function parseMessage(raw: unknown): ExtensionMessage | null {
  const result = v.safeParse(ExtensionMessage, raw);
  return result.success ? result.output : null;
}

// The popup asks the content script of a tab (top frame only) how protection is doing there:
// `browser.tabs.sendMessage(tabId, { type: 'get-tab-status' })` → TabStatus.
export const GetTabStatusMessage = v.object({ type: v.literal('get-tab-status') });
export type GetTabStatusMessage = v.InferOutput<typeof GetTabStatusMessage>;

const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
export const TabStatus = v.object({
  /** The site adapter in use; null on a supported host where no chat area applies (e.g. a feed). */
  site: v.nullable(v.picklist(SITE_IDS)),
  /** true once messages were read; false when the layout was not recognised; null = not decided yet. */
  recognised: v.nullable(v.boolean()),
  scanned: COUNT,
  flagged: COUNT,
  /** Protection is running on this page (not off, paused or disabled for this site). */
  active: v.boolean(),
  /** Who reads the page: the site's own selectors, or the structural fallback (the layout changed). */
  reader: v.optional(v.nullable(v.picklist(READER_KINDS))),
});
export type TabStatus = v.InferOutput<typeof TabStatus>;

export function isGetTabStatus(raw: unknown): raw is GetTabStatusMessage {
  return v.safeParse(GetTabStatusMessage, raw).success;
}

export function parseTabStatus(raw: unknown): TabStatus | null {
  const result = v.safeParse(TabStatus, raw);
  return result.success ? result.output : null;
}
