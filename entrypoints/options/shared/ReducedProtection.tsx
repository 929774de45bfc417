// "Reduced protection": shown in the popup and the options page when the packaged model is
// missing or damaged, so a parent knows only the phrase rules are checking messages.
import { useEffect, useState } from 'preact/hooks';
import { readPackagedModel, type ModelLoad } from '@/lib/store/model-file';
import { tr } from './page-i18n';

export function ReducedProtection({ check = readPackagedModel }: { check?: () => Promise<ModelLoad> }) {
  const [ok, setOk] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void check().then((r) => live && setOk(r.ok), () => live && setOk(false));
    return () => { live = false; };
  }, [check]);
  if (ok !== false) return null;
  return (
    <p class="notice warn" role="status" data-testid="reduced-protection">
      {tr('reduced_protection')}
    </p>
  );
}
