import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkNewPin,
  FIRST_LOCKOUT_MS,
  FREE_ATTEMPTS,
  hasPin,
  loadPin,
  lockoutDelay,
  MAX_LOCKOUT_MS,
  PIN_KEY,
  pinLockedUntil,
  removePin,
  setPin,
  verifyPin,
} from '@/lib/store/pin';

// Few iterations keep the tests fast; the count is stored with each hash, so checks use it.
const FAST = 1000;
const NOW = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

describe('new PIN rules', () => {
  it.each([
    ['1234', null],
    ['123456789012', null],
    ['123', 'too-short'],
    ['1234567890123', 'too-long'],
    ['12a4', 'not-digits'],
    ['12 34', 'not-digits'],
    ['', 'too-short'],
  ])('%j → %s', (pin, problem) => {
    expect(checkNewPin(pin)).toBe(problem);
  });
});

describe('lockout delay', () => {
  it('lets the first attempts through, then doubles the wait up to a cap', () => {
    expect(Array.from({ length: FREE_ATTEMPTS }, (_, i) => lockoutDelay(i))).toEqual([0, 0, 0]);
    expect(lockoutDelay(FREE_ATTEMPTS)).toBe(FIRST_LOCKOUT_MS);
    expect(lockoutDelay(FREE_ATTEMPTS + 1)).toBe(2 * FIRST_LOCKOUT_MS);
    expect(lockoutDelay(FREE_ATTEMPTS + 2)).toBe(4 * FIRST_LOCKOUT_MS);
    expect(lockoutDelay(100)).toBe(MAX_LOCKOUT_MS);
  });
});

describe('PIN storage and checks', () => {
  it('stores a salted hash, never the PIN, and accepts only the right PIN', async () => {
    expect(await hasPin()).toBe(false);
    await setPin('2468', FAST);
    const stored = (await fakeBrowser.storage.local.get(PIN_KEY))[PIN_KEY] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['failures', 'hash', 'iterations', 'lockedUntil', 'salt']);
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await verifyPin('2468', NOW)).toEqual({ ok: true });
    expect(await verifyPin('2469', NOW)).toMatchObject({ ok: false, reason: 'wrong', attemptsBeforeWait: 2 });
  });

  it('uses a new salt each time, so the same PIN hashes differently', async () => {
    await setPin('2468', FAST);
    const first = (await loadPin()).record!;
    await setPin('2468', FAST);
    const second = (await loadPin()).record!;
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('refuses new PINs that break the rules', async () => {
    await expect(setPin('12', FAST)).rejects.toThrow(/too-short/);
    expect(await hasPin()).toBe(false);
  });

  it('counts wrong attempts persistently and refuses even the right PIN during the wait', async () => {
    await setPin('2468', FAST);
    for (let i = 1; i < FREE_ATTEMPTS; i++) {
      expect(await verifyPin('0000', NOW)).toMatchObject({ reason: 'wrong', lockedUntil: 0 });
    }
    expect(await verifyPin('0000', NOW)).toMatchObject({ reason: 'wrong', lockedUntil: NOW + FIRST_LOCKOUT_MS });
    expect(await pinLockedUntil(NOW)).toBe(NOW + FIRST_LOCKOUT_MS);
    expect(await verifyPin('2468', NOW + 1000)).toEqual({ ok: false, reason: 'locked', lockedUntil: NOW + FIRST_LOCKOUT_MS });
    // After the wait, one more wrong PIN doubles it.
    const later = NOW + FIRST_LOCKOUT_MS + 1;
    expect(await verifyPin('0000', later)).toMatchObject({ reason: 'wrong', lockedUntil: later + 2 * FIRST_LOCKOUT_MS });
    // The right PIN after the wait works and starts the count over.
    const after = later + 2 * FIRST_LOCKOUT_MS + 1;
    expect(await verifyPin('2468', after)).toEqual({ ok: true });
    expect((await loadPin()).record).toMatchObject({ failures: 0, lockedUntil: 0 });
  });

  it('treats a damaged stored PIN as absent and says it was damaged', async () => {
    await fakeBrowser.storage.local.set({ [PIN_KEY]: { salt: 'not base64!', hash: 5 } });
    expect(await loadPin()).toEqual({ record: null, corrupt: true });
    expect(await verifyPin('2468', NOW)).toEqual({ ok: false, reason: 'no-pin' });
  });

  it('can be removed (switching to teen mode)', async () => {
    await setPin('2468', FAST);
    await removePin();
    expect(await hasPin()).toBe(false);
  });
});
