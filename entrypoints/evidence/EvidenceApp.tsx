// The saved-evidence page: what the child kept with "Save evidence", only on this computer.
// List, copy as text, save as a file to show a trusted adult, 111 or the police, delete.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { NotAloneDb } from '@/lib/store/event-log';
import { deleteEvidence, evidenceToText, listEvidence, type EvidenceItem, type EvidenceMessage } from '@/lib/store/evidence';
import { t, uiLanguage } from '@/lib/ui/i18n';

const db = new NotAloneDb();

function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

const labels = { label: (key: string) => t(key), time: formatTime };

function itemsToText(items: readonly EvidenceItem[]): string {
  const rule = '-'.repeat(40);
  return [`${t('extName')}: ${t('evidence_title')}`, rule, ...items.map((item) => `${evidenceToText(item, labels)}\n${rule}`)].join('\n');
}

/** A text file offered for download from memory: nothing is sent anywhere. */
function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function fileName(time: number): string {
  return `not-alone-evidence-${new Date(time).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.txt`;
}

export function EvidenceApp() {
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');

  const load = () =>
    listEvidence(db)
      .then((list) => {
        setItems(list);
        setFailed(false);
      })
      .catch(() => setFailed(true));

  useEffect(() => {
    void load();
    // Evidence saved in another tab shows up when the child comes back to this one.
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const remove = async (id: number) => {
    await deleteEvidence(db, id);
    setStatus(t('evidence_deleted'));
    await load();
  };

  return (
    <>
      <h1>{t('evidence_title')}</h1>
      <p>{t('evidence_intro')}</p>
      <p class="note">{t('evidence_no_images')}</p>
      <p class="status" role="status" aria-live="polite" data-testid="evidence-status">{status}</p>
      {failed && <p role="alert">{t('evidence_load_failed')}</p>}
      {items === null && !failed && <p>{t('evidence_loading')}</p>}
      {items?.length === 0 && <p data-testid="evidence-empty">{t('evidence_empty')}</p>}
      {items && items.length > 0 && (
        <>
          <div class="toolbar">
            <span data-testid="evidence-count">{t('evidence_count', String(items.length))}</span>
            <button type="button" data-testid="evidence-export-all" onClick={() => downloadText(itemsToText(items), fileName(Date.now()))}>
              {t('evidence_export_all')}
            </button>
          </div>
          {items.map((item) => (
            <EvidenceCard key={item.id} item={item} onStatus={setStatus} onDelete={() => remove(item.id!)} />
          ))}
        </>
      )}
    </>
  );
}

function EvidenceCard({ item, onStatus, onDelete }: { item: EvidenceItem; onStatus(text: string): void; onDelete(): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const text = useMemo(() => evidenceToText(item, labels), [item]);
  const who = (m: EvidenceMessage) => (m.direction === 'out' ? t('evidence_me') : m.sender || t('evidence_unknown_sender'));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      onStatus(t('evidence_copied'));
    } catch {
      onStatus(t('evidence_copy_failed'));
    }
  };
  const headingId = `evidence-${item.id}`;
  return (
    <article class="item" aria-labelledby={headingId} data-testid="evidence-item" data-category={item.category}>
      <h2 id={headingId}>
        {t(`warn_cat_${item.category}`)} · {formatTime(item.savedAt)}
      </h2>
      <dl class="meta">
        <dt>{t('evidence_site')}</dt>
        <dd>{item.site}</dd>
        <dt>{t('evidence_conversation')}</dt>
        <dd>{item.pageTitle ? `${item.pageTitle} (${item.conversationKey})` : item.conversationKey}</dd>
        <dt>{t('evidence_sender')}</dt>
        <dd data-testid="evidence-sender">{who(item.message)}</dd>
        <dt>{t('evidence_message_time')}</dt>
        <dd data-testid="evidence-message-time">{item.message.time ?? t('evidence_time_unknown')}</dd>
        <dt>{t('evidence_seen_at')}</dt>
        <dd>{formatTime(item.seenAt)}</dd>
        <dt>{t('evidence_page')}</dt>
        <dd>{item.pageUrl}</dd>
      </dl>
      <p class="note">{t('evidence_time_note')}</p>
      <p>
        <strong>{t('evidence_context')}</strong>
      </p>
      <ol class="chat" data-testid="evidence-chat">
        {item.before.map((m, i) => (
          <li key={`b${i}`}>
            {m.time && <span class="time">{m.time} </span>}
            <span class="who">{who(m)}:</span>
            {m.text}
          </li>
        ))}
        <li class="flagged" data-testid="evidence-message">
          {item.message.time && <span class="time">{item.message.time} </span>}
          <span class="who">{who(item.message)}:</span>
          {item.message.text}
        </li>
        {item.after.map((m, i) => (
          <li key={`a${i}`}>
            {m.time && <span class="time">{m.time} </span>}
            <span class="who">{who(m)}:</span>
            {m.text}
          </li>
        ))}
      </ol>
      <div class="actions">
        <button type="button" onClick={copy} data-testid="evidence-copy">
          {t('evidence_copy')}
        </button>
        <button type="button" onClick={() => downloadText(text, fileName(item.savedAt))} data-testid="evidence-export">
          {t('evidence_export')}
        </button>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="evidence-delete">
            {t('evidence_delete')}
          </button>
        ) : (
          <>
            <span role="alert">{t('evidence_delete_confirm')}</span>
            <button type="button" class="danger" onClick={() => void onDelete()} data-testid="evidence-delete-yes">
              {t('evidence_delete_yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('evidence_cancel')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
