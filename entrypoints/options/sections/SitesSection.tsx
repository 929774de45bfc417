// Per-site switches for every supported site, and the generic chat finder enabled site by
// site (each needs the browser's permission for that site, asked for on the click).
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { normaliseHostname, originsFor, removeGenericSite, requestGenericSite } from '@/lib/permissions/generic-sites';
import { SITE_IDS, type SiteId } from '@/lib/sites/types';
import { isSiteForcedOff, type EffectiveSettings } from '@/lib/store/effective-settings';
import { tr } from '../shared/page-i18n';
import { switchedOff, updateLocalSettings } from '../shared/settings-state';
import { lockedProps, setByText } from './policy-lock';

/** Brand names are the same in every language. */
export const SITE_NAMES: Record<Exclude<SiteId, 'generic'>, string> = {
  messenger: 'Messenger',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  zalo: 'Zalo',
  discord: 'Discord',
  whatsapp: 'WhatsApp Web',
  telegram: 'Telegram Web',
  x: 'X (Twitter)',
  reddit: 'Reddit',
};

export function siteName(site: SiteId): string {
  return site === 'generic' ? tr('opt_site_generic') : SITE_NAMES[site];
}

export function SitesSection({ effective }: { effective: EffectiveSettings }) {
  const { settings, local, policy } = effective;
  const reasonId = 'sites-locked-reason';
  const isLocked = (site: SiteId) => policy.locked || isSiteForcedOff(policy, site);
  const toggle = (site: SiteId, on: boolean) => void updateLocalSettings({ disabledSites: switchedOff(local.disabledSites, site, !on) });
  const switchFor = (site: SiteId) => (
    <label key={site} class="choice">
      <input
        type="checkbox"
        role="switch"
        data-testid={`site-${site}`}
        checked={!settings.disabledSites.includes(site)}
        onChange={(e) => toggle(site, (e.target as HTMLInputElement).checked)}
        {...lockedProps(isLocked(site), reasonId)}
      />
      <span class="text">{siteName(site)}</span>
    </label>
  );
  return (
    <fieldset class="card" data-testid="sites-section">
      <legend>{tr('opt_sites_title')}</legend>
      <p class="hint">{tr('opt_sites_intro')}</p>
      {SITE_IDS.some(isLocked) && <p id={reasonId} class="reason">{setByText(policy)}</p>}
      <div class="grid">{SITE_IDS.filter((s) => s !== 'generic').map(switchFor)}</div>
      <h3>{tr('opt_generic_title')}</h3>
      <p class="hint">{tr('opt_generic_intro')}</p>
      {switchFor('generic')}
      <GenericSites hosts={settings.genericSites} locked={policy.locked || settings.disabledSites.includes('generic')} />
    </fieldset>
  );
}

function GenericSites(props: { hosts: string[]; locked: boolean }) {
  const id = useId();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  // Hosts listed (e.g. from an imported settings file) whose permission this browser never gave.
  const [ungranted, setUngranted] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    void Promise.all(props.hosts.map(async (host) => ((await browser.permissions.contains({ origins: originsFor(host) }).catch(() => false)) ? null : host))).then(
      (missing) => alive && setUngranted(missing.filter((host): host is string => host !== null)),
    );
    return () => {
      alive = false;
    };
  }, [props.hosts]);
  const allow = (host: string) => {
    requestGenericSite(host)
      .then((result) => {
        setMessage(tr(result === 'enabled' ? 'opt_generic_enabled' : 'opt_generic_denied', host));
        if (result === 'enabled') setUngranted((list) => list.filter((h) => h !== host));
      })
      .catch(() => setMessage(tr('opt_generic_denied', host)));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(input);
    if (host && props.hosts.includes(host)) return setMessage(tr('opt_generic_already', host));
    // The permission prompt needs the click's user gesture: the request is the first await.
    requestGenericSite(input)
      .then((result) => {
        const name = host ?? input.trim();
        if (result === 'enabled') setInput('');
        setMessage(result === 'invalid' ? tr('opt_generic_bad_host') : tr(`opt_generic_${result}`, name));
      })
      .catch(() => setMessage(tr('opt_generic_denied', host ?? input.trim())));
  };
  const remove = async (host: string) => {
    await removeGenericSite(host);
    setMessage(tr('opt_generic_removed', host));
  };

  return (
    <div>
      {props.hosts.length > 0 && (
        <ul class="plain" aria-label={tr('opt_generic_list')}>
          {props.hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>
              {ungranted.includes(host) && (
                <>
                  <span class="reason">{tr('opt_generic_not_allowed')}</span>
                  <button type="button" disabled={props.locked} onClick={() => allow(host)} aria-label={tr('opt_generic_allow_named', host)}>
                    {tr('opt_generic_allow')}
                  </button>
                </>
              )}
              <button type="button" class="secondary" disabled={props.locked} onClick={() => void remove(host)} aria-label={tr('opt_remove_named', host)}>
                {tr('opt_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for={id}>{tr('opt_generic_add_label')}</label>
        <input id={id} type="text" value={input} placeholder="chat.example.org" disabled={props.locked} onInput={(e) => setInput((e.target as HTMLInputElement).value)} aria-describedby={`${id}-msg`} />
        <button type="submit" disabled={props.locked}>{tr('opt_generic_add')}</button>
      </form>
      <p id={`${id}-msg`} role="status">{message}</p>
    </div>
  );
}
