// The built-in rule packs, compiled once per context and shared by every detector
// (createDetector(builtInRules(), options)).
import { RulesCompiler, type CompiledRules } from '../detect/index';
import { RULES } from './index';

let compiler: RulesCompiler | undefined;
let compiled: CompiledRules | undefined;

/** The built-in rules, compiled on first use (finishing a prepareBuiltInRules() under way). */
export function builtInRules(): CompiledRules {
  if (!compiled) {
    compiled = (compiler ??= new RulesCompiler(RULES)).finish();
    compiler = undefined;
  }
  return compiled;
}

/**
 * Get the built-in rules ready without blocking the page: rules are added in slices of about
 * `budgetMs` of work with a yield (setTimeout 0) between them. A builtInRules() call that
 * comes first simply finishes the work synchronously; the result is the same either way.
 */
export async function prepareBuiltInRules(budgetMs = 8): Promise<void> {
  const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  while (!compiled && !(compiler ??= new RulesCompiler(RULES)).addUntil(performance.now() + budgetMs)) await yieldToPage();
  if (!compiled) await yieldToPage();
  builtInRules();
}
