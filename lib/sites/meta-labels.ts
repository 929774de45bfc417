// Words Meta's chat UIs (Messenger, Instagram Direct) put around user text, in the UI languages
// we support. They are localised, so each is a list (research §14.4).
import { collapse } from './dom-text';

/** Visually hidden labels on the user's own rows ("You sent", "You replied to …"). */
export const OWN_LABEL = /^(you sent|you replied|bạn đã gửi|bạn đã trả lời|vous avez envoyé|vous avez répondu)/i;
const OWN_LABEL_ALONE = /^(you sent|bạn đã gửi|vous avez envoyé)$/i;
/** "… unsent a message" placeholders are not messages. */
export const UNSENT = /(unsent a message|đã thu hồi một tin nhắn|a retiré un message|avez retiré un message)/i;
/** Short UI strings that sit in `dir="auto"` elements next to the text. */
export const UI_STRINGS = /^(enter|you sent|bạn đã gửi|vous avez envoyé|original message:?|tin nhắn gốc:?|message d’origine ?:?|seen|đã xem|vu|replied to you|đã trả lời bạn|vous a répondu|details and actions|mentioned you|.{1,60} (replied to you|đã trả lời bạn|vous a répondu))$/i;
/** Date and time separators ("Today 20:01", "Hôm qua 19:30", "Hier 18:05", "12:04"). */
export const TIME_ONLY = /^((today|yesterday|hôm nay|hôm qua|aujourd’hui|aujourd'hui|hier|mon|tue|wed|thu|fri|sat|sun|lun\.?|mar\.?|mer\.?|jeu\.?|ven\.?|sam\.?|dim\.?|th \d|cn)\s*)?\d{1,2}[:h]\d{2}( ?[ap]m)?$/i;
/** "Messages in conversation with <name>" → the partner's name. */
export const PARTNER_IN_LABEL = /(?:with|với|avec)\s+(.+)$/i;

/** Does the row carry one of the hidden "you sent" labels (in its aria-label or a heading)? */
export function hasOwnLabel(row: Element): boolean {
  if (OWN_LABEL.test(row.getAttribute('aria-label') ?? '')) return true;
  for (const label of row.querySelectorAll('h4, h5, h6, [class*="visually-hidden"], [style*="clip"]')) {
    if (OWN_LABEL.test(collapse(label.textContent ?? ''))) return true;
  }
  // Instagram writes the bare label as its own small text element.
  for (const label of row.querySelectorAll('span, div')) {
    if (label.childElementCount === 0 && OWN_LABEL_ALONE.test(collapse(label.textContent ?? ''))) return true;
  }
  return false;
}

export function isUiString(text: string): boolean {
  return UI_STRINGS.test(text) || TIME_ONLY.test(text);
}
