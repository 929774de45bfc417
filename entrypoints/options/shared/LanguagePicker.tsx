// Language of the extension's pages; saved so the welcome, options and popup pages agree.
import { useId } from 'preact/hooks';
import { PAGE_LANGUAGES, type PageLanguage } from '@/lib/store/settings';
import { tr } from './page-i18n';
import { updateLocalSettings } from './settings-state';

/** Each language is named in itself, so anyone can find their own. */
const NATIVE_NAMES: Record<Exclude<PageLanguage, 'auto'>, string> = { vi: 'Tiếng Việt', en: 'English', fr: 'Français' };

export function LanguagePicker(props: { value: PageLanguage }) {
  const id = useId();
  return (
    <div class="row">
      <label for={id}>{tr('page_language')}</label>
      <select
        id={id}
        value={props.value}
        data-testid="language-select"
        onChange={(e) => void updateLocalSettings({ language: (e.target as HTMLSelectElement).value as PageLanguage })}
      >
        {PAGE_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
            {lang === 'auto' ? tr('page_language_auto') : NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
