// @vitest-environment happy-dom
// A missing or damaged model file: the popup and the options page say "reduced protection".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReducedProtection } from '@/entrypoints/options/shared/ReducedProtection';
import { parseModel } from '@/lib/detect/model/model';
import type { ModelLoad } from '@/lib/store/model-file';
import { mount, resetBrowser, type Mounted } from './render';

const MODEL_PATH = join(process.cwd(), 'public/model/detector.bin');
let page: Mounted | undefined;
beforeEach(resetBrowser);
afterEach(() => page?.unmount());

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('reduced protection notice', () => {
  it('says in plain words that only the phrase list is checking when the model cannot be loaded', async () => {
    const broken = async (): Promise<ModelLoad> => ({ ok: false, error: 'model checksum mismatch' });
    page = mount(<ReducedProtection check={broken} />);
    expect((await page.find('reduced-protection')).textContent).toMatch(/^Reduced protection: .*only the list of risky phrases/);
  });

  it('a damaged file is what triggers it: parseModel refuses the bytes', async () => {
    const bytes = new Uint8Array(readFileSync(MODEL_PATH));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    const damaged = async (): Promise<ModelLoad> => {
      try {
        return { ok: true, model: parseModel(bytes), bytes };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    };
    page = mount(<ReducedProtection check={damaged} />);
    expect((await page.find('reduced-protection')).getAttribute('role')).toBe('status');
  });

  it('shows nothing when the model loads', async () => {
    const bytes = new Uint8Array(readFileSync(MODEL_PATH));
    const fine = async (): Promise<ModelLoad> => ({ ok: true, model: parseModel(bytes), bytes });
    page = mount(<ReducedProtection check={fine} />);
    await settle();
    expect(page.root.querySelector('[data-testid="reduced-protection"]')).toBeNull();
  });
});
