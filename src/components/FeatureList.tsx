// The text alternative to the map: a search box and every shown feature, grouped by border section.
import { memo, useEffect, useId, useRef } from 'react';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import { SECTION_LABEL } from '../domain/vocabulary';
import {
  dateLine,
  displayLang,
  displayName,
  groupBySection,
  listDateText,
  listItemLabel,
} from '../domain/feature-view';
import { StatusBadge } from './StatusBadge';
import './components.css';

export interface FeatureListProps {
  /** Already filtered to what is shown (the shared visibility rule). */
  features: MapFeature[];
  lang: Lang;
  today: string;
  selectedId: string | null;
  query: string;
  onQueryChange(q: string): void;
  /** Typing is over (the field lost focus). */
  onQueryDone?(): void;
  onSelect(id: string): void;
}

/** Memoised: the app hands it a deferred feature array, so a filter change reaches the map before the list. */
export const FeatureList = memo(function FeatureList({
  features,
  lang,
  today,
  selectedId,
  query,
  onQueryChange,
  onQueryDone,
  onSelect,
}: FeatureListProps) {
  const searchId = useId();
  const groupId = useId();
  const selectedRef = useRef<HTMLButtonElement>(null);

  // A selection made on the map must be visible in the list too.
  useEffect(() => {
    const row = selectedRef.current;
    // jsdom has no layout and may lack scrollIntoView.
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const groups = groupBySection(features);

  return (
    <div className="feature-list">
      <div className="feature-list__search">
        <label htmlFor={searchId}>Search features</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQueryChange(event.target.value)}
          onBlur={onQueryDone}
        />
      </div>
      {/* role="list" is explicit because Safari drops list semantics from unstyled lists. */}
      <ul className="feature-list__groups" role="list" aria-label="Features">
        {groups.map(({ section, features: inSection }) => (
          <li key={section} className="feature-list__group">
            <h3 className="feature-list__group-title" id={`${groupId}-${section}`}>
              {SECTION_LABEL[section]}
            </h3>
            <ul className="feature-list__items" role="list" aria-labelledby={`${groupId}-${section}`}>
              {inSection.map((feature) => {
                const p = feature.properties;
                const selected = feature.id === selectedId;
                const date = dateLine(p, today);
                return (
                  <li key={feature.id}>
                    <button
                      type="button"
                      ref={selected ? selectedRef : undefined}
                      className={
                        selected ? 'feature-list__item feature-list__item--selected' : 'feature-list__item'
                      }
                      aria-current={selected ? 'true' : undefined}
                      aria-label={listItemLabel(p, lang, today)}
                      data-feature-id={feature.id}
                      onClick={() => onSelect(feature.id)}
                    >
                      <span className="feature-list__name" lang={displayLang(p, lang)}>
                        {displayName(p, lang)}
                      </span>{' '}
                      {/* The spaces between the parts keep the visible text a word-for-word part of the label. */}
                      <span className="feature-list__meta">
                        <StatusBadge status={p.status} />{' '}
                        <span className="feature-list__date">{listDateText(p)}</span>
                        {date.overdue && (
                          <>
                            {' '}
                            <span className="feature-list__overdue">overdue</span>
                          </>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {groups.length === 0 && <p className="feature-list__empty">No features match these filters</p>}
    </div>
  );
});
