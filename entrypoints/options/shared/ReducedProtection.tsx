// "Reduced protection": shown in the popup and the options page when a packaged part of the
// detector is missing or damaged (the learned model, the packed rules, or both), so a parent
// knows what is still checking messages.
import { useEffect, useState } from 'preact/hooks';
import { readPackagedModel, type ModelLoad } from '@/lib/store/model-file';
import { readPackagedRules, type RulesLoad } from '@/lib/store/rules-file';
import { tr } from './page-i18n';

export function ReducedProtection({ check = readPackagedModel, checkRules = readPackagedRules }: { check?: () => Promise<ModelLoad>; checkRules?: () => Promise<RulesLoad> }) {
  const [ok, setOk] = useState<{ model: boolean; rules: boolean } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const loads = (read: () => Promise<{ ok: boolean }>) => read().then((r) => r.ok, () => false);
    void Promise.all([loads(check), loads(checkRules)]).then(([model, rules]) => live && setOk({ model, rules }));
    return () => { live = false; };
  }, [check, checkRules]);
  if (!ok || (ok.model && ok.rules)) return null;
  return (
    <p class="notice warn" role="status" data-testid="reduced-protection">
      {tr(ok.rules ? 'reduced_protection' : ok.model ? 'reduced_protection_rules' : 'reduced_protection_none')}
    </p>
  );
}
