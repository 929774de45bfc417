// Where verdicts go. The session hands each verdict to a list of sinks — the card layer, the event
// reporter, the test marker — in order; none of them feeds back into judging (what the child
// answers on a card reaches the judge only as data: the suppression list).
import type { Verdict } from '../detect/types';
import type { ScannedMessage } from './page-scanner';

export interface VerdictSink {
  /** A message element shows a verdict; `first` is false for a re-render of a message already judged in this session. */
  onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean): void;
  /** The session ended (navigation, pause, settings changed): drop what belongs to its page. */
  onSessionEnd?(): void;
}

/** One sink that hands each call to every sink; a sink that throws does not stop the others. */
export function fanOut(sinks: readonly VerdictSink[], onError: (error: unknown) => void = () => undefined): Required<VerdictSink> {
  return {
    onVerdict(message, verdict, first) {
      for (const sink of sinks) {
        try {
          sink.onVerdict(message, verdict, first);
        } catch (error) {
          onError(error);
        }
      }
    },
    onSessionEnd() {
      for (const sink of sinks) {
        try {
          sink.onSessionEnd?.();
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}
