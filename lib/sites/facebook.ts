// Facebook comments on posts, reels and videos (www.facebook.com outside /messages). Hooks from
// ../shared/research/site-dom.md §2: a comment is `[role="article"]` labelled "Comment by …" /
// "Reply by …" — localised ("Bình luận của …", "Commentaire de …") — and, language-independent, an
// article nested inside an article [A/B]. The comment composer shares the label prefix
// ("Bình luận dưới tên …"), so anything editable is excluded. Text is the longest `dir="auto"`
// block of the comment itself, its replies (nested articles) left out.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, insideExcluded, longestText, queryWithin } from './dom-text';

const CONTAINER_SELECTORS = ['[role="dialog"]', '[role="main"]', '[role="feed"]', 'body'] as const;
const ARTICLE = '[role="article"]';
/** Label prefixes of comments and replies, per UI language. */
const COMMENT_LABEL = /^(comment by|reply by|bình luận của|phản hồi của|trả lời của|commentaire de|réponse de)\s+(.+?)(?:\s+(?:\d|il y a|à l['’]instant|vừa xong|just now|\S+ ago).*)?$/i;
const TEXT = 'div[dir="auto"], span[dir="auto"]';
/** Inside a comment but not its words: replies, buttons ("Like", "Reply", "See more"), links such as the author and time. */
const NOT_USER_TEXT = `${ARTICLE}, [role="button"], [role="link"], a, [contenteditable], ul, h2, h3, h4`;
const UI_STRINGS = /^(like|reply|share|see more|see translation|thích|phản hồi|chia sẻ|xem thêm|xem bản dịch|j’aime|j'aime|répondre|partager|voir plus|voir la traduction|author|tác giả|auteur|top fan|fan cứng|\d+\s?[smhdwy]|\d+\s?(phút|giờ|ngày|tuần|min|h|j|sem\.?))$/i;

export const facebook: SiteAdapter = {
  id: 'facebook',
  matchesUrl: (url) => url.hostname === 'www.facebook.com' && !/^\/messages(\/|$)/.test(url.pathname),
  // Comments are expected on a post, a reel or a video; a feed may show none.
  expectsChat: (url) => /\/(posts|reel|videos|watch|permalink\.php|photo)/.test(url.pathname + url.search),
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ARTICLE).filter(isComment),
  closestMessage(node) {
    for (let article = node.closest(ARTICLE); article; article = article.parentElement?.closest(ARTICLE) ?? null) {
      if (isComment(article)) return article;
    }
    return null;
  },
  readMessage(article) {
    if (!isComment(article)) return null;
    const text = longestText(article, TEXT, NOT_USER_TEXT, (candidate) => UI_STRINGS.test(candidate));
    if (!text) return null;
    const read: MessageRead = { text, direction: 'in' };
    const sender = senderOf(article);
    if (sender) read.sender = sender;
    if (sender && sender === selfName(article.ownerDocument)) {
      read.direction = 'out';
      delete read.sender;
    }
    const id = article.id || article.parentElement?.id || '';
    if (id && !id.startsWith('client:')) read.platformId = id;
    return read;
  },
  conversationKey: (_doc, url) => postKey(url),
  selectorsTried: [`${ARTICLE}[aria-label^="Comment by"]`, `${ARTICLE}[aria-label^="Bình luận của"]`, `${ARTICLE}[aria-label^="Commentaire de"]`, `${ARTICLE} ${ARTICLE}`, TEXT],
};

/** A comment: a localised "Comment by" label, or an article nested inside an article. Never the composer. */
function isComment(el: Element): boolean {
  if (!el.matches(ARTICLE) || el.matches('[contenteditable]') || el.querySelector(':scope > [contenteditable], :scope > div > [contenteditable]')) return false;
  return COMMENT_LABEL.test(el.getAttribute('aria-label') ?? '') || el.parentElement?.closest(ARTICLE) != null;
}

/** The first named profile link of the comment itself (timestamp permalinks carry comment_id=), else the label. */
function senderOf(article: Element): string | undefined {
  for (const link of article.querySelectorAll('a[href]')) {
    if (insideExcluded(link, article, ARTICLE)) continue;
    if ((link.getAttribute('href') ?? '').includes('comment_id=')) continue;
    const name = collapse(link.textContent ?? '');
    if (name) return name;
  }
  return COMMENT_LABEL.exec(article.getAttribute('aria-label') ?? '')?.[2]?.trim();
}

/** The signed-in user's name, from the composer's "Comment as <name>" label (localised). */
function selfName(doc: Document): string | undefined {
  const label = doc.querySelector('[contenteditable="true"][aria-label]')?.getAttribute('aria-label') ?? '';
  return /^(?:comment as|bình luận dưới tên|commenter en tant que)\s+(.+)$/i.exec(label)?.[1]?.trim();
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
