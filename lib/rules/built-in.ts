// The built-in rule packs as the engine takes them: createDetector(builtInRules(), options).
// They arrive packed (./packed.ts, computed at build time) and are decoded once per context.
import { loadRules, type CompiledRules } from '../detect/pack';
import { PACKED_RULES } from './packed';

let loaded: CompiledRules | undefined;

/** The built-in rules, decoded on first use and shared by every detector of this context. */
export function builtInRules(): CompiledRules {
  return (loaded ??= loadRules(PACKED_RULES));
}

/** Decode the built-in rules ahead of the first message (e.g. at idle time); same result as builtInRules(). */
export async function prepareBuiltInRules(): Promise<void> {
  builtInRules();
}
