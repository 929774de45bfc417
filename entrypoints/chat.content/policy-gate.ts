// Policy from the first second (issue 15). On a fresh profile the school's policy is not known
// yet when the first chat page opens (Chromium answers the first storage.managed read ~3 s after
// start), and any warning could be one the policy switches off — a disabled category or site, an
// allowed phrase, a lower locked level. Until managed storage has answered once in this profile
// (or POLICY_FIRST_READ_MAX_MS passed without an answer), flagged verdicts are dropped before the
// sinks: no card, no event, no risk mark. Verdicts that flag nothing go through. When the gate
// opens, a page that had something held back (or whose merged settings differ) is judged again
// from the start, so nothing dropped is lost; a page with nothing held back is not scanned twice.
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import { policyReadInThisProfile, waitForPolicyRead } from '@/lib/store/effective-settings';

/** Held-back messages are listed up to this many (the caller only needs to know there were some). */
const MAX_HELD = 1000;

export class PolicyGate implements Required<VerdictSink> {
  private held = new Set<Element>();
  private overflow = false;

  constructor(
    private readonly inner: Required<VerdictSink>,
    private open: boolean,
  ) {}

  get isOpen(): boolean {
    return this.open;
  }

  onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean): void {
    if (this.open || !verdict.flagged) return this.inner.onVerdict(message, verdict, first);
    if (this.held.size < MAX_HELD) this.held.add(message.element);
    else this.overflow = true;
  }

  onSessionEnd(): void {
    // The next session judges its page afresh (and holds back again while closed).
    this.held.clear();
    this.overflow = false;
    this.inner.onSessionEnd();
  }

  /** The message elements held back so far (then forgotten); null when too many to list. */
  takeHeld(): Element[] | null {
    const held = this.overflow ? null : [...this.held];
    this.held.clear();
    this.overflow = false;
    return held;
  }

  /** From now on every verdict goes through; the caller judges the page again. */
  openNow(): void {
    this.open = true;
  }
}

/**
 * A gate in front of `inner`: open at once when this profile has seen the policy before,
 * otherwise opened (and `onOpen` called to re-judge with the merged settings) after the first read.
 */
export async function policyGate(inner: Required<VerdictSink>, onOpen: () => void): Promise<PolicyGate> {
  if (await policyReadInThisProfile()) return new PolicyGate(inner, true);
  const gate = new PolicyGate(inner, false);
  void waitForPolicyRead().then(() => {
    gate.openNow();
    onOpen();
  });
  return gate;
}
