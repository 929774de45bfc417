// The shape of a rule is the engine's (lib/detect/types.ts): the rule packs are data it compiles.
export type { Rule, RuleExamples } from '../detect/types';
