// The parent's own phrases to flag (each with a category), phrases never to flag, and a box
// to try a message against the current settings. Phrases are literal text, not patterns.
import { useId, useMemo, useState } from 'preact/hooks';
import { createDetector, type Detector } from '@/lib/detect';
import { builtInRules } from '@/lib/rules/built-in';
import { CATEGORIES, type Category, type CustomPhrase } from '@/lib/detect/types';
import { toDetectorOptions, type EffectiveSettings } from '@/lib/store/effective-settings';
import { checkPhrase, MAX_PHRASE_LENGTH, MAX_PHRASES, type PhraseProblem } from '@/lib/store/settings';
import { tr } from '../shared/page-i18n';
import { updateLocalSettings } from '../shared/settings-state';
import { setByText } from './policy-lock';

const problemText = (problem: PhraseProblem) => tr(`opt_phrase_problem_${problem.replace('-', '_')}`, [String(MAX_PHRASE_LENGTH), String(MAX_PHRASES)]);

export function PhrasesSection({ effective }: { effective: EffectiveSettings }) {
  const { local, policy } = effective;
  const fixedCustom = policy.values.customPhrases ?? [];
  const fixedAllow = policy.values.allowPhrases ?? [];
  return (
    <section aria-labelledby="phrases-title" data-testid="phrases-section">
      <h2 id="phrases-title">{tr('opt_phrases_title')}</h2>
      <p class="hint">{tr('opt_phrases_literal')}</p>
      {policy.locked && <p class="reason">{setByText(policy)}</p>}
      <CustomPhrases own={local.customPhrases} fixed={fixedCustom} locked={policy.locked} orgText={setByText(policy)} />
      <AllowPhrases own={local.allowPhrases} fixed={fixedAllow} locked={policy.locked} orgText={setByText(policy)} />
      <TryMessage effective={effective} />
    </section>
  );
}

function CustomPhrases(props: { own: CustomPhrase[]; fixed: CustomPhrase[]; locked: boolean; orgText: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category>('grooming');
  const [error, setError] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const problem = checkPhrase(text, props.own.map((p) => p.text));
    if (problem) return setError(problemText(problem));
    setError('');
    await updateLocalSettings({ customPhrases: [...props.own, { text: text.trim(), category }] });
    setText('');
  };
  const remove = (index: number) => void updateLocalSettings({ customPhrases: props.own.filter((_, i) => i !== index) });
  return (
    <div data-testid="custom-phrases">
      <h3 id={`${id}-title`}>{tr('opt_custom_title')}</h3>
      <p class="hint">{tr('opt_custom_intro')}</p>
      <PhraseList
        labelledBy={`${id}-title`}
        fixed={props.fixed.map((p) => ({ text: p.text, tag: tr(`opt_category_${p.category}_name`) }))}
        own={props.own.map((p) => ({ text: p.text, tag: tr(`opt_category_${p.category}_name`) }))}
        onRemove={remove}
        locked={props.locked}
        orgText={props.orgText}
      />
      <form class="row" onSubmit={add} noValidate>
        <label for={`${id}-text`}>{tr('opt_custom_text_label')}</label>
        <input id={`${id}-text`} type="text" maxLength={MAX_PHRASE_LENGTH * 2} value={text} disabled={props.locked} data-testid="custom-phrase-text" aria-describedby={`${id}-error`} aria-invalid={error ? 'true' : undefined} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <label for={`${id}-cat`}>{tr('opt_custom_category_label')}</label>
        <select id={`${id}-cat`} value={category} disabled={props.locked} data-testid="custom-phrase-category" onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>{tr(`opt_category_${c}_name`)}</option>
          ))}
        </select>
        <button type="submit" disabled={props.locked} data-testid="custom-phrase-add">{tr('opt_add')}</button>
      </form>
      <p id={`${id}-error`} role="alert" class="error" data-testid="custom-phrase-error">{error}</p>
    </div>
  );
}

