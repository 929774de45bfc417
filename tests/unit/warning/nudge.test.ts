// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS, draftOf, editableOf } from '@/entrypoints/chat.content/warning/nudge';

function make(markup: (doc: Document) => HTMLElement): HTMLElement {
  const el = markup(document);
  document.body.append(el);
  return el;
}

describe('which fields the nudge listens to', () => {
  it('composers: textareas, text inputs and contenteditable regions (from any inner node)', () => {
    const area = make((d) => d.createElement('textarea'));
    expect(editableOf(area)).toBe(area);
    const input = make((d) => Object.assign(d.createElement('input'), { type: 'text' }));
    expect(editableOf(input)).toBe(input);
    const box = make((d) => {
      const div = d.createElement('div');
      div.contentEditable = 'true';
      div.append(d.createElement('span'));
      return div;
    });
    expect(editableOf(box.firstElementChild)).toBe(box);
  });

  it('not search boxes, passwords or plain text', () => {
    expect(editableOf(make((d) => Object.assign(d.createElement('input'), { type: 'search' })))).toBeNull();
    expect(editableOf(make((d) => Object.assign(d.createElement('input'), { type: 'password' })))).toBeNull();
    const search = make((d) => Object.assign(d.createElement('input'), { type: 'text' }));
    search.setAttribute('role', 'combobox');
    expect(editableOf(search)).toBeNull();
    expect(editableOf(make((d) => d.createElement('p')))).toBeNull();
    expect(editableOf(null)).toBeNull();
  });

  it('reads the draft as text, bounded', () => {
    const area = make((d) => d.createElement('textarea')) as HTMLTextAreaElement;
    area.value = 'x'.repeat(MAX_DRAFT_CHARS + 10);
    expect(draftOf(area)).toHaveLength(MAX_DRAFT_CHARS);
    const box = make((d) => Object.assign(d.createElement('div'), { contentEditable: 'true', textContent: 'số của em là 0912345678' }));
    expect(draftOf(box)).toBe('số của em là 0912345678');
  });
});
