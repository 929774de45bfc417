// Bytes ↔ base64, to hand the model from the service worker to a tab through runtime messaging
// (which carries JSON, not binary). atob/btoa exist in workers, pages and Node alike.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  // Chunked: String.fromCharCode with 400 K arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** Throws on text that is not base64. */
export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
