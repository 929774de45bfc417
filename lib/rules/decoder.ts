// Packed rules → the rules the engine takes, decoded once per context: at once (rules()) or in a
// few steps with a turn for the page between them (prepare()). Same result either way.
import { loadRulesInSteps, type CompiledRules, type PackedRules } from '../detect/index';

export interface RulesDecoder {
  /** The decoded rules; a decoding under way (prepare) is finished at once. Throws on a damaged package. */
  rules(): CompiledRules;
  /** Decode ahead of the first message (e.g. at idle time), yielding to the page (setTimeout 0) between steps. */
  prepare(): Promise<void>;
}

export function rulesDecoder(packed: PackedRules): RulesDecoder {
  let loaded: CompiledRules | undefined;
  /** A decoding under way, finished by whoever needs the rules first. */
  let loading: Generator<void, CompiledRules> | undefined;
  const step = (): IteratorResult<void, CompiledRules> => {
    try {
      return (loading ??= loadRulesInSteps(packed)).next();
    } catch (e) {
      loading = undefined; // a damaged package fails again, with its message, at the next call
      throw e;
    }
  };
  return {
    rules() {
      if (!loaded) {
        let s = step();
        while (!s.done) s = step();
        loaded = s.value;
        loading = undefined;
      }
      return loaded;
    },
    async prepare() {
      while (!loaded) {
        const s = step();
        if (s.done) {
          loaded = s.value;
          loading = undefined;
          return;
        }
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    },
  };
}
