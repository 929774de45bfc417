// The card a child sees next to a flagged message. Every string is set as text (Preact escapes
// it); page content never becomes markup. Announced through a live region (alert when firm,
// status otherwise), reachable with Tab in page order, and it never overlays anything.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Category, Severity } from '@/lib/detect/types';
import { helpLineKeys, type HelpLine } from '@/lib/tips/help-lines';
import { t } from '@/lib/ui/i18n';
import type { CardModel } from './card-model';

export interface WarningCardProps {
  model: CardModel;
  category: Category;
  severity: Severity;
  /** Later warnings in a busy chat start as one line. */
  compact: boolean;
  /** Warnings in this conversation so far (the summary shows from 2). */
  conversationCount: number;
  organizationName?: string;
  onDismiss(): void;
  onFalseAlarm(): void;
  /** Resolves true when the worker stored the evidence. */
  onSaveEvidence(): Promise<boolean>;
  onOpenEvidence(): void;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function WarningCard(props: WarningCardProps) {
  const [expanded, setExpanded] = useState(!props.compact);
  const cardRef = useRef<HTMLElement | null>(null);
  if (!expanded) {
    return (
      <CompactLine
        {...props}
        onShow={() => {
          setExpanded(true);
          // Keyboard users land on the card they asked for.
          queueMicrotask(() => cardRef.current?.focus());
        }}
      />
    );
  }
  return <FullCard {...props} cardRef={cardRef} />;
}

function CompactLine({ model, category, severity, conversationCount, onShow }: WarningCardProps & { onShow(): void }) {
  return (
    <div
      class={`compact tone-${model.tone}`}
      role="status"
      aria-live="polite"
      data-testid="warning-compact"
      data-category={category}
      data-severity={severity}
    >
      <span>{t('warn_compact', t(`warn_cat_${category}`))}</span>
      {conversationCount > 1 && <span class="muted"> · {t('warn_summary', String(conversationCount))}</span>}
      <button type="button" class="link-button" onClick={onShow} data-testid="warning-compact-show">
        {t('warn_compact_show')}
      </button>
    </div>
  );
}

function FullCard(props: WarningCardProps & { cardRef: RefObject<HTMLElement | null> }) {
  const { model, category, severity, conversationCount, organizationName } = props;
  const [moreOpen, setMoreOpen] = useState(false);
  const [save, setSave] = useState<SaveState>('idle');
  const [confirmingOk, setConfirmingOk] = useState(false);
  const firm = model.tone === 'firm';
  // A firm warning is not waved away in one click: the child is asked once more.
  const falseAlarm = () => (firm && !confirmingOk ? setConfirmingOk(true) : props.onFalseAlarm());

  const saveEvidence = async () => {
    setSave('saving');
    setSave((await props.onSaveEvidence().catch(() => false)) ? 'saved' : 'failed');
  };

  return (
    <aside
      ref={props.cardRef}
      tabIndex={-1}
      class={`card tone-${model.tone}`}
      aria-label={t('warningLabel')}
      data-testid="warning-card"
      data-category={category}
      data-severity={severity}
      data-tone={model.tone}
    >
      <div role={firm ? 'alert' : 'status'} aria-live={firm ? 'assertive' : 'polite'} aria-atomic="true" class="head" data-testid="warning-announce">
        <p class="lead" data-testid="warning-lead">{t(model.leadKey)}</p>
        <p class="risk" data-testid="warning-risk">{t(model.riskKey)}</p>
      </div>

      <p class="sub">{t('warn_tips_heading')}</p>
      <ul class="tips" data-testid="warning-tips">
        {model.tips.top.map((key) => (
          <li key={key} data-tip={key}>{t(key)}</li>
        ))}
      </ul>
      {model.tips.more.length > 0 && (
        <>
          <button
            type="button"
            class="link-button"
            aria-expanded={moreOpen}
            aria-controls="more-tips"
            onClick={() => setMoreOpen(!moreOpen)}
            data-testid="warning-more-tips"
          >
            {t(moreOpen ? 'warn_fewer_tips' : 'warn_more_tips')}
          </button>
          <ul id="more-tips" class="tips" hidden={!moreOpen} data-testid="warning-more-list">
            {model.tips.more.map((key) => (
              <li key={key} data-tip={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      )}

      <details class="disclosure" open={firm} data-testid="warning-help">
        <summary>{t('warn_help')}</summary>
        <p>{t('warn_help_intro')}</p>
        <ul class="help">
          {model.help.map((line) => (
            <HelpItem key={line.id} line={line} />
          ))}
        </ul>
      </details>

      <details class="disclosure" data-testid="warning-why">
        <summary>{t('warn_why')}</summary>
        <p class="sub">{t('warn_why_signals')}</p>
        <ul data-testid="warning-reasons">
          {model.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {model.words.length > 0 && (
          <>
            <p class="sub">{t('warn_why_words')}</p>
            <p class="words" data-testid="warning-words">
              {model.words.map((word) => (
                <mark key={word}>{word}</mark>
              ))}
            </p>
          </>
        )}
        <p class="muted">{t('warn_why_local')}</p>
      </details>

      <div class="actions">
        <button type="button" onClick={props.onDismiss} data-testid="warning-dismiss">
          {t('warningDismiss')}
        </button>
        <button type="button" onClick={falseAlarm} aria-describedby="ok-hint" aria-expanded={firm ? confirmingOk : undefined} data-testid="warning-ok">
          {t('warn_ok')}
        </button>
        {!model.outgoing && (
          <button type="button" onClick={saveEvidence} disabled={save === 'saving' || save === 'saved'} data-testid="warning-save">
            {t(save === 'saving' ? 'warn_saving' : 'warn_save')}
          </button>
        )}
      </div>
      <p id="ok-hint" class="hint">{t('warn_ok_hint')}</p>
      {confirmingOk && (
        <div class="confirm" role="group" aria-labelledby="ok-confirm" data-testid="warning-ok-confirm">
          <p id="ok-confirm">{t('warn_ok_confirm')}</p>
          <div class="actions">
            <button type="button" onClick={props.onFalseAlarm} data-testid="warning-ok-yes">
              {t('warn_ok_yes')}
            </button>
            <button type="button" onClick={() => setConfirmingOk(false)} data-testid="warning-ok-cancel">
              {t('warn_ok_cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" class="status" data-testid="warning-status">
        {save === 'saved' && (
          <>
            <span>{t('warn_saved')} </span>
            <button type="button" class="link-button" onClick={props.onOpenEvidence} data-testid="warning-open-evidence">
              {t('warn_open_evidence')}
            </button>
          </>
        )}
        {save === 'failed' && <span>{t('warn_save_failed')}</span>}
      </div>

      <p class="footer" data-testid="warning-footer">
        <span>{t('extName')}</span>
        {organizationName && <span data-testid="warning-org"> · {t('warn_from_org', organizationName)}</span>}
        {conversationCount > 1 && <span data-testid="warning-summary"> · {t('warn_summary', String(conversationCount))}</span>}
      </p>
    </aside>
  );
}

function HelpItem({ line }: { line: HelpLine }) {
  const [nameKey, detailKey] = helpLineKeys(line);
  const name = t(nameKey);
  return (
    <li data-testid="help-line" data-help-id={line.id}>
      <strong>{name}</strong>
      <span> · {t(detailKey)}</span>
      {(line.phone || line.sms || line.url) && (
        <span class="help-actions">
          {line.phone && (
            <a href={`tel:${line.phone.replace(/[^\d+]/g, '')}`} data-testid="help-call">
              {t('warn_help_call', line.phone)}
            </a>
          )}
          {line.sms && (
            <a href={`sms:${line.sms.to}?body=${encodeURIComponent(line.sms.body)}`}>{t('warn_help_text', [line.sms.body, line.sms.to])}</a>
          )}
          {line.url && (
            <a href={line.url} target="_blank" rel="noopener noreferrer" aria-label={`${name}: ${t('warn_help_open')}`}>
              {new URL(line.url).hostname.replace(/^www\./, '')}
            </a>
          )}
        </span>
      )}
    </li>
  );
}
