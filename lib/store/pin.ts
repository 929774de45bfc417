// The parent's PIN: a salted PBKDF2 hash (WebCrypto), never the PIN itself, plus a persistent
// count of wrong attempts so that closing the page does not reset the growing delay.
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const PIN_KEY = 'pin';
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the count is stored so it can grow later. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
/** Wrong attempts allowed before the first wait. */
export const FREE_ATTEMPTS = 3;
/** First wait after FREE_ATTEMPTS wrong PINs; it doubles with every further wrong PIN. */
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 60 * 60 * 1000;

const PinRecordSchema = v.object({
  salt: v.pipe(v.string(), v.base64()),
  hash: v.pipe(v.string(), v.base64()),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lockedUntil: v.pipe(v.number(), v.minValue(0)),
});
export type PinRecord = v.InferOutput<typeof PinRecordSchema>;

export type PinProblem = 'too-short' | 'too-long' | 'not-digits';

/** Why a new PIN is not acceptable (null = fine). Digits only: easy to type on any keyboard. */
export function checkNewPin(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_LENGTH) return 'too-short';
  if (pin.length > PIN_MAX_LENGTH) return 'too-long';
  return null;
}

/** How long to wait after `failures` wrong attempts in a row (0 = no wait). */
export function lockoutDelay(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS));
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function hashPin(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export interface StoredPin {
  record: PinRecord | null;
  /** A PIN value was stored but could not be read (it is then treated as absent). */
  corrupt: boolean;
}

export async function loadPin(): Promise<StoredPin> {
  const raw = (await browser.storage.local.get(PIN_KEY))[PIN_KEY];
  if (raw === undefined) return { record: null, corrupt: false };
  const parsed = v.safeParse(PinRecordSchema, raw);
  return parsed.success ? { record: parsed.output, corrupt: false } : { record: null, corrupt: true };
}

export async function hasPin(): Promise<boolean> {
  return (await loadPin()).record !== null;
}

/** Stores a new PIN (salted hash only); wrong-attempt counts start over. */
export async function setPin(pin: string, iterations = PBKDF2_ITERATIONS): Promise<void> {
  const problem = checkNewPin(pin);
  if (problem) throw new Error(`PIN rejected: ${problem}`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await hashPin(pin, salt, iterations);
  const record: PinRecord = { salt: toBase64(salt), hash: toBase64(hash), iterations, failures: 0, lockedUntil: 0 };
  await browser.storage.local.set({ [PIN_KEY]: record });
}

export async function removePin(): Promise<void> {
  await browser.storage.local.remove(PIN_KEY);
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'locked'; lockedUntil: number }
  | { ok: false; reason: 'wrong'; lockedUntil: number; attemptsBeforeWait: number };

/** Until when PIN entry is refused (0 = it is allowed now). */
export async function pinLockedUntil(now = Date.now()): Promise<number> {
  const { record } = await loadPin();
  return record && record.lockedUntil > now ? record.lockedUntil : 0;
}

/**
 * Checks a PIN. While a wait is running every attempt is refused without hashing (so the wait
 * cannot be skipped); each wrong PIN is counted in storage and past FREE_ATTEMPTS starts a wait
 * that doubles each time.
 */
export async function verifyPin(pin: string, now = Date.now()): Promise<PinCheck> {
  const { record } = await loadPin();
  if (!record) return { ok: false, reason: 'no-pin' };
  if (record.lockedUntil > now) return { ok: false, reason: 'locked', lockedUntil: record.lockedUntil };
  const hash = await hashPin(pin, fromBase64(record.salt), record.iterations);
  if (sameBytes(hash, fromBase64(record.hash))) {
    if (record.failures || record.lockedUntil) {
      await browser.storage.local.set({ [PIN_KEY]: { ...record, failures: 0, lockedUntil: 0 } });
    }
    return { ok: true };
  }
  // Re-read: another page may have counted a wrong attempt while this one was hashing.
  const latest = (await loadPin()).record ?? record;
  const failures = latest.failures + 1;
  const delay = lockoutDelay(failures);
  const lockedUntil = delay ? now + delay : 0;
  await browser.storage.local.set({ [PIN_KEY]: { ...latest, failures, lockedUntil } });
  return { ok: false, reason: 'wrong', lockedUntil, attemptsBeforeWait: Math.max(0, FREE_ATTEMPTS - failures) };
}