function AllowPhrases(props: { own: string[]; fixed: string[]; locked: boolean; orgText: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const problem = checkPhrase(text, props.own);
    if (problem) return setError(problemText(problem));
    setError('');
    await updateLocalSettings({ allowPhrases: [...props.own, text.trim()] });
    setText('');
  };
  const remove = (index: number) => void updateLocalSettings({ allowPhrases: props.own.filter((_, i) => i !== index) });
  return (
    <div data-testid="allow-phrases">
      <h3 id={`${id}-title`}>{tr('opt_allow_title')}</h3>
      <p class="hint">{tr('opt_allow_intro')}</p>
      <PhraseList labelledBy={`${id}-title`} fixed={props.fixed.map((text) => ({ text }))} own={props.own.map((text) => ({ text }))} onRemove={remove} locked={props.locked} orgText={props.orgText} />
      <form class="row" onSubmit={add} noValidate>
        <label for={`${id}-text`}>{tr('opt_allow_text_label')}</label>
        <input id={`${id}-text`} type="text" maxLength={MAX_PHRASE_LENGTH * 2} value={text} disabled={props.locked} data-testid="allow-phrase-text" aria-describedby={`${id}-error`} aria-invalid={error ? 'true' : undefined} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={props.locked} data-testid="allow-phrase-add">{tr('opt_add')}</button>
      </form>
      <p id={`${id}-error`} role="alert" class="error" data-testid="allow-phrase-error">{error}</p>
    </div>
  );
}

interface PhraseRow {
  text: string;
  tag?: string;
}

function PhraseList(props: { labelledBy: string; fixed: PhraseRow[]; own: PhraseRow[]; onRemove: (index: number) => void; locked: boolean; orgText: string }) {
  if (!props.fixed.length && !props.own.length) return <p class="hint">{tr('opt_phrases_none')}</p>;
  return (
    <ul class="plain" aria-labelledby={props.labelledBy}>
      {props.fixed.map((row, i) => (
        <li key={`fixed-${i}`}>
          <span>“{row.text}”</span>
          {row.tag && <span class="tag">{row.tag}</span>}
          <span class="reason">{props.orgText}</span>
        </li>
      ))}
      {props.own.map((row, i) => (
        <li key={`own-${i}-${row.text}`}>
          <span>“{row.text}”</span>
          {row.tag && <span class="tag">{row.tag}</span>}
          <button type="button" class="secondary" disabled={props.locked} onClick={() => props.onRemove(i)} aria-label={tr('opt_remove_named', row.text)}>
            {tr('opt_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Runs the real engine with the current settings on a typed message and explains the result. */
function TryMessage({ effective }: { effective: EffectiveSettings }) {
  const id = useId();
  const [text, setText] = useState('');
  const { settings } = effective;
  // A pause does not matter for a test: judge as the settings would when protection runs.
  const options = useMemo(() => toDetectorOptions({ ...settings, pausedUntil: 0 }), [settings]);
  // Built on the first typed message, not when the page opens: compiling costs the page's first paint.
  const detectors = useMemo(() => {
    let main: Detector | undefined;
    let withoutAllow: Detector | undefined;
    return {
      main: () => (main ??= createDetector(builtInRules(), options)),
      withoutAllow: () => (withoutAllow ??= createDetector(builtInRules(), { ...options, allowPhrases: [] })),
    };
  }, [options]);

  let result = '';
  const reasons: string[] = [];
  let flagged = false;
  if (text.trim()) {
    // Each try is judged alone: no conversation key, so earlier tries add no context.
    const verdict = detectors.main().scan({ text });
    flagged = verdict.flagged;
    if (options.sensitivity === 'off') result = tr('opt_try_off');
    else if (verdict.flagged && verdict.category) {
      result = tr('opt_try_flagged', tr(`opt_category_${verdict.category}_name`));
      for (const rule of verdict.rules) {
        const custom = /^custom\.(\d+)$/.exec(rule);
        const phrase = custom ? settings.customPhrases[Number(custom[1])] : undefined;
        if (phrase) reasons.push(tr('opt_try_custom', phrase.text));
      }
      for (const signal of verdict.signals) {
        if (signal !== 'custom_phrase') reasons.push(tr(signal.startsWith('signal_') ? signal : `signal_${signal}`));
      }
    } else if (options.allowPhrases.length && detectors.withoutAllow().scan({ text }).flagged) {
      result = tr('opt_try_allowed');
    } else {
      result = tr('opt_try_ok');
    }
  }
  return (
    <div data-testid="try-message">
      <h3>
        <label for={id}>{tr('opt_try_title')}</label>
      </h3>
      <p class="hint" id={`${id}-hint`}>{tr('opt_try_intro')}</p>
      <textarea id={id} value={text} aria-describedby={`${id}-hint`} data-testid="try-input" onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div role="status" aria-live="polite" data-testid="try-result">
        {result && <p class={flagged ? 'error' : 'success'}>{result}</p>}
        {reasons.length > 0 && (
          <ul data-testid="try-reasons">
            {[...new Set(reasons)].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
