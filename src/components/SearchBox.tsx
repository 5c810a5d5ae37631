// The search field: names in every language, towns, rivers, operator and gauge. It sits right after the skip
// links in the Tab order, and the `/` key (handled by the app) brings focus here.
import { useId } from 'react';
import type { Ref } from 'react';
import './components.css';
import './panel.css';
import { useT } from '../i18n/I18nProvider';

export interface SearchBoxProps {
  query: string;
  onQueryChange(q: string): void;
  /** Typing is over (the field lost focus). */
  onQueryDone?(): void;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({ query, onQueryChange, onQueryDone, ref }: SearchBoxProps) {
  const id = useId();
  const { t } = useT();
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="search-box__label">
        {t('search.label')}
      </label>
      <input
        id={id}
        ref={ref}
        className="search-box__input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onQueryChange(event.target.value)}
        onBlur={onQueryDone}
      />
    </div>
  );
}
