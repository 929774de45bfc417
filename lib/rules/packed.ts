// The built-in rule packs, compiled and packed (see lib/detect/pack.ts).
//
// In the extension build (and in Vitest) this module is replaced by its result, computed once at
// build time by scripts/packed-rules-plugin.ts: the bundle carries the packed tables, not the
// rule sources, and no page ever compiles a rule. Run directly (tsx: the CLI), it packs the rules
// at start-up, through the same code.
import { packRules, type PackedRules } from '../detect/pack';
import { RULES } from './index';

export const PACKED_RULES: PackedRules = packRules(RULES);
