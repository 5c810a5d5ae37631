// Composition of the page's top: the skip links, then the header with its search field (both absent in an embed).
import type { Ref } from 'react';
import { AppHeader } from '../components/AppHeader';
import { SearchBox } from '../components/SearchBox';
import type { SearchBoxProps } from '../components/SearchBox';
import { SkipLinks } from '../components/SkipLinks';
import type { SkipTarget } from '../components/SkipLinks';
import type { Lang } from '../domain/vocabulary';

export interface PageHeaderProps extends Omit<SearchBoxProps, 'ref'> {
  skipTargets: SkipTarget[];
  panelOpen: boolean;
  onTogglePanel(): void;
  searchRef: Ref<HTMLInputElement>;
  lang: Lang;
  onLangChange(lang: Lang): void;
}

export function PageHeader({
  skipTargets,
  panelOpen,
  onTogglePanel,
  searchRef,
  lang,
  onLangChange,
  ...search
}: PageHeaderProps) {
  return (
    <>
      <SkipLinks targets={skipTargets} />
      <AppHeader
        panelOpen={panelOpen}
        onTogglePanel={onTogglePanel}
        lang={lang}
        onLangChange={onLangChange}
        search={<SearchBox {...search} ref={searchRef} />}
      />
    </>
  );
}
