// How a managed policy shows on the options page: which control is read-only, and why.
import type { PolicyState } from '@/lib/store/effective-settings';
import { tr } from '../shared/page-i18n';

/** "Set by <organisation>", the description of every control the policy decides. */
export function setByText(policy: PolicyState): string {
  return policy.organizationName ? tr('policy_set_by', policy.organizationName) : tr('policy_set_by_unnamed');
}

/** Props for a control the policy decides: disabled, described by the reason element `reasonId`. */
export function lockedProps(locked: boolean, reasonId: string, ownDescription?: string) {
  const describedBy = [ownDescription, locked ? reasonId : undefined].filter(Boolean).join(' ');
  return { disabled: locked, 'aria-describedby': describedBy || undefined };
}
