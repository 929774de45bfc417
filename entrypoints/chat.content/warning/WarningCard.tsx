// The card a child sees next to a flagged message, read in three seconds (issue 16): first words
// that carry the severity, one calm headline, the single most relevant tip, two ways forward
// ("What can I do?", "Get help"), Dismiss and "This is OK". Everything else opens in place.
// Every string is set as text (Preact escapes it); page content never becomes markup.
// Announced through a live region (alert when firm, status otherwise), reachable with Tab in
// page order, and it never overlays anything.
import type { ComponentChildren, RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Category, Severity } from '@/lib/detect/types';
import { helpLineKeys, type HelpLine } from '@/lib/tips/help-lines';
import { cardLang, ct as t } from './card-i18n';
import type { Theme } from './card-layout';
import type { CardModel } from './card-model';

export interface WarningCardProps {
  model: CardModel;
  category: Category;
  severity: Severity;
  /** How the card starts: a card, a line pointing at the card it stacked into, or a calm line. */
  kind: 'card' | 'stacked' | 'calm';
  /** Help lines start open (the most severe categories, or the first firm card of a chat). */
  helpOpen: boolean;
  /** Later warnings of this chat counted in this card. */
  stackedCount: number;
  /** Warnings in this conversation so far (the summary shows from 2). */
  conversationCount: number;
  narrow: boolean;
  theme: Theme;
  organizationName?: string;
  onDismiss(): void;
  onFalseAlarm(): void;
  /** Resolves true when the worker stored the evidence. */
  onSaveEvidence(): Promise<boolean>;
  onOpenEvidence(): void;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function WarningCard(props: WarningCardProps) {
  const [expanded, setExpanded] = useState(props.kind === 'card');
  const cardRef = useRef<HTMLElement | null>(null);
  const frame = (children: ComponentChildren) => (
    <div class={`frame ${props.theme}${props.narrow ? ' narrow' : ''}${props.model.outgoing ? ' out' : ''}`} lang={cardLang()}>
      {children}
    </div>
  );
  if (!expanded) {
    return frame(
      <OneLine
        {...props}
        onShow={() => {
          setExpanded(true);
          // Keyboard users land on the card they asked for.
          queueMicrotask(() => cardRef.current?.focus());
        }}
      />,
    );
  }
  return frame(<FullCard {...props} cardRef={cardRef} />);
}

function OneLine({ model, category, severity, kind, conversationCount, onShow }: WarningCardProps & { onShow(): void }) {
  const label = t(`warn_cat_${category}`);
  return (
    <div
      class={`compact tone-${model.tone}`}
      role="status"
      aria-live="polite"
      data-testid="warning-compact"
      data-kind={kind}
      data-category={category}
      data-severity={severity}
    >
      <span>{kind === 'stacked' ? t('warn_stacked', label) : t('warn_compact', label)}</span>
      {kind === 'calm' && conversationCount > 1 && <span class="muted"> · {t('warn_summary', String(conversationCount))}</span>}
      <button type="button" class="link-button" onClick={onShow} data-testid="warning-compact-show">
        {t('warn_compact_show')}
      </button>
    </div>
  );
}

type Panel = 'tips' | 'help' | 'why';

function FullCard(props: WarningCardProps & { cardRef: RefObject<HTMLElement | null> }) {
  const { model, category, severity, conversationCount, organizationName, stackedCount } = props;
  const [open, setOpen] = useState<ReadonlySet<Panel>>(() => new Set(props.helpOpen ? ['help'] : []));
  const [save, setSave] = useState<SaveState>('idle');
  const [confirmingOk, setConfirmingOk] = useState(false);
  const firm = model.tone === 'firm';
  // A firm warning is not waved away in one click: the child is asked once more.
  const falseAlarm = () => (firm && !confirmingOk ? setConfirmingOk(true) : props.onFalseAlarm());
  const toggle = (panel: Panel) => {
    const next = new Set(open);
    if (!next.delete(panel)) next.add(panel);
    setOpen(next);
  };
  const toggleProps = (panel: Panel) => ({
    type: 'button' as const,
    'aria-expanded': open.has(panel),
    'aria-controls': `panel-${panel}`,
    onClick: () => toggle(panel),
  });

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
        <p class="headline" data-testid="warning-headline">
          <strong class="lead" data-testid="warning-lead">{t(model.leadKey)}</strong> <span data-testid="warning-head">{t(model.headKey)}</span>
        </p>
        {model.tipKey && (
          <p class="tip" data-testid="warning-tip" data-tip={model.tipKey}>
            {t(model.tipKey)}
          </p>
        )}
        {model.conversationSigns && (
          <p class="pattern" data-testid="warning-pattern">
            {t('signal_conversation_signs')}
          </p>
        )}
      </div>

      <div class="actions" data-testid="warning-actions">
        <button {...toggleProps('tips')} class="primary" data-testid="warning-more-tips">
          {t('warn_what_can_i_do')}
        </button>
        <button {...toggleProps('help')} class="primary" data-testid="warning-help-toggle">
          {t('warn_help')}
        </button>
        <button type="button" onClick={props.onDismiss} data-testid="warning-dismiss">
          {t('warningDismiss')}
        </button>
        <button type="button" onClick={falseAlarm} aria-describedby="ok-hint" aria-expanded={firm ? confirmingOk : undefined} data-testid="warning-ok">
          {t('warn_ok')}
        </button>
      </div>
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

      <section id="panel-tips" class="panel" hidden={!open.has('tips')} data-testid="warning-tips-panel">
        <ul class="tips" data-testid="warning-more-list">
          {model.moreTipKeys.map((key) => (
            <li key={key} data-tip={key}>{t(key)}</li>
          ))}
        </ul>
        {!model.outgoing && (
          <button type="button" onClick={saveEvidence} disabled={save === 'saving' || save === 'saved'} data-testid="warning-save">
            {t(save === 'saving' ? 'warn_saving' : 'warn_save')}
          </button>
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
      </section>

      <section id="panel-help" class="panel" hidden={!open.has('help')} data-testid="warning-help">
        <p>{t('warn_help_intro')}</p>
        <ul class="help">
          {model.help.map((line) => (
            <HelpItem key={line.id} line={line} />
          ))}
        </ul>
      </section>

      <section id="panel-why" class="panel" hidden={!open.has('why')} data-testid="warning-why">
        <p data-testid="warning-risk">{t(model.riskKey)}</p>
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
        <p id="ok-hint" class="muted">{t('warn_ok_hint')}</p>
      </section>

      <p class="footer" data-testid="warning-footer">
        <button {...toggleProps('why')} class="link-button" data-testid="warning-why-toggle">
          {t('warn_why_short')}
        </button>
        {stackedCount > 0 && (
          <span class="stack" data-testid="warning-stack">
            {stackedCount === 1 ? t('warn_stack_one') : t('warn_stack_more', String(stackedCount))}
          </span>
        )}
        {conversationCount > 1 && stackedCount === 0 && <span data-testid="warning-summary">{t('warn_summary', String(conversationCount))}</span>}
        <span class="muted">
          {t('extName')}
          {organizationName && <span data-testid="warning-org"> · {t('warn_from_org', organizationName)}</span>}
        </span>
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
      <span class="detail">{t(detailKey)}</span>
    </li>
  );
}
