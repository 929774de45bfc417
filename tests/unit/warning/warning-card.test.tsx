// @vitest-environment happy-dom
// The card's markup and behaviour, rendered with Preact; locale lookups return "key(args)".
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/ui/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  uiLanguage: () => 'en',
}));

const { WarningCard } = await import('@/entrypoints/chat.content/warning/WarningCard');
const { buildCard } = await import('@/entrypoints/chat.content/warning/card-model');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (testId: string) => root.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

function show(overrides: Partial<Parameters<typeof WarningCard>[0]> = {}, severity: 'low' | 'medium' | 'high' = 'medium', category: 'grooming' | 'sextortion' = 'grooming') {
  const props = {
    model: buildCard({ category, severity, direction: 'in', signals: ['secrecy'], spans: [[0, 4]], text: 'đừng nói' }, 'VN', (k) => k),
    category,
    severity,
    kind: 'card' as const,
    helpOpen: category === 'sextortion',
    stackedCount: 0,
    conversationCount: 1,
    narrow: false,
    theme: 'light' as const,
    onDismiss: vi.fn(),
    onFalseAlarm: vi.fn(),
    onSaveEvidence: vi.fn(async () => true),
    onOpenEvidence: vi.fn(),
    ...overrides,
  };
  render(<WarningCard {...props} />, root);
  return props;
}

