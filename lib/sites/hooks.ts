// Every supported surface's DOM hooks, as data: where each one came from and when it was last
// checked against that source. One record per surface, records sorted by `surface`, keys sorted
// within a record (tests/unit/sites/hooks.test.ts checks all of this and that every selector parses).
// Within a hook, selectors are tried in order: stable hooks (ARIA, data-*, custom elements, the
// site's own renderer classes) first, class fragments last. lib/sites/hook-reader.ts applies them;
// each adapter keeps code only for what data cannot say (sender runs, ids, own-name comparisons).
// docs/sites.md is the human-readable table of the same facts.
import type { SiteId } from './types';

export interface Hook {
  /** CSS selectors (or, for `urls`, `host/path*` shapes), tried in order. */
  match: readonly string[];
  /** Public evidence: repository + path (or the site's own renderer), and what it shows. */
  source: string;
  /** When the source was last read for this hook, YYYY-MM-DD. */
  checked: string;
}

export interface SurfaceHooks {
  /** The list that holds the messages (observed for changes). */
  container: Hook;
  /** Inside a message but not the user's words: quoted replies, times, reactions, buttons. */
  exclude?: Hook;
  /** On the row, inside it or on a close wrapper: the child's own message. */
  own?: Hook;
  /** One message. */
  row: Hook;
  /** Where sites do not split sides: where the signed-in identity is shown, compared with the author. */
  self?: Hook;
  /** The sender's name inside a row (first of a run, where sites show it only there). */
  sender?: Hook;
  site: SiteId;
  /** Rows that are not messages (date separators, service and deleted rows). */
  skip?: Hook;
  /** Unique id `<site>-<surface>`; the records are sorted by it. */
  surface: string;
  /** The user's words inside a row. */
  text: Hook;
  /** URL shapes the surface lives at: `host/path` with `*` for any run of characters. */
  urls: Hook;
}

const TODAY = '2026-12-06';
const RESEARCH = '../shared/research/site-dom.md';

