// The page header: title, lede, the search field, the language, "Copy link" and the panel toggle.
import type { ReactNode } from 'react';
import type { Lang } from '../domain/vocabulary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ShareButton } from './ShareButton';
import { useT } from '../i18n/I18nProvider';

export interface AppHeaderProps {
  panelOpen: boolean;
  onTogglePanel(): void;
  /** The search field: first after the skip links in the Tab order. */
  search?: ReactNode;
  lang: Lang;
  onLangChange(lang: Lang): void;
}

export function AppHeader({ panelOpen, onTogglePanel, search, lang, onLangChange }: AppHeaderProps) {
  const { t } = useT();
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__lede">{t('app.lede')}</p>
      </div>
      {search}
      <LanguageSwitcher lang={lang} onChange={onLangChange} />
      <div className="app-header__actions">
        <ShareButton getUrl={() => window.location.href} />
        <button
          type="button"
          className="app-header__panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={onTogglePanel}
        >
          {panelOpen ? t('app.hidePanel') : t('app.showPanel')}
        </button>
      </div>
    </header>
  );
}