describe('warning card', () => {
  it('opens compact: first words, one headline, one tip, two ways forward, Dismiss and This is OK', () => {
    show({}, 'low');
    expect($('warning-card')?.getAttribute('aria-label')).toBe('warningLabel');
    const live = $('warning-announce')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect($('warning-lead')?.textContent).toBe('warn_lead_gentle');
    expect($('warning-head')?.textContent).toBe('head_grooming');
    expect($('warning-tip')?.textContent).toBe('tip_grooming_1');
    expect([...$('warning-actions')!.querySelectorAll('button')].map((b) => b.dataset.testid)).toEqual([
      'warning-more-tips',
      'warning-help-toggle',
      'warning-dismiss',
      'warning-ok',
    ]);
    for (const panel of ['warning-tips-panel', 'warning-help', 'warning-why']) expect($(panel)?.hidden).toBe(true);
  });

  it('speaks up at once when firm, with help already open when asked', () => {
    show({}, 'high', 'sextortion');
    expect($('warning-announce')?.getAttribute('role')).toBe('alert');
    expect($('warning-lead')?.textContent).toBe('warn_lead_firm');
    expect($('warning-help')?.hidden).toBe(false);
    expect($('warning-help-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-help-id="vn_111"] a[href="tel:111"]')?.textContent).toBe('warn_help_call(111)');
  });

  it('opens tips, help and why in place, each with aria-expanded', async () => {
    show();
    for (const [toggle, panel] of [
      ['warning-more-tips', 'warning-tips-panel'],
      ['warning-help-toggle', 'warning-help'],
      ['warning-why-toggle', 'warning-why'],
    ] as const) {
      const button = $(toggle)!;
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.getAttribute('aria-controls')).toBe($(panel)!.id);
      button.click();
      await flush();
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect($(panel)?.hidden).toBe(false);
    }
    expect($('warning-more-list')?.querySelectorAll('li').length).toBe(5);
    expect($('warning-risk')?.textContent).toBe('risk_grooming');
    $('warning-more-tips')!.click();
    await flush();
    expect($('warning-tips-panel')?.hidden).toBe(true);
  });

  it('shows the organisation and the chat summary in the footer', () => {
    show({ organizationName: 'Trường THCS Nguyễn Du', conversationCount: 3 });
    expect($('warning-org')?.textContent).toContain('warn_from_org(Trường THCS Nguyễn Du)');
    expect($('warning-summary')?.textContent).toContain('warn_summary(3)');
  });

  it('says on its face when the conversation shows several warning signs', () => {
    const model = buildCard({ category: 'grooming', severity: 'medium', direction: 'in', signals: ['conversation_signs'], spans: [], text: 'x' }, 'VN', (k) => k);
    show({ model });
    expect($('warning-announce')?.contains($('warning-pattern'))).toBe(true);
    expect($('warning-pattern')?.textContent).toBe('signal_conversation_signs');
    render(null, root);
    show();
    expect($('warning-pattern')).toBeNull();
  });

  it('counts the warnings stacked into it', () => {
    show({ stackedCount: 2, conversationCount: 3 });
    expect($('warning-stack')?.textContent).toBe('warn_stack_more(2)');
    render(null, root);
    show({ stackedCount: 1, conversationCount: 2 });
    expect($('warning-stack')?.textContent).toBe('warn_stack_one');
  });

  it('takes the layout and scheme it is given', () => {
    show({ narrow: true, theme: 'dark' });
    expect(root.querySelector('.frame')?.className).toBe('frame dark narrow');
  });

  it('has neither without a policy or a second warning', () => {
    show();
    expect($('warning-org')).toBeNull();
    expect($('warning-summary')).toBeNull();
  });

  it('a stacked warning is one line pointing at its card', () => {
    show({ kind: 'stacked', conversationCount: 2 });
    expect($('warning-card')).toBeNull();
    expect($('warning-compact')?.textContent).toContain('warn_stacked(warn_cat_grooming)');
    expect($('warning-compact')?.textContent).not.toContain('warn_summary');
  });

  it('starts as a calm line when asked and opens to the full card on Show', async () => {
    show({ kind: 'calm', conversationCount: 4 });
    expect($('warning-card')).toBeNull();
    expect($('warning-compact')?.textContent).toContain('warn_compact(warn_cat_grooming)');
    expect($('warning-compact')?.textContent).toContain('warn_summary(4)');
    $('warning-compact-show')!.click();
    await flush();
    expect($('warning-card')).not.toBeNull();
  });

  it('wires Dismiss and This is OK, and reports saving', async () => {
    const props = show();
    $('warning-dismiss')!.click();
    $('warning-ok')!.click();
    expect(props.onDismiss).toHaveBeenCalledOnce();
    expect(props.onFalseAlarm).toHaveBeenCalledOnce();
    // Save evidence sits under "What can I do?".
    expect($('warning-tips-panel')?.contains($('warning-save'))).toBe(true);
    $('warning-save')!.click();
    await flush();
    await flush();
    expect(props.onSaveEvidence).toHaveBeenCalledOnce();
    expect($('warning-status')?.textContent).toContain('warn_saved');
    expect(($('warning-save') as HTMLButtonElement).disabled).toBe(true);
    $('warning-open-evidence')!.click();
    expect(props.onOpenEvidence).toHaveBeenCalledOnce();
  });

  it('asks once more before a firm warning is marked OK', async () => {
    const props = show({}, 'high', 'sextortion');
    $('warning-ok')!.click();
    await flush();
    expect(props.onFalseAlarm).not.toHaveBeenCalled();
    expect($('warning-ok-confirm')?.textContent).toContain('warn_ok_confirm');
    $('warning-ok-cancel')!.click();
    await flush();
    expect($('warning-ok-confirm')).toBeNull();
    $('warning-ok')!.click();
    await flush();
    $('warning-ok-yes')!.click();
    expect(props.onFalseAlarm).toHaveBeenCalledOnce();
  });

  it('offers no evidence kit for the child\'s own message', () => {
    const model = buildCard({ category: 'personal_info', severity: 'low', direction: 'out', signals: [], spans: [], text: 'x' }, 'VN', (k) => k);
    show({ model });
    expect($('warning-save')).toBeNull();
    expect($('warning-risk')?.textContent).toBe('warn_out_personal_info');
    expect($('warning-ok')).not.toBeNull();
  });

  it('says so when saving failed', async () => {
    show({ onSaveEvidence: vi.fn(async () => false) });
    $('warning-save')!.click();
    await flush();
    await flush();
    expect($('warning-status')?.textContent).toContain('warn_save_failed');
    expect(($('warning-save') as HTMLButtonElement).disabled).toBe(false);
  });
});
