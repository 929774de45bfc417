/** 53-bit FNV-1a-style hash of a string, as base-36 text; stable across page loads. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) & 0x1fffff).toString(36) + (h1 >>> 0).toString(36);
}

/**
 * The stable key of a message: the platform id when the site has one, otherwise a hash of
 * conversation + sender + text. The scanner adds `#n` for true duplicates ("ok" sent twice).
 */
export function baseMessageKey(site: string, conversationKey: string, platformId: string | undefined, sender: string | undefined, text: string): string {
  if (platformId) return `${site}:${platformId}`;
  return `${site}:${hashText(`${conversationKey}\u0000${sender ?? ''}\u0000${text}`)}`;
}
