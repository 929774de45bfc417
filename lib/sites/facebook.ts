// Facebook outside /messages (www.facebook.com): comments on posts, reels and videos (record
// `facebook-comments`) and the Messenger chat boxes docked at the bottom of any page (record
// `facebook-docked-chat`: a `[role="main"][aria-label^="Conversation"]` box holding the same
// labelled grid as /messages, read like Messenger). A comment is `[role="article"]` labelled
// "Comment by …" / "Reply by …" — localised — or, language-independent, an article inside an
// article. The composer shares the label prefix, so anything editable is excluded. Long comments
// end in "See more": it is pressed once so the whole comment is read (social_stream does the same).
import type { MessageRead, SiteAdapter } from './types';
import { collapse, insideExcluded, queryWithin } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, longestTextBy, perDocument, surfaceMatches } from './hook-reader';
import { isMessengerRow, readMessengerRow } from './messenger';

const COMMENTS = hooksOf('facebook-comments');
const DOCKED = hooksOf('facebook-docked-chat');
const ARTICLE = '[role="article"]';
const DOCKED_ROW = DOCKED.container.match.map((grid) => `${grid} [role="row"]`).join(', ');
/** Label prefixes of comments and replies, per UI language. */
const COMMENT_LABEL = /^(comment by|reply by|bình luận của|phản hồi của|trả lời của|commentaire de|réponse de)\s+(.+?)(?:\s+(?:\d|il y a|à l['’]instant|vừa xong|just now|\S+ ago).*)?$/i;
const UI_STRINGS = /^(like|reply|share|see more|see translation|thích|phản hồi|chia sẻ|xem thêm|xem bản dịch|j’aime|j'aime|répondre|partager|voir plus|voir la traduction|author|tác giả|auteur|top fan|fan cứng|\d+\s?[smhdwy]|\d+\s?(phút|giờ|ngày|tuần|min|h|j|sem\.?))$/i;
/** "See more" at the end of a truncated comment (social_stream: div[dir=auto] > div[role=button][tabindex=0]). */
const SEE_MORE = '[dir="auto"] > [role="button"][tabindex="0"]';
const SEE_MORE_LABEL = /^(see more|xem thêm|voir plus|afficher la suite)$/i;
const SELF_RETRY_MS = 2000;
const expanded = new WeakSet<Element>();

const selfName = perDocument((doc) => {
  const label = doc.querySelector(anyOf(COMMENTS.self))?.getAttribute('aria-label') ?? '';
  return /^(?:comment as|bình luận dưới tên|commenter en tant que)\s+(.+)$/i.exec(label)?.[1]?.trim();
}, SELF_RETRY_MS, Number.POSITIVE_INFINITY);

export const facebook: SiteAdapter = {
  id: 'facebook',
  matchesUrl: (url) => surfaceMatches(COMMENTS, url) && !/^\/messages(\/|$)/.test(url.pathname),
  // Comments are expected on a post, a reel or a video (a feed may show none), messages in an open chat box.
  expectsChat: (url, doc) => /\/(posts|reel|videos|watch|permalink\.php|photo)/.test(url.pathname + url.search) || (doc !== undefined && findContainerBy(doc, DOCKED) !== null),
  // A docked chat sits outside the post's main column: then the whole page is watched.
  findContainer: (doc) => (findContainerBy(doc, DOCKED) ? doc.body : findContainerBy(doc, COMMENTS)),
  findMessages: (root) => [...queryWithin(root, ARTICLE).filter(isComment), ...queryWithin(root, DOCKED_ROW).filter(isMessengerRow)].sort(documentOrder),
  closestMessage(node) {
    const row = node.closest(DOCKED_ROW);
    if (row) return isMessengerRow(row) ? row : null;
    for (let article = node.closest(ARTICLE); article; article = article.parentElement?.closest(ARTICLE) ?? null) {
      if (isComment(article)) return article;
    }
    return null;
  },
  readMessage(el) {
    if (el.matches(DOCKED_ROW)) return readMessengerRow(el);
    if (!isComment(el)) return null;
    expandSeeMore(el);
    const text = longestTextBy(el, COMMENTS, (candidate) => UI_STRINGS.test(candidate));
    if (!text) return null;
    const read: MessageRead = { text, direction: 'in' };
    const sender = senderOf(el);
    if (sender) read.sender = sender;
    if (sender && sender === selfName(el.ownerDocument)) {
      read.direction = 'out';
      delete read.sender;
    }
    const id = el.id || el.parentElement?.id || '';
    if (id && !id.startsWith('client:')) read.platformId = id;
    return read;
  },
  conversationKey: (_doc, url) => postKey(url),
  selectorsTried: [...COMMENTS.row.match, ...DOCKED.container.match, ...COMMENTS.text.match],
};

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** A comment: a localised "Comment by" label, or an article nested inside an article. Never the composer. */
function isComment(el: Element): boolean {
  if (!el.matches(ARTICLE) || el.matches('[contenteditable]') || el.querySelector(':scope > [contenteditable], :scope > div > [contenteditable]')) return false;
  return COMMENT_LABEL.test(el.getAttribute('aria-label') ?? '') || el.parentElement?.closest(ARTICLE) != null;
}

/** Press the comment's own "See more" once; Facebook then renders the rest of the text in place. */
function expandSeeMore(article: Element): void {
  if (expanded.has(article)) return;
  for (const button of article.querySelectorAll(SEE_MORE)) {
    if (insideExcluded(button, article, ARTICLE) || !SEE_MORE_LABEL.test(collapse(button.textContent ?? ''))) continue;
    expanded.add(article);
    (button as HTMLElement).click();
    return;
  }
}

/** The first named profile link of the comment itself (timestamp permalinks carry comment_id=), else the label. */
function senderOf(article: Element): string | undefined {
  for (const link of article.querySelectorAll(anyOf(COMMENTS.sender))) {
    if (insideExcluded(link, article, ARTICLE)) continue;
    const name = collapse(link.textContent ?? '');
    if (name) return name;
  }
  return COMMENT_LABEL.exec(article.getAttribute('aria-label') ?? '')?.[2]?.trim();
}

/** The post, reel or video the comments belong to. */
function postKey(url: URL): string {
  const id =
    /\/(?:posts|reel|videos)\/([^/?#]+)/.exec(url.pathname)?.[1] ??
    url.searchParams.get('story_fbid') ??
    url.searchParams.get('v') ??
    url.searchParams.get('fbid');
  return id ?? url.pathname;
}
