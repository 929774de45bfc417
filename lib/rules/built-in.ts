// The built-in rule packs as the engine takes them: createDetector(builtInRules(), options).
// They arrive packed (./packed.ts, computed at build time) and are decoded once per context.
import { loadRulesInSteps, runSteps, type CompiledRules } from '../detect/index';
import { PACKED_RULES } from './packed';

let loaded: CompiledRules | undefined;
/** A decoding under way (prepareBuiltInRules), finished by whoever needs the rules first. */
let loading: Generator<void, CompiledRules> | undefined;

/** The built-in rules, decoded on first use and shared by every detector of this context. */
export function builtInRules(): CompiledRules {
  if (!loaded) {
    loaded = runSteps((loading ??= loadRulesInSteps(PACKED_RULES)));
    loading = undefined;
  }
  return loaded;
}

/**
 * Decode the built-in rules ahead of the first message (e.g. at idle time), in a few steps with a
 * turn for the page (setTimeout 0) between them; a builtInRules() call meanwhile finishes the
 * work at once. Same result either way.
 */
export async function prepareBuiltInRules(): Promise<void> {
  while (!loaded) {
    const step = (loading ??= loadRulesInSteps(PACKED_RULES)).next();
    if (step.done) {
      loaded = step.value;
      loading = undefined;
      return;
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
