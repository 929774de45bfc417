// @vitest-environment happy-dom
// A missing or damaged model or rules file: the popup and the options page say "reduced protection",
// and what is still checking messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReducedProtection } from '@/entrypoints/options/shared/ReducedProtection';
import { parseModel } from '@/lib/detect/model/model';
import type { ModelLoad } from '@/lib/store/model-file';
import { PACKED_RULES } from '@/lib/rules/packed';
import { checkPackedRules, type RulesLoad } from '@/lib/store/rules-file';
import { mount, resetBrowser, type Mounted } from './render';

const MODEL_PATH = join(process.cwd(), 'public/model/detector.bin');
let page: Mounted | undefined;
beforeEach(resetBrowser);
afterEach(() => page?.unmount());

const settle = () => new Promise((r) => setTimeout(r, 20));
const rulesFine = async (): Promise<RulesLoad> => checkPackedRules(PACKED_RULES);
const rulesMissing = async (): Promise<RulesLoad> => ({ ok: false, error: 'rules file: HTTP 404' });

describe('reduced protection notice', () => {
  it('says in plain words that only the phrase list is checking when the model cannot be loaded', async () => {
    const broken = async (): Promise<ModelLoad> => ({ ok: false, error: 'model checksum mismatch' });
    page = mount(<ReducedProtection check={broken} checkRules={rulesFine} />);
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
    page = mount(<ReducedProtection check={damaged} checkRules={rulesFine} />);
    expect((await page.find('reduced-protection')).getAttribute('role')).toBe('status');
  });

  it('shows nothing when the model loads', async () => {
    const bytes = new Uint8Array(readFileSync(MODEL_PATH));
    const fine = async (): Promise<ModelLoad> => ({ ok: true, model: parseModel(bytes), bytes });
    page = mount(<ReducedProtection check={fine} checkRules={rulesFine} />);
    await settle();
    expect(page.root.querySelector('[data-testid="reduced-protection"]')).toBeNull();
  });

  it('says that only the model and the parent\'s own phrases are checking when the rules cannot be loaded', async () => {
    const bytes = new Uint8Array(readFileSync(MODEL_PATH));
    const fine = async (): Promise<ModelLoad> => ({ ok: true, model: parseModel(bytes), bytes });
    page = mount(<ReducedProtection check={fine} checkRules={rulesMissing} />);
    expect((await page.find('reduced-protection')).textContent).toMatch(/^Reduced protection: the list of risky phrases could not be loaded.*your own phrases/);
  });

  it('says protection is not working when neither part loads', async () => {
    const broken = async (): Promise<ModelLoad> => ({ ok: false, error: 'model file: HTTP 404' });
    page = mount(<ReducedProtection check={broken} checkRules={rulesMissing} />);
    expect((await page.find('reduced-protection')).textContent).toMatch(/^Protection is not working: .*only your own phrases/);
  });
});