export const SITE_HOOKS: readonly SurfaceHooks[] = [
  {
    container: {
      match: ['ol[data-list-id="chat-messages"]', '[data-list-id="chat-messages"]', 'main ol:has(> li[id^="chat-messages-"])'],
      source: 'steveseguin/social_stream sources/discord.js (2026-07-19: chatListSelector); oaustegard/bookmarklets discord_scraper.js',
      checked: TODAY,
    },
    exclude: {
      match: ['time', '[class*="edited"]', '[class*="timestamp"]', '[id^="message-reply-context-"]', '[class*="repliedMessage"]'],
      source: `social_stream discord.js reads #message-content-<id> only; ${RESEARCH} §7 (Thoth guide 2026-01-08)`,
      checked: TODAY,
    },
    row: {
      match: ['li[id^="chat-messages-"]'],
      source: 'social_stream discord.js (ele.id.split("chat-messages-")), oaustegard discord_scraper.js',
      checked: TODAY,
    },
    self: {
      match: ['[class*="panelTitleContainer"]', 'section[aria-label*="User area" i] [class*="username"]', 'section[aria-label*="Khu vực người dùng" i] [class*="username"]', 'section[aria-label*="Zone utilisateur" i] [class*="username"]'],
      source: 'steveseguin/social_stream sources/discord.js (2026-07-19): the signed-in name sits in [class*="panelTitleContainer"] (no username class in the panel); compared with the author',
      checked: TODAY,
    },
    sender: {
      match: ['[id^="message-username-"] [class*="username"]', '[id^="message-username-"]'],
      source: 'social_stream discord.js ("#message-username-" + mid + " [class*=\'username\']", walks back for continuations)',
      checked: TODAY,
    },
    site: 'discord',
    surface: 'discord-channels',
    text: {
      match: ['[id^="message-content-"]'],
      source: 'social_stream discord.js ("#message-content-" + mid)',
      checked: TODAY,
    },
    urls: { match: ['discord.com/channels/*'], source: `${RESEARCH} §7 (URL /channels/<guild|@me>/<channel>)`, checked: TODAY },
  },
  {
    container: { match: ['[role="dialog"]', '[role="main"]', '[role="feed"]', 'body'], source: `${RESEARCH} §2 (comment dialogs and permalink pages)`, checked: TODAY },
    exclude: {
      match: ['[role="article"]', '[role="button"]', '[role="link"]', 'a', '[contenteditable]', 'ul', 'h2', 'h3', 'h4'],
      source: 'steveseguin/social_stream sources/facebook.js (2026-08-06: "See more" is div[dir=auto] > div[role=button], clicked before reading)',
      checked: TODAY,
    },
    row: {
      match: ['[role="article"][aria-label^="Comment by"]', '[role="article"][aria-label^="Reply by"]', '[role="article"][aria-label^="Bình luận của"]', '[role="article"][aria-label^="Commentaire de"]', '[role="article"] [role="article"]'],
      source: `${RESEARCH} §2 (Playwright post scraper, Apify actor; Vietnamese and Czech labels; "an article inside an article")`,
      checked: TODAY,
    },
    self: { match: ['[contenteditable="true"][aria-label]'], source: `${RESEARCH} §2 (composer labelled "Comment as <name>", localised)`, checked: TODAY },
    sender: { match: ['a[href]:not([href*="comment_id="])'], source: 'social_stream facebook.js (first profile link; comment_id= links are timestamps)', checked: TODAY },
    site: 'facebook',
    surface: 'facebook-comments',
    text: { match: ['div[dir="auto"]', 'span[dir="auto"]'], source: 'social_stream facebook.js (longest span[dir=auto] after noise filter)', checked: TODAY },
    urls: { match: ['www.facebook.com/*'], source: `${RESEARCH} §2 (posts, reels, videos, photos, permalink.php)`, checked: TODAY },
  },
  {
    container: {
      match: ['[role="main"][aria-label^="Conversation" i] [aria-label^="Messages in conversation" i]', '[role="main"][aria-label^="Cuộc trò chuyện" i] [aria-label^="Tin nhắn trong cuộc trò chuyện" i]', '[role="main"][aria-label^="Conversation" i] [aria-label^="Messages dans la conversation" i]', '[aria-label^="Messages in conversation" i]'],
      source: 'brbavar/katex-for-messenger-web selector.js (docked chat box div[aria-label^="Conversation"][role="main"] holding [aria-label^="Messages in conversation"], the labelled grid of /messages); theahura/shoot-the-messenger main.js (2026-03-04)',
      checked: TODAY,
    },
    exclude: { match: ['h4', 'h5', '[role="button"]', '[role="img"]', '[data-testid="messenger_delivery_status"]'], source: `${RESEARCH} §1 (Titan rowText, delete-outgoing script)`, checked: TODAY },
    own: { match: ['[data-testid="messenger_delivery_status"]'], source: `${RESEARCH} §1 (delete-outgoing script; plus the "You sent" hidden label, see meta-labels.ts)`, checked: TODAY },
    row: {
      match: ['[role="row"]:has([data-scope="messages_table"])', '[role="row"].__fb-light-mode', '[role="row"].__fb-dark-mode', '[role="row"]:has([role="gridcell"])'],
      source: 'theahura/shoot-the-messenger main.js (PR #140 2026-02-06 "use stable selectors"); Titan agent tier 2 (div[role="gridcell"]: date separators have no cell)',
      checked: TODAY,
    },
    sender: { match: ['h5'], source: `${RESEARCH} §1 (group runs: h5 before the run)`, checked: TODAY },
    site: 'facebook',
    surface: 'facebook-docked-chat',
    text: { match: ['div[dir="auto"]', 'span[dir="auto"]'], source: `${RESEARCH} §1 (Titan: longest dir=auto)`, checked: TODAY },
    urls: { match: ['www.facebook.com/*'], source: 'brbavar/katex-for-messenger-web (docked chat boxes on any facebook.com page)', checked: TODAY },
  },
  {
    container: {
      match: ['[data-pagelet="IGDMessagesList"]', '[data-pagelet="IGDOpenMessageList"]', '[aria-label*="Messages in conversation" i]', '[aria-label*="Tin nhắn trong cuộc trò chuyện" i]', '[aria-label*="Messages dans la conversation" i]', '[role="log"]'],
      source: 'xafn/instafn (1.1, 2026-06 changelog: IGDMessagesList; 2026-01 message-edit-shortcut/: IGDOpenMessageList, "Messages in conversation")',
      checked: TODAY,
    },
    exclude: {
      match: ['[role="button"]:not([aria-label*="Double tap" i])', '[role="link"]', 'a', 'h4', 'h5', 'h6', '[aria-label*="reaction" i]', 'blockquote', '[aria-label^="Original message" i]'],
      source: `${RESEARCH} §3 (rayguang6: reply previews, "Original message:"); xafn/instafn: early-2026 text sits INSIDE [role=button][aria-label*="Double tap to like"], so that button is not excluded`,
      checked: TODAY,
    },
    row: {
      match: ['[role="group"][tabindex="-1"]', '[role="row"]'],
      source: 'xafn/instafn 1.1 (2026-06) and late-2026 unsend/export userscripts: each message a [role=group][tabindex=-1]; before mid-2026 [role=row] rows (instafn message-edit-shortcut/)',
      checked: TODAY,
    },
    site: 'instagram',
    surface: 'instagram-direct',
    text: {
      match: ['[role="presentation"] div[dir="auto"]', '[role="presentation"] span[dir="auto"]', 'div[dir="auto"]', 'span[dir="auto"]'],
      source: 'xafn/instafn: early 2026 the text sits inside [role=button][aria-label*="Double tap to like"] (message-double-tap-like/); mid-2026 in a [role=presentation] bubble',
      checked: TODAY,
    },
    urls: { match: ['www.instagram.com/direct/*'], source: 'xafn/instafn dm-popup-hider/ (isOnDMPage: /direct/)', checked: TODAY },
  },
  {
    container: {
      match: ['div[style*="--x-width"] [data-pagelet="IGDMessagesList"]', 'div[style*="--x-width"] [data-pagelet="IGDOpenMessageList"]', 'div[style*="--x-width"] [aria-label*="Messages in conversation" i]', 'div[style*="--x-width"] [aria-label*="Conversation with" i]'],
      source: 'xafn/instafn src/content/features/dm-popup-hider/index.js (2026-01-15: floating DM pop-up div[style*="--x-height"][style*="--x-width"] holding div[aria-label*="Conversation"])',
      checked: TODAY,
    },
    exclude: { match: ['[role="button"]:not([aria-label*="Double tap" i])', '[role="link"]', 'a', 'h4', 'h5', 'h6', '[aria-label*="reaction" i]', 'blockquote'], source: `${RESEARCH} §3 (rayguang6); xafn/instafn (the "Double tap to like" button holds the text)`, checked: TODAY },
    row: { match: ['[role="group"][tabindex="-1"]', '[role="row"]'], source: 'xafn/instafn (same rows as the /direct/ thread)', checked: TODAY },
    site: 'instagram',
    surface: 'instagram-popup',
    text: { match: ['[role="presentation"] div[dir="auto"]', '[role="presentation"] span[dir="auto"]', 'div[dir="auto"]', 'span[dir="auto"]'], source: 'xafn/instafn (same bubbles as the /direct/ thread)', checked: TODAY },
    urls: { match: ['www.instagram.com/*'], source: 'xafn/instafn dm-popup-hider/ (the pop-up appears outside /direct/)', checked: TODAY },
  },
  {
    container: {
      match: ['[role="main"] [role="grid"][aria-label*="Messages" i]', '[role="main"] [role="grid"][aria-label*="Tin nhắn" i]', '[role="main"] [role="grid"][aria-label*="Messages dans" i]', '[role="main"] [role="grid"]'],
      source: 'theahura/shoot-the-messenger main.js (2026-03-04: [role="main"] [role="grid"]); Titan agent (label "Messages in conversation with X")',
      checked: TODAY,
    },
    exclude: { match: ['h4', 'h5', '[role="button"]', '[role="img"]', '[data-testid="messenger_delivery_status"]'], source: `${RESEARCH} §1 (Titan rowText)`, checked: TODAY },
    own: { match: ['[data-testid="messenger_delivery_status"]'], source: `${RESEARCH} §1 (delete-outgoing script; plus the "You sent" hidden label)`, checked: TODAY },
    row: {
      match: ['[role="row"]:has([data-scope="messages_table"])', '[role="row"].__fb-light-mode', '[role="row"].__fb-dark-mode', '[role="row"]:has([role="gridcell"])'],
      source: 'theahura/shoot-the-messenger main.js (PR #140 2026-02-06, PR #142 2026-02-18); Titan agent tier 2 (div[role="gridcell"]: date separators have no cell)',
      checked: TODAY,
    },
    sender: { match: ['h5'], source: `${RESEARCH} §1 (group runs: h5 before the run)`, checked: TODAY },
    site: 'messenger',
    surface: 'messenger-thread',
    text: { match: ['div[dir="auto"]', 'span[dir="auto"]'], source: `${RESEARCH} §1 (Titan: longest dir=auto)`, checked: TODAY },
    urls: { match: ['www.messenger.com/*', 'www.facebook.com/messages/*', 'www.facebook.com/messages'], source: 'theahura/shoot-the-messenger (messenger.com and facebook.com/messages, /e2ee/t/)', checked: TODAY },
  },
  {
    container: { match: ['rs-virtual-scroll-dynamic', 'rs-timeline', 'rs-virtual-scroll'], source: `${RESEARCH} §11 (Playwright and Selenium bots: faceplate-app > rs-app → rs-room / rs-direct-chat → rs-timeline → rs-virtual-scroll-dynamic, open shadow roots)`, checked: TODAY },
    exclude: { match: ['rs-timeline-event-hovercard', 'time', 'faceplate-timeago', 'button', '[slot="reactions"]', 'rs-message-reply', 'blockquote'], source: `${RESEARCH} §11 (username in rs-timeline-event-hovercard)`, checked: TODAY },
    row: { match: ['rs-timeline-event', 'div.room-message'], source: `${RESEARCH} §11 (each rs-timeline-event has its own shadow root; light-DOM overlay div.room-message)`, checked: TODAY },
    sender: { match: ['rs-timeline-event-hovercard span', 'rs-timeline-event-hovercard'], source: `${RESEARCH} §11 (div > div.flex.flex-col > div > rs-timeline-event-hovercard > span)`, checked: TODAY },
    site: 'reddit',
    surface: 'reddit-chat',
    text: { match: ['[slot="message"]', '.room-message-text', '[dir="auto"]', '.room-message-body'], source: `${RESEARCH} §11 (no source names the text node: read the event minus sender, time and buttons)`, checked: TODAY },
    urls: { match: ['chat.reddit.com/*', 'www.reddit.com/chat/*'], source: `${RESEARCH} §11 (chat.reddit.com/room/…, /user/id/<id>)`, checked: TODAY },
  },
  {
    container: { match: ['shreddit-comment-tree', '#comment-tree', 'main'], source: 'kepano/defuddle src/extractors/reddit.ts (shreddit-comment, shreddit-comment-tree)', checked: TODAY },
    exclude: { match: ['blockquote', 'time', 'button', 'faceplate-timeago'], source: 'kepano/defuddle reddit.ts (quotes are another comment\'s words)', checked: TODAY },
    row: { match: ['shreddit-comment'], source: 'kepano/defuddle reddit.ts (shreddit-comment[author][thingid][depth])', checked: TODAY },
    site: 'reddit',
    surface: 'reddit-comments',
    text: {
      match: ['[slot="comment"]', '[id$="-comment-rtjson-content"]', 'shreddit-comment-body', 'div[id$="-post-rtjson-content"]'],
      source: 'kepano/defuddle src/extractors/reddit.ts (comment body [slot="comment"]; new-Reddit text also at [id$="-comment-rtjson-content"])',
      checked: TODAY,
    },
    urls: { match: ['www.reddit.com/*'], source: 'kepano/defuddle reddit.ts (/comments/<id>)', checked: TODAY },
  },
  {
    container: { match: ['.commentarea .sitetable', '.commentarea'], source: 'kepano/defuddle reddit.ts (old Reddit: .commentarea, .child > .sitetable)', checked: TODAY },
    exclude: { match: ['blockquote', 'time', 'button'], source: 'kepano/defuddle reddit.ts', checked: TODAY },
    row: { match: ['.thing.comment[data-author]', '.thing.comment'], source: 'kepano/defuddle reddit.ts (.thing.comment[data-author][data-permalink])', checked: TODAY },
    self: { match: ['#header .user > a[href*="/user/"]'], source: `${RESEARCH} §11 (old Reddit header user link, compared with data-author)`, checked: TODAY },
    site: 'reddit',
    skip: { match: ['.deleted'], source: 'kepano/defuddle reddit.ts (deleted comments)', checked: TODAY },
    surface: 'reddit-old-comments',
    text: { match: ['.entry .usertext-body .md', '.usertext-body .md'], source: 'kepano/defuddle reddit.ts (.entry .usertext-body .md)', checked: TODAY },
    urls: { match: ['old.reddit.com/*'], source: 'kepano/defuddle reddit.ts', checked: TODAY },
  },
  {
    container: { match: ['#MiddleColumn .MessageList', '.MessageList', '#MiddleColumn .messages-container'], source: 'Ajaxy/telegram-tt src/components/middle/message/Message.tsx (closest(\'.MessageList\')); social_stream sources/telegram.js (2025-12-07)', checked: TODAY },
    exclude: { match: ['.MessageMeta', '.message-time', '.Reactions', '.EmbeddedMessage', '.message-title', '.sender-title', '.forward-title'], source: 'Ajaxy/telegram-tt Message.tsx / MessageMeta.tsx / EmbeddedMessage.tsx (reply quote)', checked: TODAY },
    own: { match: ['.own'], source: 'Ajaxy/telegram-tt Message.tsx (containerClassName: isOwn && \'own\')', checked: TODAY },
    row: { match: ['.Message.message-list-item[data-message-id]', '.message-list-item[data-message-id]'], source: 'Ajaxy/telegram-tt Message.tsx (id=getMessageHtmlId, data-message-id)', checked: TODAY },
    sender: { match: ['.message-title-name', '.sender-title', '.message-title'], source: 'Ajaxy/telegram-tt Message.tsx (renderSenderName); social_stream telegram.js', checked: TODAY },
    site: 'telegram',
    skip: { match: ['.ActionMessage', '.DeletedMessage'], source: 'Ajaxy/telegram-tt ActionMessage.tsx (service rows)', checked: TODAY },
    surface: 'telegram-a',
    text: { match: ['.text-content', '.content-inner[dir="auto"]'], source: 'Ajaxy/telegram-tt MessageText / Message.tsx (.text-content inside .content-inner)', checked: TODAY },
    urls: { match: ['web.telegram.org/a/*', 'web.telegram.org/a'], source: 'telegram-tt (served at /a/, chat in the hash)', checked: TODAY },
  },
  {
    container: {
      match: ['.chat.tabs-tab.active .bubbles-inner:not(.bubbles-remover)', '.chats-container .chat.active .bubbles-inner:not(.bubbles-remover)', '.bubbles-inner:not(.bubbles-remover)'],
      source: 'morethanwords/tweb src/components/chat/bubbles.ts constructBubbles (remover.classList.add(\'bubbles-remover\',\'bubbles-inner\'), container.append(removerContainer, scrollable.container)); chat.ts (classList.add(\'chat\',\'tabs-tab\'), several chats stay in the DOM)',
      checked: TODAY,
    },
    exclude: { match: ['.time', '.time-inner', '.reactions', '.reply', '.name', '.peer-title', '.bubble-name-forwarded', '.message-menu'], source: 'morethanwords/tweb bubbles.ts (time, reactions, wrapReply .reply, nameDiv)', checked: TODAY },
    own: { match: ['.is-out'], source: 'morethanwords/tweb bubbles.ts (bubble.classList.add(our ? \'is-out\' : \'is-in\'))', checked: TODAY },
    row: { match: ['.bubble[data-mid]'], source: 'morethanwords/tweb bubbles.ts (bubble.dataset.mid, data-peer-id, data-timestamp)', checked: TODAY },
    sender: { match: ['.name .peer-title', '.peer-title'], source: 'morethanwords/tweb bubbles.ts (nameDiv with PeerTitle in groups)', checked: TODAY },
    site: 'telegram',
    skip: { match: ['.service', '.is-date'], source: 'morethanwords/tweb bubbles.ts (createDateBubble: .bubble.service.is-date; service messages .bubble.service)', checked: TODAY },
    surface: 'telegram-k',
    text: { match: ['.message', '.translatable-message'], source: 'morethanwords/tweb bubbles.ts (.bubble-content > .message.spoilers-container)', checked: TODAY },
    urls: { match: ['web.telegram.org/k/*', 'web.telegram.org/k', 'web.telegram.org/*'], source: 'tweb (served at /k/ and, by default, at the root; chat in the hash)', checked: TODAY },
  },
  {
    container: { match: ['[data-e2e="comment-list"]', '[class*="DivCommentListContainer"]'], source: `${RESEARCH} §4b (Safari_Automations TIKTOK_SELECTORS_REFERENCE.md, validated 2026-01-31)`, checked: TODAY },
    exclude: { match: ['[data-e2e="comment-author-tag"]'], source: `${RESEARCH} §4b (creator badge inside the username)`, checked: TODAY },
    row: { match: ['[data-e2e="comment-item"]', '[class*="DivCommentItemWrapper"]', '[class*="DivCommentObjectWrapper"]'], source: `${RESEARCH} §4b`, checked: TODAY },
    sender: { match: ['[data-e2e="comment-username-1"]', '[data-e2e="comment-username-2"]'], source: `${RESEARCH} §4b`, checked: TODAY },
    site: 'tiktok',
    surface: 'tiktok-comments',
    text: { match: ['[data-e2e="comment-level-1"]', '[data-e2e="comment-level-2"]'], source: `${RESEARCH} §4b (match the attribute, not the tag: older builds used p)`, checked: TODAY },
    urls: { match: ['www.tiktok.com/@*/video/*', 'www.tiktok.com/*'], source: `${RESEARCH} §4b`, checked: TODAY },
  },
  {
    container: { match: ['[class*="DivChatBox"]', '[class*="DivChatMainContent"]'], source: `${RESEARCH} §4a (Safari_Automations, validated 2026-01-31)`, checked: TODAY },
    row: { match: ['[data-e2e="chat-item"]'], source: `${RESEARCH} §4a (DivChatItemWrapper)`, checked: TODAY },
    self: { match: ['[data-e2e="nav-profile"] a[href*="/@"]', 'a[data-e2e="nav-profile"][href*="/@"]', '[data-e2e="profile-icon"] a[href*="/@"]'], source: `${RESEARCH} §4a (compare the avatar's @handle with your own)`, checked: TODAY },
    sender: { match: ['[data-e2e="chat-nickname"]'], source: `${RESEARCH} §4a`, checked: TODAY },
    site: 'tiktok',
    surface: 'tiktok-messages',
    text: { match: ['[class*="DivTextContainer"]', 'p', '[dir="auto"]'], source: `${RESEARCH} §4a`, checked: TODAY },
    urls: { match: ['www.tiktok.com/messages*'], source: `${RESEARCH} §4a`, checked: TODAY },
  },
  {
    container: {
      match: ['#main [data-testid="conversation-panel-messages"]', '#main [data-scrolltracepolicy="wa.web.conversation.messages"]', '#main .copyable-area [role="application"]', '#main [data-testid="conversation-panel-body"]', '#main'],
      source: 'steveseguin/social_stream sources/whatsapp.js (2026-07-19: #main re-created per chat, [data-id] rows); public DOM maps dated 2026 (#main [data-testid="conversation-panel-messages"] [role="row"])',
      checked: TODAY,
    },
    exclude: {
      match: ['[aria-label*="quoted" i]', '[aria-label*="reply" i]', '[aria-label*="trích dẫn" i]', '[aria-label*="cité" i]', 'blockquote', '.quoted-mention', '[data-testid="quoted-message"]'],
      source: 'steveseguin/social_stream sources/whatsapp.js isLikelyQuotedNode (aria-label containing "quoted" or "reply", BLOCKQUOTE)',
      checked: TODAY,
    },
    own: { match: ['[data-id^="true_"]', '.message-out', '[data-testid="msg-dblcheck"]', '[data-icon="tail-out"]'], source: 'social_stream whatsapp.js; after the mid-2026 refresh .message-out is gone: the true_ data-id prefix stays; tail-out only on a run\'s first bubble', checked: TODAY },
    row: { match: ['div[data-id]'], source: 'social_stream whatsapp.js (#main [data-id]:not([data-set123])); 2026 DOM maps [data-testid^="conv-msg-"][data-id] in [role="row"]', checked: TODAY },
    sender: { match: ['[data-pre-plain-text]'], source: `${RESEARCH} §8 (social-copilot: "[10:54 PM, 12/9/2025] Name: ")`, checked: TODAY },
    site: 'whatsapp',
    surface: 'whatsapp-chat',
    text: { match: ['.selectable-text.copyable-text', '[data-testid="selectable-text"]'], source: 'social_stream whatsapp.js extractChatMessageText (".selectable-text.copyable-text, [data-testid=\'selectable-text\'].copyable-text")', checked: TODAY },
    urls: { match: ['web.whatsapp.com/*'], source: 'social_stream whatsapp.js (no per-chat URL)', checked: TODAY },
  },
  {
    container: {
      match: ['[data-testid="dm-message-list"]', '[data-testid="dm-message-list-container"]', '[data-testid="dm-conversation-panel"]'],
      source: 'public X automation selector maps dated 2026 ("dm-message-list is confirmed present in the new UI"; dm-conversation-panel; composer textarea[data-testid="dm-composer-textarea"])',
      checked: TODAY,
    },
    exclude: { match: ['time', '[role="button"]', '[data-testid^="message-reactions"]', '[data-testid="dm-quoted-message"]', '[data-testid^="message-reply-"]'], source: 'public X Chat content scripts dated 2026 (reply previews and reactions beside the text)', checked: TODAY },
    own: { match: ['.justify-end', '[class~="justify-end"]'], source: 'public X Chat content scripts dated 2026 (own bubbles sit in a justify-end row)', checked: TODAY },
    row: { match: ['[data-testid^="message-"]:not([data-testid^="message-text-"]):not([data-testid^="message-list"]):not([data-testid^="message-reactions"]):not([data-testid^="message-reply-"])'], source: 'public X Chat selector maps dated 2026 (bubbles [data-testid^="message-"])', checked: TODAY },
    site: 'x',
    surface: 'x-chat',
    text: { match: ['[data-testid^="message-text-"]'], source: 'public X Chat selector maps dated 2026 (text [data-testid^="message-text-"])', checked: TODAY },
    urls: { match: ['x.com/i/chat*'], source: 'X Chat at x.com/i/chat/<id1>-<id2> (2026)', checked: TODAY },
  },
  {
    container: { match: ['[data-testid="DM_timeline"]', '[data-testid="DmActivityContainer"]'], source: `${RESEARCH} §10 (Safari_Automations twitter-dm 2026-02/03)`, checked: TODAY },
    exclude: { match: ['time', '[role="button"]', '[data-testid="DMQuotedMessage"]', '[data-testid="messageReactions"]', '[data-testid="dmMessageTime"]'], source: `${RESEARCH} §10`, checked: TODAY },
    row: { match: ['[data-testid="messageEntry"]'], source: `${RESEARCH} §10 (Safari_Automations docs + code)`, checked: TODAY },
    site: 'x',
    surface: 'x-messages',
    text: { match: ['[data-testid="tweetText"]', '[data-testid="messageText"]', 'span[dir="auto"]', 'div[dir="auto"]'], source: `${RESEARCH} §10 (Safari_Automations readMessages)`, checked: TODAY },
    urls: { match: ['x.com/messages*'], source: `${RESEARCH} §10 (legacy /messages/<conversationId>)`, checked: TODAY },
  },
  {
    container: { match: ['ytd-comments#comments', 'ytd-comments', '#comments', 'ytm-comment-section-renderer', 'ytm-comments-entry-point-header-renderer ~ *'], source: `${RESEARCH} §5a (public userscripts; mobile ytm-comment-renderer)`, checked: TODAY },
    exclude: { match: ['tp-yt-paper-button', '#more', '#less', '.more-button', '.less-button'], source: `${RESEARCH} §5a (expander buttons beside #content-text)`, checked: TODAY },
    row: { match: ['ytd-comment-view-model', 'ytd-comment-renderer', 'ytm-comment-renderer'], source: `${RESEARCH} §5a (ytd-comment-view-model current, ytd-comment-renderer legacy, ytm- on m.youtube.com)`, checked: TODAY },
    sender: { match: ['#author-text', '.comment-header a', 'ytm-comment-renderer .comment-title'], source: `${RESEARCH} §5a`, checked: TODAY },
    site: 'youtube',
    surface: 'youtube-comments',
    text: { match: ['#content-text', '.comment-text', '.user-text'], source: `${RESEARCH} §5a (yt-attributed-string#content-text)`, checked: TODAY },
    urls: { match: ['www.youtube.com/*', 'm.youtube.com/*'], source: 'steveseguin/social_stream sources/youtube.js (2026-08-01); m.youtube.com is now in the manifest matches', checked: TODAY },
  },
  {
    container: { match: ['yt-live-chat-item-list-renderer #items', '#chat #items', 'yt-live-chat-app'], source: 'steveseguin/social_stream sources/youtube.js (2026-08-01: #chat-messages #chat #contents > #item-scroller > #item-offset > #items)', checked: TODAY },
    exclude: { match: ['#reply-message', '[id*="reply-message"]', '#timestamp', '#chat-badges'], source: 'steveseguin/social_stream sources/youtube.js (2026-08-01: reply previews yt-live-chat-text-message-renderer #reply-message)', checked: TODAY },
    row: { match: ['yt-live-chat-text-message-renderer', 'yt-live-chat-paid-message-renderer'], source: 'social_stream youtube.js checkType()', checked: TODAY },
    sender: { match: ['#author-name', '#author-name-v2'], source: 'social_stream youtube.js', checked: TODAY },
    site: 'youtube',
    skip: { match: ['[is-deleted]'], source: 'social_stream youtube.js (attributeFilter: [\'is-deleted\'])', checked: TODAY },
    surface: 'youtube-live-chat',
    text: { match: ['#message'], source: 'social_stream youtube.js (#message; emoji are img alt)', checked: TODAY },
    urls: { match: ['www.youtube.com/live_chat*', 'm.youtube.com/live_chat*', 'www.youtube.com/live_chat_replay*'], source: 'social_stream youtube.js (embedded chat is /live_chat?continuation=… without v=)', checked: TODAY },
  },
  {
    container: { match: ['#messageViewScroll', '#messageView', '#chatView'], source: `${RESEARCH} §6 (Zalo Plasmo CS, selectors scouted 2026-05-06; Zalo Playwright parser); public Zalo content scripts 2026 ("#messageViewScroll [id^='bb_msg_id_']")`, checked: TODAY },
    exclude: {
      match: ['[data-component="message-quote"]', '.message-quote-fragment', '.card-send-time', '.card-send-time__sendTime', '.card-sender-name', '.message-reaction', '.message-reaction-container', '.reaction-btn', '.reacts-list'],
      source: `${RESEARCH} §6 (quoted replies inside the bubble); a public Zalo bubble dump (cheerio scraper: .card-sender-name, .card-send-time__sendTime beside span.text; the text's own card is .card-with-reaction-v2, so no [class*="reaction"] here); public Zalo reader (.reaction-btn, .message-reaction-container, .reacts-list)`,
      checked: TODAY,
    },
    own: { match: ['.me', '[data-id="div_SentMsg_Text"]', '[data-id*="SentMsg"]'], source: `${RESEARCH} §6 (Plasmo CS: class me; Playwright parser: div_SentMsg_Text); public Zalo scripts 2026 (.text-message__container[data-id*='SentMsg'])`, checked: TODAY },
    row: {
      match: ['[data-component="bubble-message"]', '[data-node-type="bubble-message"]', '[id^="bb_msg_id_"]'],
      source: `${RESEARCH} §6 (Plasmo CS; Playwright parser); a public Zalo bubble dump (div.chat-message#bb_msg_id_<ms>[data-node-type="bubble-message"])`,
      checked: TODAY,
    },
    sender: { match: ['.message-sender-name-content .truncate', '.message-sender-name-content', '.card-sender-name:not(.hidden)'], source: `${RESEARCH} §6 (Playwright parser); public Zalo scraper selectors (senderName: .message-sender-name-content)`, checked: TODAY },
    site: 'zalo',
    surface: 'zalo-chat',
    text: {
      match: ['[data-component="message-text-content"]', '.text-message__container [data-component="text-container"]', '[data-z-element-type="rtf-text"]', '.text-message__container', '[id^="mtc-"] .text', 'span.text'],
      source: `${RESEARCH} §6 (Plasmo CS; Playwright parser); public Zalo scraper selectors (messageContent: .text-message__container) and bubble dump (span[id^="mtc-"] > span.text)`,
      checked: TODAY,
    },
    urls: { match: ['chat.zalo.me/*'], source: `${RESEARCH} §6 (the URL does not name the chat)`, checked: TODAY },
  },
];

/** The record of one surface (a programming error when missing, caught by the hooks test). */
export function hooksOf(surface: string): SurfaceHooks {
  const found = SITE_HOOKS.find((record) => record.surface === surface);
  if (!found) throw new Error(`No hooks for surface ${surface}`);
  return found;
}
