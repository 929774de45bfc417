// Seen, not nagging (issue 16): where each warning of a conversation goes. The first becomes a
// card; later ones within STACK_WINDOW_MS of it stack into that card ("2 more warning signs in
// this chat") and show only a one-line pointer by their message; after MAX_FULL_CARDS cards a
// conversation gets one-line summaries. Pure state with the clock passed in, so it is tested
// without a page.
import type { Tone } from './card-model';

/** Full cards per conversation; later warnings start as one line. */
export const MAX_FULL_CARDS = 2;
/** Later warnings this soon after a card stack into it instead of opening a new one. */
export const STACK_WINDOW_MS = 3 * 60 * 1000;

export type Placement =
  /** A card of its own; `helpOpen`: its help lines start open. */
  | { kind: 'card'; helpOpen: boolean }
  /** Counted in the card of `head`; a one-line pointer by its own message. */
  | { kind: 'stacked'; head: string }
  /** A busy chat: one line with the conversation's count. */
  | { kind: 'calm' };

interface Head {
  key: string;
  at: number;
  severe: boolean;
}

/** What the placement depends on. */
export interface WarningKind {
  tone: Tone;
  /** The most severe categories (intimate images, blackmail), whose help lines are always open. */
  severe: boolean;
  /** The child's own message. */
  outgoing: boolean;
}

interface Conversation {
  /** Every warned message, in the order first seen. */
  keys: string[];
  cards: number;
  /**
   * The card later warnings stack into, while it is open and recent: one for the other side's
   * messages, one for the child's own (advice about what they sent is not folded into a card
   * about someone else).
   */
  heads: { in: Head | null; out: Head | null };
  helpOpened: boolean;
}

export class ConversationWarnings {
  private readonly conversations = new Map<string, Conversation>();
  private readonly placements = new Map<string, Placement>();
  private readonly stacked = new Map<string, string[]>();

  /**
   * Where the warning of `messageKey` goes. A message seen again (the page re-rendered it)
   * keeps its first placement.
   */
  place(conversationKey: string, messageKey: string, { tone, severe, outgoing }: WarningKind, now: number): Placement {
    const known = this.placements.get(messageKey);
    if (known) return known;
    const conv = this.conversation(conversationKey);
    conv.keys.push(messageKey);
    const side = outgoing ? 'out' : 'in';
    const head = conv.heads[side];
    // Blackmail or a request for intimate images never hides under a card about something else.
    const stacks = head !== null && now - head.at < STACK_WINDOW_MS && (head.severe || !severe);
    let placement: Placement;
    if (stacks) {
      placement = { kind: 'stacked', head: head.key };
      this.stacked.set(head.key, [...(this.stacked.get(head.key) ?? []), messageKey]);
    } else if (conv.cards >= MAX_FULL_CARDS && !severe) {
      placement = { kind: 'calm' };
    } else {
      // Help lines open by themselves at most once per conversation (always for the most severe).
      const helpOpen = severe || (tone === 'firm' && !conv.helpOpened);
      if (tone === 'firm') conv.helpOpened = true;
      conv.cards++;
      conv.heads[side] = { key: messageKey, at: now, severe };
      placement = { kind: 'card', helpOpen };
    }
    this.placements.set(messageKey, placement);
    return placement;
  }

  /** The card of `messageKey` was closed: later warnings get a card of their own again. */
  closed(messageKey: string): void {
    for (const conv of this.conversations.values()) {
      if (conv.heads.in?.key === messageKey) conv.heads.in = null;
      if (conv.heads.out?.key === messageKey) conv.heads.out = null;
    }
  }

  /** Warnings stacked into the card of `messageKey`. */
  stackedInto(messageKey: string): readonly string[] {
    return this.stacked.get(messageKey) ?? [];
  }

  /** Warnings in this conversation so far. */
  count(conversationKey: string): number {
    return this.conversations.get(conversationKey)?.keys.length ?? 0;
  }

  keysOf(conversationKey: string): readonly string[] {
    return this.conversations.get(conversationKey)?.keys ?? [];
  }

  clear(): void {
    this.conversations.clear();
    this.placements.clear();
    this.stacked.clear();
  }

  private conversation(key: string): Conversation {
    let conv = this.conversations.get(key);
    if (!conv) {
      conv = { keys: [], cards: 0, heads: { in: null, out: null }, helpOpened: false };
      this.conversations.set(key, conv);
    }
    return conv;
  }
}
