// What the local database holds, as types and bounds: shared by the store, the worker's router
// and the messages' schemas (lib/messages.ts), so none of them imports another in a circle.
import type { Category, Direction, Severity } from '../detect/types';
import type { SiteId } from '../sites/types';

export interface WarningEvent {
  id?: number;
  time: number;
  site: SiteId;
  category: Category;
  severity: Severity;
  rules: string[];
  direction: Direction;
  /** Set when the child marked the warning "This is OK". */
  falseAlarm?: boolean;
}

/** One message of the saved conversation excerpt. */
export interface EvidenceMessage {
  /** Sender label as the site shows it; absent for the child's own messages or when hidden. */
  sender?: string;
  direction: Direction;
  text: string;
  /** When it was sent, as the chat showed it (adapter's reading); absent where the page shows none. */
  time?: string;
}

export interface EvidenceItem {
  id?: number;
  /** When the child pressed "Save evidence" (ms since epoch). */
  savedAt: number;
  /** When the warning was first shown on the page. */
  seenAt: number;
  site: SiteId;
  /** Site-prefixed conversation key, as the scanner builds it ("zalo:conv-…"). */
  conversationKey: string;
  /** The flagged message's sender label. */
  sender?: string;
  category: Category;
  severity: Severity;
  /** The flagged message. */
  message: EvidenceMessage;
  /** Messages shown just before and after it, in page order. */
  before: EvidenceMessage[];
  after: EvidenceMessage[];
  /** Address of the page (the chat) where it was seen. */
  pageUrl: string;
  /** Title of the page, e.g. the chat partner's name on some sites. */
  pageTitle?: string;
}

export interface FalseAlarm {
  /** falseAlarmKey(conversation, sender, text). */
  key: string;
  time: number;
  site: SiteId;
  category: Category;
}

export interface Dismissal {
  /** The scanner's message key. */
  key: string;
  time: number;
}

/** Messages kept on each side of the flagged one. */
export const EVIDENCE_NEIGHBOURS = 5;
/** Longest text kept per message (a chat message is far shorter). */
export const EVIDENCE_TEXT_MAX = 4000;
/** Keys handed to a content script at start; older ones still count but are not suppressed. */
export const MAX_REMEMBERED_KEYS = 5000;

