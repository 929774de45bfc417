// Policy from the first second (issue 15). On a fresh profile the school's policy is not known
// yet when the first chat page opens (Chromium answers the first storage.managed read ~3 s after
// start), and any warning could be one the policy switches off — a disabled category or site, an
// allowed phrase, a lower locked level. Until managed storage has answered once in this profile
// (or POLICY_FIRST_READ_MAX_MS passed without an answer), flagged verdicts are dropped before the
// sinks: no card, no event, no risk mark. Verdicts that flag nothing go through. When the gate
// opens the page is judged again with the merged settings, so nothing dropped is lost.
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import { policyReadInThisProfile, waitForPolicyRead } from '@/lib/store/effective-settings';

export class PolicyGate implements Required<VerdictSink> {
  constructor(
    private readonly inner: Required<VerdictSink>,
    private open: boolean,
  ) {}

  get isOpen(): boolean {
    return this.open;
  }

  onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean): void {
    if (this.open || !verdict.flagged) this.inner.onVerdict(message, verdict, first);
  }

  onSessionEnd(): void {
    this.inner.onSessionEnd();
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
