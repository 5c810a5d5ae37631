// The interface language: a native select in the header, each language named in itself.
import type { Lang } from '../domain/vocabulary';
import { LANGS } from '../domain/vocabulary';
import { LANG_ENDONYM } from '../i18n/lang';
import { useT } from '../i18n/I18nProvider';

export interface LanguageSwitcherProps {
  lang: Lang;
  onChange(lang: Lang): void;
}

export function LanguageSwitcher({ lang, onChange }: LanguageSwitcherProps) {
  const { t } = useT();
  return (
    <label className="language-switcher">
      <span className="language-switcher__label">{t('app.language')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const next = LANGS.find((l) => l === e.target.value);
          if (next) onChange(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_ENDONYM[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
