import type { Direction } from '../detect/types';

/** Ids of the supported sites; also the `disabledSites` policy values (docs/deploy). */
export const SITE_IDS = [
  'messenger',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'zalo',
  'discord',
  'whatsapp',
  'telegram',
  'x',
  'reddit',
  'generic',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** What an adapter reads from one message element. */
export interface MessageRead {
  /** User text only: no timestamps, reactions, button labels or quoted replies. */
  text: string;
  direction: Direction;
  sender?: string;
  /** Platform id of the message when the site exposes one (used for the message key). */
  platformId?: string;
  /**
   * When it was sent, as the page shows it ("18:02", "Yesterday at 19:40 (2026-11-26T12:40:00Z)"),
   * for saved evidence; absent where the adapter cannot read it. Never judged.
   */
  time?: string;
}

/** One adapter per site, behind this interface (lib/sites/index.ts lists them). */
export interface SiteAdapter {
  id: SiteId;
  /** Does this adapter handle the page at this URL (host + path)? */
  matchesUrl(url: URL): boolean;
  /** The element that holds the messages (observed for changes); null when not on screen yet. */
  findContainer(doc: Document): Element | null;
  /** Message elements currently inside the container, in document order. */
  findMessages(container: Element): Element[];
  /** The message element that contains `node` (for text that renders after its bubble). */
  closestMessage(node: Element): Element | null;
  /** Read one message element; null when it is not a user message (date separator, system row). */
  readMessage(el: Element): MessageRead | null;
  /** Conversation key from the URL or the site's ids (without the site prefix). */
  conversationKey(doc: Document, url: URL): string;
  /** Selectors tried, printed once when the page looks like a chat but nothing matched. */
  selectorsTried: readonly string[];
  /**
   * True on pages where the adapter expects a chat, so "not recognised" can be reported. `doc`
   * lets sites without a per-chat URL (WhatsApp, Zalo) answer from an open composer.
   */
  expectsChat(url: URL, doc?: Document): boolean;
}
