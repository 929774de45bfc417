// Policy from the first second (issue 15). On a fresh profile the school's policy is not known
// yet when the first chat page opens (Chromium answers the first storage.managed read ~3 s after
// start), and any warning could be one the policy switches off — a disabled category or site, an
// allowed phrase, a lower locked level. Until managed storage has answered once in this profile
// (or POLICY_FIRST_READ_MAX_MS passed without an answer), flagged verdicts are held back before
// the sinks: no card, no event, no risk mark. Verdicts that flag nothing go through. When the gate
// opens, the caller first applies the merged settings: if the policy changed them, the page is
// judged again (the session ends and what was held is dropped); if not, the held verdicts go to
// the sinks as they are, so the child still gets the warning and nothing is judged twice.
import type { Verdict } from '@/lib/detect/types';
import { BoundedMap } from '@/lib/scan/bounded-map';
import { MAX_SEEN_MESSAGES, type ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import { policyReadInThisProfile, waitForPolicyRead } from '@/lib/store/effective-settings';

interface HeldVerdict {
  message: ScannedMessage;
  verdict: Verdict;
  first: boolean;
}

export class PolicyGate implements Required<VerdictSink> {
  /** Flagged verdicts of the current session while closed, by message key (its latest element). */
  private readonly held = new BoundedMap<string, HeldVerdict>(MAX_SEEN_MESSAGES);
  /** More held than kept: the oldest were forgotten, so only judging the page again shows them. */
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
    const earlier = this.held.get(message.messageKey);
    if (!earlier && this.held.size === this.held.capacity) this.overflow = true;
    this.held.set(message.messageKey, { message, verdict, first: first || (earlier?.first ?? false) });
  }

  onSessionEnd(): void {
    // Held verdicts belong to the session's page and settings; the next session judges afresh.
    this.held.clear();
    this.overflow = false;
    this.inner.onSessionEnd();
  }

  /** From now on every verdict goes through; what was held (same session) goes through first. */
  openNow(): void {
    if (this.open) return;
    this.open = true;
    const held = [...this.held.values()];
    this.held.clear();
    for (const { message, verdict, first } of held) this.inner.onVerdict(message, verdict, first);
  }

  /**
   * Unless already open: once the policy has been read (or the wait ran out), `settle` applies the
   * merged settings (ending the session when they changed, or when `mustRejudge`: more was held
   * than kept), then the gate opens.
   */
  openAfterPolicyRead(settle: (mustRejudge: boolean) => Promise<void>): void {
    if (this.open) return;
    void waitForPolicyRead()
      .then(() => settle(this.overflow))
      .catch(() => undefined)
      .then(() => this.openNow());
  }
}

/** A gate in front of `inner`: open at once when this profile has seen the policy before. */
export async function policyGate(inner: Required<VerdictSink>): Promise<PolicyGate> {
  return new PolicyGate(inner, await policyReadInThisProfile());
}
