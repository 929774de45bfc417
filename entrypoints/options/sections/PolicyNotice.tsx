// First thing on the page when a school or family IT policy applies: who manages the
// extension, what that means, and each policy value that was ignored and why.
import type { PolicyState } from '@/lib/store/effective-settings';
import { tr } from '../shared/page-i18n';

export function PolicyNotice({ policy }: { policy: PolicyState }) {
  if (!policy.present && policy.ignored.length === 0) return null;
  return (
    <section aria-labelledby="policy-title" data-testid="policy-notice">
      <h2 id="policy-title">
        {policy.organizationName ? tr('opt_policy_managed_by', policy.organizationName) : tr('opt_policy_managed')}
      </h2>
      <p>{policy.locked ? tr('opt_policy_locked_explain') : tr('opt_policy_partial_explain')}</p>
      <p class="hint">{tr('opt_policy_private')}</p>
      {policy.ignored.length > 0 && (
        <div class="notice warn" data-testid="policy-ignored">
          <h3>{tr('policy_ignored_title')}</h3>
          <ul>
            {policy.ignored.map((problem) => (
              <li key={`${problem.field}-${problem.code}`}>{tr(problem.messageKey, problem.substitutions)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
